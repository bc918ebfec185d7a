#pragma once

#include "HttpMessage.h"
#include "HttpTlsPolicy.h"

#include <QNetworkProxy>
#include <memory>

class QSslSocket;

namespace mtb {

// A minimal HTTP/1.1 client over one keep-alive TLS connection that this class owns, used by ApiClient
// for the upload chunk PUTs (docs/api.md, "Upload transport"). It exists for one socket option:
// QNetworkAccessManager in Qt 6.4 never turns off Nagle's algorithm and gives no access to its socket,
// so the short last segment of every 256 KB chunk waited for the server's delayed ACK, about 40 ms per
// chunk. Here the socket has TCP_NODELAY (QAbstractSocket::LowDelayOption).
//
// Trust is HttpTlsPolicy's, the same as the QNetworkAccessManager path. The proxy is the application
// proxy unless setProxy() says otherwise. A request is sent again, once and on a fresh connection, only
// when a reused connection turned out closed before any byte of the request left: then the server cannot
// have seen it. Any later failure is reported as a transport error for the caller's own recovery (the
// outbox asks the service how far an upload got).
//
// Blocking, one request at a time, on the thread that created it (the sync thread or the CLI).
class HttpConnection
{
public:
    explicit HttpConnection(HttpTlsPolicy tls);
    ~HttpConnection();
    HttpConnection(const HttpConnection&) = delete;
    HttpConnection& operator=(const HttpConnection&) = delete;

    void setProxy(const QNetworkProxy& proxy) { m_proxy = proxy; }
    HttpOutcome send(const HttpRequest& request, int timeoutMs);
    void close();

    // For tests: how many TCP connections were opened, and the current socket (-1 when none).
    int connectionsOpened() const { return m_opened; }
    qintptr socketDescriptor() const;

    // The request line and headers, with Host and Content-Length; no header value may hold CR or LF.
    static QByteArray head(const HttpRequest& request);

private:
    HttpOutcome attempt(const HttpRequest& request, const QByteArray& head, int timeoutMs, qint64* onWire);
    bool reusableFor(const QUrl& url);
    static QString endpointOf(const QUrl& url);

    HttpTlsPolicy m_tls;
    QNetworkProxy m_proxy;
    std::unique_ptr<QSslSocket> m_socket;
    QString m_endpoint;
    int m_opened = 0;
    bool m_busy = false;
};

} // namespace mtb
