#pragma once

#include <QDateTime>

#include <memory>

namespace mtb {

// Where sign-in and locking read the time. Injected so tests can step through days of offline
// validity, lockouts and idle minutes without sleeping (KeePassXC's Clock/MockClock pattern).
// Implementations are called from several threads and must be thread-safe.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    // The real wall clock. Wall time rather than a monotonic timer on purpose: a PC that was
    // suspended for an hour has been idle for an hour.
    static std::shared_ptr<const Clock> system();
};

} // namespace mtb
