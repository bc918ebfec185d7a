#pragma once

#include "ApiReply.h"
#include "HttpMessage.h"
#include "HttpTlsPolicy.h"
#include "ServerConfig.h"

#include <QObject>
#include <memory>

class QNetworkAccessManager;

namespace mtb {

class HttpConnection;

// Requests to the central service (docs/api.md). It takes a QNetworkAccessManager so tests can pass a
// fake one (the ownCloud FakeQNAM pattern); integration tests use a real one against the reference
// service over TLS. Calls block until the reply is complete: they run on the sync thread (or in the
// command-line tool), never on the GUI thread.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    ApiClient(QNetworkAccessManager* nam, const ServerConfig& config, QObject* parent = nullptr);
    ~ApiClient() override;

    void setAccessToken(const QString& token) { m_accessToken = token; }
    QString accessToken() const { return m_accessToken; }
    const ServerConfig& config() const { return m_config; }

    // Upload chunk PUTs go over the client's own keep-alive connection with TCP_NODELAY (HttpConnection;
    // docs/api.md "Upload transport") instead of the QNetworkAccessManager, which is ~13x slower for them.
    // Off by default so that a test's fake QNetworkAccessManager sees every request; the production
    // call sites (SyncEngine, the CLI's sync, the benchmark) switch it on. The proxy is the manager's.
    void setDirectUploads(bool on);
    bool directUploads() const { return m_directUploads; }

    ApiReply login(const QString& username, const QString& password, const QString& deviceId);
    ApiReply refresh(const QString& refreshToken);
    ApiReply catalog(const QByteArray& etag);
    ApiReply createUpload(const QString& sha256, qint64 size, const QString& format);
    ApiReply putChunk(const QString& uploadId, qint64 offset, const QByteArray& bytes);
    ApiReply uploadStatus(const QString& uploadId);
    ApiReply submit(const QByteArray& body, const QString& idempotencyKey);
    ApiReply resubmit(const QString& applicationNumber, const QByteArray& body, const QString& idempotencyKey);
    ApiReply application(const QString& applicationNumber);
    ApiReply changes(const QString& cursor, int limit);

    // A sentence for staff about a TLS failure (untrusted or expired certificate, pin mismatch).
    static QString describeTlsErrors(const QList<QSslError>& errors) { return HttpTlsPolicy::describeErrors(errors); }

private:
    ApiReply send(const QByteArray& verb, const QString& path, const QByteArray& body = {},
                  const HttpHeaders& headers = {});
    ApiReply sendDirect(const QByteArray& verb, const QString& path, const QByteArray& body);
    QUrl urlFor(const QString& path) const;
    HttpHeaders requestHeaders(const QByteArray& verb, const QByteArray& body, const QString& requestId,
                               const HttpHeaders& extra) const;

    QNetworkAccessManager* m_nam;
    ServerConfig m_config;
    QString m_accessToken;
    HttpTlsPolicy m_tls;
    bool m_directUploads = false;
    std::unique_ptr<HttpConnection> m_direct; // made on first use, on the thread that uses it
};

} // namespace mtb
