#include "Http.h"

#include <QDateTime>
#include <QJsonDocument>

namespace mtb::sim {

std::optional<QJsonObject> HttpRequest::jsonBody() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

HttpReply HttpReply::json(int status, const QJsonObject& object)
{
    HttpReply r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

HttpReply HttpReply::empty(int status)
{
    HttpReply r;
    r.status = status;
    return r;
}

HttpReply HttpReply::error(const HttpRequest& request, wire::ErrorCode code, const QString& message,
                           const QJsonObject& details)
{
    wire::ApiError e = wire::ApiError::make(code, message, details);
    e.requestId = request.requestId;
    return json(e.httpStatus, e.toJson());
}

void HttpReply::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpReply::headerValue(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString wireTimeNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace mtb::sim
