#include "HttpConnection.h"

#include "HttpExchange.h"

#include <QCoreApplication>
#include <QSslSocket>

namespace mtb {

HttpConnection::HttpConnection(HttpTlsPolicy tls) : m_tls(std::move(tls)) {}

HttpConnection::~HttpConnection()
{
    close();
}

void HttpConnection::close()
{
    if (m_socket)
        m_socket->abort();
    m_socket.reset();
    m_endpoint.clear();
}

qintptr HttpConnection::socketDescriptor() const
{
    return m_socket ? m_socket->socketDescriptor() : -1;
}

QString HttpConnection::endpointOf(const QUrl& url)
{
    return url.scheme() + u'|' + url.host() + u'|' + QString::number(url.port(-1));
}

QByteArray HttpConnection::head(const HttpRequest& request)
{
    QByteArray target =
        request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (target.isEmpty())
        target = "/";
    QByteArray host = request.url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // an IPv6 literal
    if (request.url.port() != -1)
        host += ':' + QByteArray::number(request.url.port());
    QByteArray out = request.method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    if (!request.body.isEmpty() || request.method == "POST" || request.method == "PUT")
        out += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    for (const auto& h : request.headers) {
        if (h.first.contains('\r') || h.first.contains('\n') || h.second.contains('\r') ||
            h.second.contains('\n'))
            continue; // never let a value start a header or a request of its own
        out += h.first + ": " + h.second + "\r\n";
    }
    return out + "\r\n";
}

bool HttpConnection::reusableFor(const QUrl& url)
{
    if (!m_socket || m_endpoint != endpointOf(url) || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    // Between requests nobody may have run this thread's event loop (chunk after chunk), so a close the
    // server sent after its last answer (an idle timeout, say) can still be waiting in the kernel: a
    // zero-time wait lets the socket take it in now, before any byte of the next request is written.
    // (A timeout is the expected result and leaves the socket connected.)
    m_socket->waitForReadyRead(0);
    // Unexpected bytes waiting (a server's "408 Request Timeout" before it closes, say) mean the
    // connection is not in step with us any more.
    return m_socket->state() == QAbstractSocket::ConnectedState && m_socket->bytesAvailable() == 0;
}

HttpOutcome HttpConnection::send(const HttpRequest& request, int timeoutMs)
{
    if (m_busy) {
        // Reached only if an event handler started a request inside another one's event loop.
        HttpOutcome busy;
        busy.error = QNetworkReply::OperationCanceledError;
        busy.errorText = QCoreApplication::translate("HttpExchange", "Another upload is still in progress.");
        return busy;
    }
    m_busy = true;
    const QByteArray requestHead = head(request);
    const bool reused = reusableFor(request.url);
    if (!reused)
        close();
    qint64 onWire = 0;
    HttpOutcome outcome = attempt(request, requestHead, timeoutMs, &onWire);
    // A kept-alive connection the server had already closed (an idle timeout): nothing of the request
    // left, so it is sent once more on a new connection. After any byte left, the server may have
    // acted on it, and the caller decides.
    if (reused && !outcome.response && !outcome.tlsFailure && onWire == 0 &&
        outcome.error == QNetworkReply::RemoteHostClosedError) {
        close();
        outcome = attempt(request, requestHead, timeoutMs, &onWire);
    }
    m_busy = false;
    return outcome;
}

HttpOutcome HttpConnection::attempt(const HttpRequest& request, const QByteArray& requestHead, int timeoutMs,
                                    qint64* onWire)
{
    if (!m_socket) {
        m_socket = std::make_unique<QSslSocket>();
        m_socket->setSslConfiguration(m_tls.configuration());
        m_socket->setProxy(m_proxy);
        m_endpoint = endpointOf(request.url);
        ++m_opened;
    }
    HttpOutcome outcome;
    bool reusable = false;
    {
        HttpExchange exchange(m_socket.get(), m_tls, request.url, request.method == "HEAD");
        outcome = exchange.run(requestHead, request.body, timeoutMs);
        *onWire = exchange.bytesOnWire();
        reusable = exchange.connectionReusable();
    }
    if (!reusable)
        close();
    return outcome;
}

} // namespace mtb
