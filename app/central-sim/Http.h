#pragma once

#include "Accounts.h"
#include "ApiError.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace mtb::sim {

// A request as the handlers see it: path relative to /api/v1, headers with lower-case names.
struct HttpRequest
{
    QByteArray method; // "GET", "POST" ...
    QString path;      // e.g. "/uploads/u-3f2a"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QString requestId;
    QStringList params;         // the {placeholders} of the matched route, in order
    std::optional<Staff> staff; // set by the router for authenticated routes

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
    // The body as a JSON object; nullopt when it is not one (the handler answers 400).
    std::optional<QJsonObject> jsonBody() const;
};

struct HttpReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpReply json(int status, const QJsonObject& object);
    static HttpReply empty(int status);
    // An error answer in the format of docs/api.md, with the request's id in the body.
    static HttpReply error(const HttpRequest& request, wire::ErrorCode code, const QString& message,
                           const QJsonObject& details = {});

    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray headerValue(const QByteArray& name) const;
};

// ISO 8601 UTC with milliseconds, as every time on the wire.
QString wireTimeNow();

} // namespace mtb::sim
