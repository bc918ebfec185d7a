#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <chrono>
#include <optional>

namespace mtb {

// The outcome of one request to the central service, whatever happened on the way.
struct ApiReply
{
    int httpStatus = 0;
    QByteArray body;
    QJsonObject json;                   // the body, when it is a JSON object
    std::optional<wire::ApiError> error; // the service's error document, when there is one
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    bool tlsFailure = false; // certificate untrusted, expired, wrong host, or pin mismatch
    std::optional<std::chrono::milliseconds> retryAfter;
    QString requestId;
    QByteArray etag;
    bool idempotentReplay = false;

    // Keeps a reply's body and reads it: `json` when it is a JSON object, `error` when httpStatus
    // (set first) is 400 or above and the body is the service's error document. The one place reply
    // bodies are parsed (ApiClient; defined in ServerReplies.cpp; fuzzed by tests/fuzz/fuzz_server_reply.cpp).
    void readBody(QByteArray replyBody);

    bool transportOk() const { return networkError == QNetworkReply::NoError || httpStatus > 0; }
    bool ok() const { return httpStatus >= 200 && httpStatus < 300; }
    // What to do about a failed reply (docs/api.md): TLS problems need staff, other transport
    // failures and 5xx are retried later, HTTP errors follow the error code table.
    wire::Classification classification() const;
    wire::ErrorCode errorCode() const { return error ? error->code : wire::ErrorCode::Unknown; }
};

} // namespace mtb
