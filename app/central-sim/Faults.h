#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace mtb::sim {

// The fault switches (docs/central-sim.md "Fault switches"). They apply to every /api/v1 request
// except /admin/*, so that a test can always switch them off again. In memory only: a restart
// clears them.
class Faults
{
public:
    int latencyMs = 0;
    QHash<QString, double> failureRate; // path prefix ("/applications") -> probability 0..1
    int failureStatus = 503;            // 500 server_error or 503 unavailable (with Retry-After)
    int failureRetryAfter = 1;          // seconds, for 503
    qint64 dropAfterBytes = 0;          // > 0: cut every response after this many bytes and abort
    int rateLimitRetryAfter = 0;        // > 0: answer 429 with this Retry-After to every request

    // Applies a POST /admin/faults document: only the keys present change. "expire_tokens": true is
    // an action, not a state: *expireTokens is set and the caller expires the tokens once.
    // Returns false with *error on a bad value (nothing is changed then).
    bool apply(const QJsonObject& json, bool* expireTokens, QString* error);
    QJsonObject toJson() const;

    // Should this request fail on purpose? The failure rate of the longest matching prefix counts.
    bool shouldFail(const QString& path) const;
};

} // namespace mtb::sim
