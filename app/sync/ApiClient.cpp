#include "ApiClient.h"

#include "HttpConnection.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrlQuery>
#include <QUuid>
#include <functional>

namespace mtb {

namespace {
QByteArray json(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
} // namespace

wire::Classification ApiReply::classification() const
{
    if (tlsFailure)
        return wire::Classification::NeedsStaff;
    if (httpStatus == 0)
        return wire::Classification::RetryLater; // refused, reset, timed out, DNS ...
    if (error)
        return error->classification();
    return wire::classifyHttpStatus(httpStatus);
}

ApiClient::ApiClient(QNetworkAccessManager* nam, const ServerConfig& config, QObject* parent)
    : QObject(parent), m_nam(nam), m_config(config), m_tls(config)
{
}

ApiClient::~ApiClient() = default;

void ApiClient::setDirectUploads(bool on)
{
    m_directUploads = on;
    if (!on)
        m_direct.reset();
}

QUrl ApiClient::urlFor(const QString& path) const
{
    QUrl url = m_config.baseUrl;
    const int q = path.indexOf(u'?');
    url.setPath(url.path() + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    return url;
}

HttpHeaders ApiClient::requestHeaders(const QByteArray& verb, const QByteArray& body, const QString& requestId,
                                      const HttpHeaders& extra) const
{
    HttpHeaders h{{"X-Request-ID", requestId.toLatin1()}, {"Accept", "application/json"}};
    if (!m_accessToken.isEmpty())
        h.append({"Authorization", "Bearer " + m_accessToken.toLatin1()});
    if (!body.isEmpty() || verb == "POST" || verb == "PUT")
        h.append({"Content-Type", verb == "PUT" ? QByteArray("application/octet-stream") : QByteArray("application/json")});
    return h + extra;
}

namespace {
// The parts of an answer every path reads the same way; `header` looks a response header up by name.
void readAnswer(ApiReply& result, int status, QByteArray body, const std::function<QByteArray(const char*)>& header)
{
    result.httpStatus = status;
    result.readBody(std::move(body));
    result.etag = header("ETag");
    result.idempotentReplay = header("Idempotent-Replay") == "true";
    const QByteArray echoed = header("X-Request-ID");
    if (!echoed.isEmpty())
        result.requestId = QString::fromLatin1(echoed);
    bool ok = false;
    const int retryAfter = header("Retry-After").toInt(&ok);
    if (ok)
        result.retryAfter = std::chrono::seconds(retryAfter);
}

// What QNetworkAccessManager reports for an HTTP error status (Qt 6.4's mapping), so that a reply
// reads the same whichever path carried it.
QNetworkReply::NetworkError networkErrorForStatus(int status)
{
    switch (status) {
    case 400: return QNetworkReply::ProtocolInvalidOperationError;
    case 401: return QNetworkReply::AuthenticationRequiredError;
    case 403: return QNetworkReply::ContentAccessDenied;
    case 404: return QNetworkReply::ContentNotFoundError;
    case 405: return QNetworkReply::ContentOperationNotPermittedError;
    case 407: return QNetworkReply::ProxyAuthenticationRequiredError;
    case 409: return QNetworkReply::ContentConflictError;
    case 410: return QNetworkReply::ContentGoneError;
    case 418: return QNetworkReply::ProtocolInvalidOperationError;
    case 500: return QNetworkReply::InternalServerError;
    case 501: return QNetworkReply::OperationNotImplementedError;
    case 503: return QNetworkReply::ServiceUnavailableError;
    default: break;
    }
    if (status >= 500)
        return QNetworkReply::UnknownServerError;
    return status >= 400 ? QNetworkReply::UnknownContentError : QNetworkReply::NoError;
}
} // namespace

ApiReply ApiClient::send(const QByteArray& verb, const QString& path, const QByteArray& body, const HttpHeaders& headers)
{
    ApiReply result;
    QNetworkRequest request(urlFor(path));
    request.setSslConfiguration(m_tls.configuration());
    request.setTransferTimeout(m_config.timeoutMs);
    result.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (const auto& h : requestHeaders(verb, body, result.requestId, headers))
        request.setRawHeader(h.first, h.second);

    QBuffer* buffer = nullptr;
    if (!body.isEmpty()) {
        buffer = new QBuffer;
        buffer->setData(body);
        buffer->open(QIODevice::ReadOnly);
    }
    QNetworkReply* reply = m_nam->sendCustomRequest(request, verb, buffer);
    if (buffer)
        buffer->setParent(reply);

    QList<QSslError> sslErrors;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&sslErrors](const QList<QSslError>& e) { sslErrors = e; });
    bool pinMismatch = false;
    if (!m_config.spkiPins.isEmpty()) {
        // Pinning checks the key the server actually presented, after the chain was verified.
        QObject::connect(reply, &QNetworkReply::encrypted, reply, [this, reply, &pinMismatch] {
            if (!m_tls.keyAccepted(reply->sslConfiguration().peerCertificate())) {
                pinMismatch = true;
                reply->abort();
            }
        });
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    result.networkError = reply->error();
    result.networkErrorText = reply->errorString();
    readAnswer(result, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
               [reply](const char* name) { return reply->rawHeader(name); });
    if (!sslErrors.isEmpty() || pinMismatch || reply->error() == QNetworkReply::SslHandshakeFailedError) {
        result.tlsFailure = true;
        result.httpStatus = 0;
        result.networkErrorText = pinMismatch ? HttpTlsPolicy::pinMismatchText() : describeTlsErrors(sslErrors);
    }
    reply->deleteLater();
    return result;
}

ApiReply ApiClient::sendDirect(const QByteArray& verb, const QString& path, const QByteArray& body)
{
    if (!m_direct) {
        m_direct = std::make_unique<HttpConnection>(m_tls);
        m_direct->setProxy(m_nam->proxy());
    }
    ApiReply result;
    result.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const HttpRequest request{verb, urlFor(path), requestHeaders(verb, body, result.requestId, {}), body};
    const HttpOutcome outcome = m_direct->send(request, m_config.timeoutMs);
    if (!outcome.response) {
        result.networkError = outcome.error;
        result.networkErrorText = outcome.errorText;
        result.tlsFailure = outcome.tlsFailure;
        return result;
    }
    const HttpResponse& response = *outcome.response;
    result.networkError = networkErrorForStatus(response.status);
    if (result.networkError != QNetworkReply::NoError)
        result.networkErrorText = QStringLiteral("HTTP %1 %2").arg(response.status).arg(QString::fromLatin1(response.reason));
    readAnswer(result, response.status, response.body, [&response](const char* name) { return response.header(name); });
    return result;
}

ApiReply ApiClient::login(const QString& username, const QString& password, const QString& deviceId)
{
    return send("POST", QStringLiteral("/auth/login"),
                json({{"username", username}, {"password", password}, {"device_id", deviceId}}));
}

ApiReply ApiClient::refresh(const QString& refreshToken)
{
    return send("POST", QStringLiteral("/auth/refresh"), json({{"refresh_token", refreshToken}}));
}

ApiReply ApiClient::catalog(const QByteArray& etag)
{
    QList<QPair<QByteArray, QByteArray>> h;
    if (!etag.isEmpty())
        h.append({"If-None-Match", etag});
    return send("GET", QStringLiteral("/catalog"), {}, h);
}

ApiReply ApiClient::createUpload(const QString& sha256, qint64 size, const QString& format)
{
    return send("POST", QStringLiteral("/uploads"), json({{"sha256", sha256}, {"size", size}, {"format", format}}));
}

ApiReply ApiClient::putChunk(const QString& uploadId, qint64 offset, const QByteArray& bytes)
{
    const QString path = QStringLiteral("/uploads/%1?offset=%2").arg(uploadId).arg(offset);
    return m_directUploads ? sendDirect("PUT", path, bytes) : send("PUT", path, bytes);
}

ApiReply ApiClient::uploadStatus(const QString& uploadId)
{
    return send("GET", QStringLiteral("/uploads/%1").arg(uploadId));
}

ApiReply ApiClient::submit(const QByteArray& body, const QString& idempotencyKey)
{
    return send("POST", QStringLiteral("/applications"), body, {{"Idempotency-Key", idempotencyKey.toLatin1()}});
}

ApiReply ApiClient::resubmit(const QString& applicationNumber, const QByteArray& body, const QString& idempotencyKey)
{
    return send("POST", QStringLiteral("/applications/%1/resubmissions").arg(applicationNumber), body,
                {{"Idempotency-Key", idempotencyKey.toLatin1()}});
}

ApiReply ApiClient::application(const QString& applicationNumber)
{
    return send("GET", QStringLiteral("/applications/%1").arg(applicationNumber));
}

ApiReply ApiClient::changes(const QString& cursor, int limit)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("cursor"), cursor);
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return send("GET", QStringLiteral("/changes?") + q.toString(QUrl::FullyEncoded));
}

} // namespace mtb
