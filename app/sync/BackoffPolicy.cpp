#include "BackoffPolicy.h"

#include <QtGlobal>
#include <algorithm>

namespace mtb {

BackoffPolicy::BackoffPolicy(ms base, ms cap) : m_base(base), m_cap(std::max(cap, base)) {}

BackoffPolicy::ms BackoffPolicy::delay(int attempt, std::optional<ms> retryAfter, QRandomGenerator& rng) const
{
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double raw = double(m_base.count()) * double(1LL << std::min(exponent, 20));
    const qint64 ceiling = qint64(std::min(raw, double(m_cap.count())));
    const qint64 half = ceiling / 2;
    const qint64 jittered = half + (half > 0 ? qint64(rng.bounded(quint64(half) + 1)) : 0);
    ms result(jittered);
    if (retryAfter && *retryAfter > result)
        result = std::min(*retryAfter, std::max(kMaxRetryAfter, result));
    return result;
}

BackoffPolicy BackoffPolicy::fromEnvironment()
{
    bool okBase = false, okCap = false;
    const qint64 base = qEnvironmentVariableIntValue("MTB_BACKOFF_BASE_MS", &okBase);
    const qint64 cap = qEnvironmentVariableIntValue("MTB_BACKOFF_CAP_MS", &okCap);
    BackoffPolicy defaults;
    return BackoffPolicy(okBase ? ms(base) : defaults.base(), okCap ? ms(cap) : defaults.cap());
}

} // namespace mtb
