#include "HttpExchange.h"

namespace mtb {

namespace {
// The codes QNetworkAccessManager reports for the same socket failures, so that callers and the
// outbox's history read alike whichever path a request took.
QNetworkReply::NetworkError networkErrorFor(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
        return QNetworkReply::SslHandshakeFailedError;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    case QAbstractSocket::ProxyConnectionRefusedError:
        return QNetworkReply::ProxyConnectionRefusedError;
    case QAbstractSocket::ProxyConnectionClosedError:
        return QNetworkReply::ProxyConnectionClosedError;
    case QAbstractSocket::ProxyNotFoundError:
        return QNetworkReply::ProxyNotFoundError;
    case QAbstractSocket::ProxyConnectionTimeoutError:
        return QNetworkReply::ProxyTimeoutError;
    case QAbstractSocket::NetworkError:
        return QNetworkReply::TemporaryNetworkFailureError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}
} // namespace

HttpExchange::HttpExchange(QSslSocket* socket, const HttpTlsPolicy& tls, const QUrl& url, bool headRequest)
    : m_socket(socket), m_tls(tls), m_url(url), m_https(url.scheme() == u"https"), m_parser(headRequest)
{
    m_idle.setSingleShot(true);
}

HttpOutcome HttpExchange::run(const QByteArray& head, const QByteArray& body, int timeoutMs)
{
    m_head = head;
    m_body = body;
    connect(m_socket, &QAbstractSocket::connected, this, &HttpExchange::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &HttpExchange::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& e) { m_sslErrors = e; });
    connect(m_socket, &QIODevice::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &HttpExchange::onSocketGone);
    connect(m_socket, &QAbstractSocket::disconnected, this, &HttpExchange::onSocketGone);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, [this](qint64 n) {
        touch();
        if (m_writing)
            m_onWire += n; // TLS handshake bytes before the request do not count
    });
    connect(m_socket, &QIODevice::bytesWritten, this, [this](qint64 n) {
        touch();
        if (m_writing && m_socket->mode() == QSslSocket::UnencryptedMode)
            m_onWire += n; // only plain http: with TLS this signal means "encrypted", not "sent"
    });
    if (timeoutMs > 0) {
        m_idle.setInterval(timeoutMs);
        connect(&m_idle, &QTimer::timeout, this, &HttpExchange::onTimeout);
        m_idle.start();
    }
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        openSocket();
    else if (socketReady())
        startWriting();
    if (!m_done)
        m_loop.exec();
    m_idle.stop();
    m_socket->disconnect(this);
    return m_outcome;
}

bool HttpExchange::connectionReusable() const
{
    return m_outcome.response && m_parser.keepAlive() &&
           m_socket->state() == QAbstractSocket::ConnectedState && m_socket->bytesToWrite() == 0 &&
           m_socket->encryptedBytesToWrite() == 0;
}

bool HttpExchange::socketReady() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState && (!m_https || m_socket->isEncrypted());
}

void HttpExchange::openSocket()
{
    const quint16 port = quint16(m_url.port(m_https ? 443 : 80));
    if (m_https)
        m_socket->connectToHostEncrypted(m_url.host(), port);
    else
        m_socket->connectToHost(m_url.host(), port);
}

void HttpExchange::onConnected()
{
    touch();
    // The point of this class: QNetworkAccessManager leaves Nagle's algorithm on, so the small last
    // segment of every upload waited for the server's delayed ACK (~40 ms a request on Linux).
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    if (!m_https)
        startWriting();
}

void HttpExchange::onEncrypted()
{
    touch();
    if (!m_tls.keyAccepted(m_socket->peerCertificate())) {
        failWith(QNetworkReply::SslHandshakeFailedError, HttpTlsPolicy::pinMismatchText(), true);
        m_socket->abort(); // after failWith: the abort's own signals must not describe the failure
        return;
    }
    startWriting();
}

void HttpExchange::startWriting()
{
    if (m_writing || m_done)
        return;
    m_writing = true;
    m_socket->write(m_head);
    if (!m_body.isEmpty())
        m_socket->write(m_body);
}

void HttpExchange::onReadyRead()
{
    touch();
    if (m_done)
        return;
    switch (m_parser.feed(m_socket->readAll())) {
    case HttpResponseParser::State::Complete:
        succeed();
        break;
    case HttpResponseParser::State::Failed:
        failWith(QNetworkReply::ProtocolFailure, tr("The central service's answer could not be read."));
        m_socket->abort();
        break;
    case HttpResponseParser::State::Incomplete:
        break;
    }
}

void HttpExchange::onSocketGone()
{
    if (m_done)
        return;
    // What arrived before the end still counts: a response may be delimited by the close itself.
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
    if (m_done)
        return;
    if (!m_sslErrors.isEmpty() || m_socket->error() == QAbstractSocket::SslHandshakeFailedError) {
        failWith(QNetworkReply::SslHandshakeFailedError, HttpTlsPolicy::describeErrors(m_sslErrors), true);
        return;
    }
    if (m_writing && m_parser.finish() == HttpResponseParser::State::Complete) {
        succeed();
        return;
    }
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::UnknownSocketError) // closed without a socket error being set
        failWith(QNetworkReply::RemoteHostClosedError, tr("The central service closed the connection."));
    else
        failWith(networkErrorFor(error), m_socket->errorString());
}

void HttpExchange::onTimeout()
{
    if (m_done)
        return;
    failWith(QNetworkReply::TimeoutError, tr("The central service did not answer in time."));
    m_socket->abort();
}

void HttpExchange::succeed()
{
    m_done = true;
    m_outcome.response = m_parser.response();
    m_loop.quit();
}

void HttpExchange::failWith(QNetworkReply::NetworkError error, const QString& text, bool tlsFailure)
{
    m_done = true;
    m_outcome.response.reset();
    m_outcome.error = error;
    m_outcome.errorText = text;
    m_outcome.tlsFailure = tlsFailure;
    m_loop.quit();
}

void HttpExchange::touch()
{
    if (m_idle.isActive())
        m_idle.start(); // restarts: the timeout is for a silence, not for the whole transfer
}

} // namespace mtb
