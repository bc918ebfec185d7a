#include "ApiClient.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslKey>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

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
    : QObject(parent), m_nam(nam), m_config(config), m_ssl(sslConfiguration())
{
}

QSslConfiguration ApiClient::sslConfiguration() const
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration(); // the system trust store
    if (!m_config.caFile.isEmpty()) {
        QList<QSslCertificate> cas = ssl.caCertificates();
        cas << QSslCertificate::fromPath(m_config.caFile, QSsl::Pem);
        ssl.setCaCertificates(cas);
    }
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    return ssl;
}

QString ApiClient::describeTlsErrors(const QList<QSslError>& errors)
{
    for (const QSslError& e : errors) {
        switch (e.error()) {
        case QSslError::CertificateExpired:
            return QCoreApplication::translate("ApiClient", "The central service's certificate has expired. "
                                                            "Nothing was sent. Tell your IT support.");
        case QSslError::CertificateNotYetValid:
            return QCoreApplication::translate("ApiClient", "The central service's certificate is not valid yet: "
                                                            "check this PC's date and time.");
        case QSslError::HostNameMismatch:
            return QCoreApplication::translate("ApiClient", "The certificate does not belong to this server "
                                                            "address. Nothing was sent. Tell your IT support.");
        default:
            break;
        }
    }
    return QCoreApplication::translate("ApiClient", "The central service's certificate is not trusted on this PC. "
                                                    "Nothing was sent. Tell your IT support (the agency CA may "
                                                    "be missing).");
}

ApiReply ApiClient::send(const QByteArray& verb, const QString& path, const QByteArray& body,
                         const QList<QPair<QByteArray, QByteArray>>& headers)
{
    ApiReply result;
    QUrl url = m_config.baseUrl;
    const int q = path.indexOf(u'?');
    url.setPath(url.path() + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(m_config.timeoutMs);
    result.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.setRawHeader("X-Request-ID", result.requestId.toLatin1());
    request.setRawHeader("Accept", "application/json");
    if (!m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toLatin1());
    if (!body.isEmpty() || verb == "POST" || verb == "PUT")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          verb == "PUT" ? QByteArray("application/octet-stream") : QByteArray("application/json"));
    for (const auto& h : headers)
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
            const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
            const QByteArray spki = QCryptographicHash::hash(peer.publicKey().toDer(), QCryptographicHash::Sha256).toBase64();
            if (!m_config.spkiPins.contains(spki)) {
                pinMismatch = true;
                reply->abort();
            }
        });
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.networkError = reply->error();
    result.networkErrorText = reply->errorString();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.etag = reply->rawHeader("ETag");
    result.idempotentReplay = reply->rawHeader("Idempotent-Replay") == "true";
    if (reply->hasRawHeader("X-Request-ID"))
        result.requestId = QString::fromLatin1(reply->rawHeader("X-Request-ID"));
    bool ok = false;
    const int retryAfter = reply->rawHeader("Retry-After").toInt(&ok);
    if (ok)
        result.retryAfter = std::chrono::seconds(retryAfter);
    if (result.httpStatus >= 400)
        result.error = wire::ApiError::parse(result.httpStatus, result.body);
    if (!sslErrors.isEmpty() || pinMismatch || reply->error() == QNetworkReply::SslHandshakeFailedError) {
        result.tlsFailure = true;
        result.httpStatus = 0;
        result.networkErrorText =
            pinMismatch ? QCoreApplication::translate("ApiClient", "The central service presented an unexpected key "
                                                                   "(certificate pinning). Nothing was sent.")
                        : describeTlsErrors(sslErrors);
    }
    reply->deleteLater();
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
    return send("PUT", QStringLiteral("/uploads/%1?offset=%2").arg(uploadId).arg(offset), bytes);
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
