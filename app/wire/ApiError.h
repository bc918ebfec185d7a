#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace mtb::wire {

// The stable machine-readable error codes of docs/api.md ("Errors always have this body").
enum class ErrorCode {
    BadRequest,
    InvalidCredentials,
    TokenExpired,
    TokenInvalid,
    Forbidden,
    NotFound,
    IdempotencyConflict,
    DuplicateApplication,
    OffsetMismatch,
    InvalidState,
    TooLarge,
    ValidationFailed,
    MissingAttachments,
    ChecksumMismatch,
    RateLimited,
    ServerError,
    Unavailable,
    Unknown, // a code this build does not know: classified by its HTTP status
};

// What the client should do about a failure (the "client classification" column of docs/api.md).
enum class Classification {
    RetryLater,     // back off (honouring Retry-After when given) and try again
    RetryNow,       // correct the request as the details say (offset, missing pages) and send again
    Reauthenticate, // refresh the access token, or sign in again when that fails too
    NeedsStaff,     // no retry can help: show it to the counter staff
};

// The error code string ("validation_failed") of a code; Unknown gives "unknown".
QString errorCodeString(ErrorCode code);
ErrorCode errorCodeFromString(const QString& code);
// The HTTP status the service answers with for a code (ServerError 500, Unavailable 503, Unknown 500).
int httpStatusFor(ErrorCode code);
// The classification of a known code; for Unknown, the classification of the HTTP status.
Classification classify(ErrorCode code, int httpStatus);
// For answers without an error body (proxies, a 502 from a load balancer): by HTTP status alone.
Classification classifyHttpStatus(int httpStatus);

// One error answer: {"error": {"code", "message", "request_id", "details"}} plus its HTTP status.
struct ApiError
{
    ErrorCode code = ErrorCode::Unknown;
    QString codeString; // as received; kept for the log even when the code is unknown
    int httpStatus = 0;
    QString message; // for logs, not for the UI (the client shows its own text per code)
    QString requestId;
    QJsonObject details;

    static ApiError make(ErrorCode code, const QString& message, const QJsonObject& details = {});
    // Reads an error body. Returns nullopt when the body is not an error document (e.g. an HTML
    // page from a proxy); use classifyHttpStatus() then.
    static std::optional<ApiError> parse(int httpStatus, const QByteArray& body);

    Classification classification() const { return classify(code, httpStatus); }
    QJsonObject toJson() const; // the whole body, {"error": {...}}
    QByteArray toBody() const;  // compact UTF-8 JSON of toJson()
};

} // namespace mtb::wire
