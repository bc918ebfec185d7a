#pragma once

#include <QRandomGenerator>
#include <chrono>
#include <optional>

namespace mtb {

// How long an outbox item waits before its next try: exponential from `base`, capped at `cap`, with
// "equal jitter" (half fixed, half random) so that a hall full of counters that lost the network at
// the same moment do not all come back at the same second. A server's Retry-After wins when longer.
// A counter's network usually comes back in minutes, so the cap is minutes, not ownCloud's 24 hours.
class BackoffPolicy
{
public:
    using ms = std::chrono::milliseconds;
    // A Retry-After is honoured up to this: a broken or hostile answer ("Retry-After: 2147483647")
    // must not park the outbox for decades (staff can still send at once).
    static constexpr ms kMaxRetryAfter = std::chrono::hours(24);
    explicit BackoffPolicy(ms base = std::chrono::seconds(10), ms cap = std::chrono::minutes(15));

    // `attempt` counts failures so far (1 after the first failure).
    ms delay(int attempt, std::optional<ms> retryAfter, QRandomGenerator& rng) const;
    ms base() const { return m_base; }
    ms cap() const { return m_cap; }

    // Tests and QA shorten the timings through MTB_BACKOFF_BASE_MS / MTB_BACKOFF_CAP_MS.
    static BackoffPolicy fromEnvironment();

private:
    ms m_base;
    ms m_cap;
};

} // namespace mtb
