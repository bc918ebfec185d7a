#include "Faults.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace mtb::sim {

bool Faults::apply(const QJsonObject& json, bool* expireTokens, QString* error)
{
    Faults next = *this;
    if (json.contains(QLatin1String("latency_ms")))
        next.latencyMs = json.value(QLatin1String("latency_ms")).toInt(-1);
    if (json.contains(QLatin1String("failure_rate"))) {
        next.failureRate.clear();
        const QJsonObject rates = json.value(QLatin1String("failure_rate")).toObject();
        for (auto it = rates.begin(); it != rates.end(); ++it) {
            const double rate = it.value().toDouble(-1);
            if (rate < 0 || rate > 1 || !it.key().startsWith(u'/')) {
                *error = QStringLiteral("failure_rate: {\"/prefix\": 0..1}");
                return false;
            }
            if (rate > 0)
                next.failureRate.insert(it.key(), rate);
        }
    }
    if (json.contains(QLatin1String("failure_status")))
        next.failureStatus = json.value(QLatin1String("failure_status")).toInt();
    if (json.contains(QLatin1String("failure_retry_after")))
        next.failureRetryAfter = json.value(QLatin1String("failure_retry_after")).toInt(-1);
    if (json.contains(QLatin1String("drop_after_bytes")))
        next.dropAfterBytes = json.value(QLatin1String("drop_after_bytes")).toInteger(-1);
    if (json.contains(QLatin1String("rate_limit_retry_after")))
        next.rateLimitRetryAfter = json.value(QLatin1String("rate_limit_retry_after")).toInt(-1);

    if (next.latencyMs < 0 || next.latencyMs > 60000 || next.dropAfterBytes < 0 ||
        next.rateLimitRetryAfter < 0 || next.failureRetryAfter < 0 ||
        (next.failureStatus != 500 && next.failureStatus != 503)) {
        *error = QStringLiteral("latency_ms 0..60000, drop_after_bytes >= 0, rate_limit_retry_after >= 0,"
                                " failure_status 500 or 503");
        return false;
    }
    *expireTokens = json.value(QLatin1String("expire_tokens")).toBool(false);
    *this = next;
    return true;
}

QJsonObject Faults::toJson() const
{
    QJsonObject rates;
    for (auto it = failureRate.begin(); it != failureRate.end(); ++it)
        rates.insert(it.key(), it.value());
    return QJsonObject{{"latency_ms", latencyMs},
                       {"failure_rate", rates},
                       {"failure_status", failureStatus},
                       {"failure_retry_after", failureRetryAfter},
                       {"drop_after_bytes", dropAfterBytes},
                       {"rate_limit_retry_after", rateLimitRetryAfter},
                       {"expire_tokens", false}};
}

bool Faults::shouldFail(const QString& path) const
{
    qsizetype best = -1;
    double rate = 0;
    for (auto it = failureRate.begin(); it != failureRate.end(); ++it) {
        if (path.startsWith(it.key()) && it.key().size() > best) {
            best = it.key().size();
            rate = it.value();
        }
    }
    return rate > 0 && QRandomGenerator::global()->generateDouble() < rate;
}

} // namespace mtb::sim
