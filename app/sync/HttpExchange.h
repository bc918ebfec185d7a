#pragma once

#include "HttpMessage.h"
#include "HttpResponseParser.h"
#include "HttpTlsPolicy.h"

#include <QEventLoop>
#include <QObject>
#include <QSslSocket>
#include <QTimer>

namespace mtb {

// One request and its response on one socket, for HttpConnection. If the socket is not connected yet
// it connects it (TLS for https) and checks the SPKI pins before any byte of the request is written.
// run() blocks in a local event loop, like ApiClient's QNetworkAccessManager path, until the response
// is complete, the connection fails, or nothing moved in either direction for the timeout (the same
// rule as QNetworkRequest::setTransferTimeout).
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    HttpExchange(QSslSocket* socket, const HttpTlsPolicy& tls, const QUrl& url, bool headRequest);

    HttpOutcome run(const QByteArray& head, const QByteArray& body, int timeoutMs);

    // Request bytes handed to the network. Zero means the server cannot have seen any of the request,
    // so sending it again elsewhere cannot make it arrive twice.
    qint64 bytesOnWire() const { return m_onWire; }
    // The connection may carry the next request: the response was complete and well framed, the
    // server did not ask to close, and all of the request was sent.
    bool connectionReusable() const;

private:
    bool socketReady() const;
    void openSocket();
    void onConnected();
    void onEncrypted();
    void startWriting();
    void onReadyRead();
    void onSocketGone();
    void onTimeout();
    void succeed();
    void failWith(QNetworkReply::NetworkError error, const QString& text, bool tlsFailure = false);
    void touch();

    QSslSocket* m_socket;
    const HttpTlsPolicy& m_tls;
    QUrl m_url;
    bool m_https;
    HttpResponseParser m_parser;
    QByteArray m_head;
    QByteArray m_body;
    QList<QSslError> m_sslErrors;
    QEventLoop m_loop;
    QTimer m_idle;
    HttpOutcome m_outcome;
    qint64 m_onWire = 0;
    bool m_writing = false;
    bool m_done = false;
};

} // namespace mtb
