#include "ApiError.h"

#include <QJsonDocument>

namespace mtb::wire {

namespace {

struct CodeInfo
{
    ErrorCode code;
    const char* name;
    int status;
    Classification classification;
};

// One row per line of the table in docs/api.md: keep them in step.
constexpr CodeInfo kCodes[] = {
    {ErrorCode::BadRequest, "bad_request", 400, Classification::NeedsStaff},
    {ErrorCode::InvalidCredentials, "invalid_credentials", 401, Classification::Reauthenticate},
    {ErrorCode::TokenExpired, "token_expired", 401, Classification::Reauthenticate},
    {ErrorCode::TokenInvalid, "token_invalid", 401, Classification::Reauthenticate},
    {ErrorCode::Forbidden, "forbidden", 403, Classification::NeedsStaff},
    {ErrorCode::NotFound, "not_found", 404, Classification::NeedsStaff},
    {ErrorCode::IdempotencyConflict, "idempotency_conflict", 409, Classification::NeedsStaff},
    {ErrorCode::DuplicateApplication, "duplicate_application", 409, Classification::NeedsStaff},
    {ErrorCode::OffsetMismatch, "offset_mismatch", 409, Classification::RetryNow},
    {ErrorCode::InvalidState, "invalid_state", 409, Classification::NeedsStaff},
    {ErrorCode::TooLarge, "too_large", 413, Classification::NeedsStaff},
    {ErrorCode::ValidationFailed, "validation_failed", 422, Classification::NeedsStaff},
    {ErrorCode::MissingAttachments, "missing_attachments", 422, Classification::RetryNow},
    {ErrorCode::ChecksumMismatch, "checksum_mismatch", 422, Classification::RetryNow},
    {ErrorCode::RateLimited, "rate_limited", 429, Classification::RetryLater},
    {ErrorCode::ServerError, "server_error", 500, Classification::RetryLater},
    {ErrorCode::Unavailable, "unavailable", 503, Classification::RetryLater},
};

const CodeInfo* info(ErrorCode code)
{
    for (const CodeInfo& c : kCodes) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

} // namespace

QString errorCodeString(ErrorCode code)
{
    const CodeInfo* c = info(code);
    return c ? QString::fromLatin1(c->name) : QStringLiteral("unknown");
}

ErrorCode errorCodeFromString(const QString& code)
{
    for (const CodeInfo& c : kCodes) {
        if (code == QLatin1String(c.name))
            return c.code;
    }
    return ErrorCode::Unknown;
}

int httpStatusFor(ErrorCode code)
{
    const CodeInfo* c = info(code);
    return c ? c->status : 500;
}

Classification classifyHttpStatus(int httpStatus)
{
    if (httpStatus == 401)
        return Classification::Reauthenticate;
    // 408 Request Timeout and 429 are the client-side statuses that say "later"; every 5xx does.
    if (httpStatus == 408 || httpStatus == 429 || httpStatus >= 500)
        return Classification::RetryLater;
    return Classification::NeedsStaff;
}

Classification classify(ErrorCode code, int httpStatus)
{
    const CodeInfo* c = info(code);
    return c ? c->classification : classifyHttpStatus(httpStatus);
}

ApiError ApiError::make(ErrorCode code, const QString& message, const QJsonObject& details)
{
    ApiError e;
    e.code = code;
    e.codeString = errorCodeString(code);
    e.httpStatus = httpStatusFor(code);
    e.message = message;
    e.details = details;
    return e;
}

std::optional<ApiError> ApiError::parse(int httpStatus, const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonValue errorValue = doc.object().value(QLatin1String("error"));
    if (!errorValue.isObject())
        return std::nullopt;
    const QJsonObject e = errorValue.toObject();
    const QString codeString = e.value(QLatin1String("code")).toString();
    if (codeString.isEmpty())
        return std::nullopt;
    ApiError error;
    error.codeString = codeString;
    error.code = errorCodeFromString(codeString);
    error.httpStatus = httpStatus;
    error.message = e.value(QLatin1String("message")).toString();
    error.requestId = e.value(QLatin1String("request_id")).toString();
    error.details = e.value(QLatin1String("details")).toObject();
    return error;
}

QJsonObject ApiError::toJson() const
{
    QJsonObject e{{"code", codeString.isEmpty() ? errorCodeString(code) : codeString},
                  {"message", message},
                  {"request_id", requestId}};
    if (!details.isEmpty())
        e.insert(QLatin1String("details"), details);
    return QJsonObject{{"error", e}};
}

QByteArray ApiError::toBody() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

} // namespace mtb::wire
