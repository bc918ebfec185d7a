#pragma once

#include "ApiReply.h"
#include "ServerConfig.h"

#include <QObject>
#include <QSslConfiguration>

class QNetworkAccessManager;

namespace mtb {

// Requests to the central service (docs/api.md). It takes a QNetworkAccessManager so tests can pass a
// fake one (the ownCloud FakeQNAM pattern); integration tests use a real one against the reference
// service over TLS. Calls block until the reply is complete: they run on the sync thread (or in the
// command-line tool), never on the GUI thread.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    ApiClient(QNetworkAccessManager* nam, const ServerConfig& config, QObject* parent = nullptr);

    void setAccessToken(const QString& token) { m_accessToken = token; }
    QString accessToken() const { return m_accessToken; }
    const ServerConfig& config() const { return m_config; }

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
    static QString describeTlsErrors(const QList<QSslError>& errors);

private:
    ApiReply send(const QByteArray& verb, const QString& path, const QByteArray& body = {},
                  const QList<QPair<QByteArray, QByteArray>>& headers = {});
    QSslConfiguration sslConfiguration() const;

    QNetworkAccessManager* m_nam;
    ServerConfig m_config;
    QString m_accessToken;
    QSslConfiguration m_ssl;
};

} // namespace mtb
