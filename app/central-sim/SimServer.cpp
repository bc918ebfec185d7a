#include "SimServer.h"

#include "LogRedaction.h"
#include "Router.h"
#include "SimContext.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <cstdio>

namespace mtb::sim {

using wire::ErrorCode;

namespace {
const QString kApiPrefix = QStringLiteral("/api/v1");

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

QString requestIdFor(const QByteArray& offered)
{
    // Echo a client's id when it is harmless in a log line; otherwise make one.
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    const QString text = QString::fromLatin1(offered);
    if (safe.match(text).hasMatch())
        return text;
    return QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, u'0');
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}
} // namespace

SimServer::SimServer(SimContext& context, Router& router, QObject* parent)
    : QAbstractHttpServer(parent), m_ctx(context), m_router(router)
{
}

HttpRequest SimServer::convert(const QHttpServerRequest& request) const
{
    HttpRequest r;
    r.method = methodName(request.method());
    const QString path = request.url().path();
    r.path = path.startsWith(kApiPrefix) ? path.mid(kApiPrefix.size()) : QString();
    r.query = QUrlQuery(request.url());
    for (const auto& h : request.headers())
        r.headers.insert(h.first.toLower(), h.second);
    r.body = request.body();
    r.requestId = requestIdFor(r.header("x-request-id"));
    return r;
}

std::optional<HttpReply> SimServer::injectFault(const HttpRequest& request)
{
    const Faults& f = m_ctx.faults;
    if (f.latencyMs > 0)
        QThread::msleep(f.latencyMs); // a slow server: this one serves one request at a time anyway
    if (f.rateLimitRetryAfter > 0) {
        ++m_ctx.stats.faultsInjected;
        HttpReply r =
            HttpReply::error(request, ErrorCode::RateLimited, QStringLiteral("slow down (fault switch)"));
        r.setHeader("Retry-After", QByteArray::number(f.rateLimitRetryAfter));
        return r;
    }
    if (f.shouldFail(request.path)) {
        ++m_ctx.stats.faultsInjected;
        const bool unavailable = f.failureStatus == 503;
        HttpReply r = HttpReply::error(request, unavailable ? ErrorCode::Unavailable : ErrorCode::ServerError,
                                       QStringLiteral("injected failure (fault switch)"));
        if (unavailable && f.failureRetryAfter > 0)
            r.setHeader("Retry-After", QByteArray::number(f.failureRetryAfter));
        return r;
    }
    return std::nullopt;
}

bool SimServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QElapsedTimer clock;
    clock.start();
    // A reply is written in pieces (head, body); with Nagle's algorithm on, the second piece waits for
    // the client's delayed ACK (~40 ms a request on Linux). A real API gateway sends at once.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    HttpRequest parsed = convert(request);
    // Faults never touch /admin, so that a test can always switch them off again.
    const bool faultsApply = !parsed.path.startsWith(QStringLiteral("/admin"));

    HttpReply reply;
    QString route = QStringLiteral("unmatched");
    if (parsed.path.isEmpty()) {
        reply = HttpReply::error(parsed, ErrorCode::NotFound, QStringLiteral("the API lives under /api/v1"));
    } else if (auto fault = faultsApply ? injectFault(parsed) : std::nullopt) {
        reply = *fault;
        route = QStringLiteral("fault");
    } else {
        reply = m_router.dispatch(parsed, &route);
    }
    ++m_ctx.stats.requests[route];
    reply.setHeader("X-Request-ID", parsed.requestId.toLatin1());

    const bool dropped =
        write(request, socket, parsed, reply, faultsApply && m_ctx.faults.dropAfterBytes > 0);
    log(parsed, request.url(), reply.status, clock.elapsed(), dropped);
    return true;
}

void SimServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // Not reached: handleRequest answers everything. Kept correct all the same.
    HttpRequest parsed = convert(request);
    write(request, socket, parsed, HttpReply::error(parsed, ErrorCode::NotFound, QStringLiteral("not found")),
          false);
}

bool SimServer::write(const QHttpServerRequest& request, QTcpSocket* socket, const HttpRequest& parsed,
                      const HttpReply& reply, bool mayDrop)
{
    const bool bodyAllowed = parsed.method != "HEAD" && reply.status != 304;
    const QByteArray body = bodyAllowed ? reply.body : QByteArray();

    if (mayDrop) {
        // drop_after_bytes: the answer is written byte-exactly by hand so that it can be cut at N
        // bytes (status line and headers count), then the connection is aborted. The request was
        // processed: this is the "answer lost on the way" case that idempotency must survive.
        QByteArray raw =
            "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
        for (const auto& h : reply.headers)
            raw += h.first + ": " + h.second + "\r\n";
        raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        if (raw.size() > m_ctx.faults.dropAfterBytes) {
            socket->write(raw.left(m_ctx.faults.dropAfterBytes));
            socket->flush();
            // Give the encrypted bytes a moment to leave, then reset the connection.
            QTimer::singleShot(100, socket, [s = QPointer<QTcpSocket>(socket)] {
                if (s)
                    s->abort();
            });
            return true;
        }
    }

    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    for (const auto& h : reply.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeBody(body);
    return false;
}

void SimServer::log(const HttpRequest& request, const QUrl& url, int status, qint64 ms, bool dropped)
{
    // The path holds only server-made identifiers (application numbers, upload ids, hashes); of the
    // query only the names are logged, never the values.
    QStringList keys;
    for (const auto& item : QUrlQuery(url).queryItems())
        keys << item.first + u'=';
    // Redacted as well, in case a path ever carries something personal (LogRedaction.h).
    const QString path =
        mtb::LogRedaction::redact(url.path() + (keys.isEmpty() ? QString() : u'?' + keys.join(u'&')));
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1() + ' ' +
                            request.method + ' ' + path.toUtf8() + ' ' + QByteArray::number(status) + ' ' +
                            QByteArray::number(ms) + "ms req=" + request.requestId.toLatin1() +
                            (dropped ? " dropped" : "") + '\n';
    std::fputs(line.constData(), stderr);
    std::fflush(stderr);
}

} // namespace mtb::sim
