#pragma once

#include "Clock.h"

#include <QMutex>

namespace mtb::test {

// A clock that moves only when the test says so (KeePassXC's MockClock). Thread-safe: the sign-in
// thread reads it while the test thread advances it.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime& start = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC))
        : m_now(start)
    {
    }
    QDateTime nowUtc() const override
    {
        QMutexLocker lock(&m_mutex);
        return m_now;
    }
    void advanceSeconds(qint64 s)
    {
        QMutexLocker lock(&m_mutex);
        m_now = m_now.addSecs(s);
    }
    void advanceDays(int d)
    {
        QMutexLocker lock(&m_mutex);
        m_now = m_now.addDays(d);
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace mtb::test
