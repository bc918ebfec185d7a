#pragma once

#include "Clock.h"

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <memory>

class QTimer;

namespace mtb {

// Notices when nobody has touched the program for a while, so the desk can lock (KeePassXC's
// InactivityTimer). Activity is user input anywhere in the application (keys, including a barcode
// scanner typing; mouse buttons, moves and wheel; touch), seen by an application-wide event filter.
// Idle time is measured on an injectable Clock and checked by a one-second poll, so a PC that slept
// counts its sleep as idle and tests step the clock instead of waiting.
class InactivityMonitor : public QObject
{
    Q_OBJECT
public:
    explicit InactivityMonitor(std::shared_ptr<const Clock> clock = nullptr, QObject* parent = nullptr);
    ~InactivityMonitor() override;

    // Tests put a ManualClock here; the idle period starts again on it.
    void setClock(std::shared_ptr<const Clock> clock);
    // 0 switches it off.
    void setTimeout(std::chrono::seconds timeout);
    std::chrono::seconds timeout() const { return m_timeout; }
    // Watching starts now, with a fresh idle period; stop() while the desk is locked.
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    void noteActivity();
    // Emits idleTimeout() once if the idle period has passed; the poll calls it, tests may too.
    void check();
    QDateTime lastActivity() const { return m_lastActivity; }

signals:
    void idleTimeout();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::shared_ptr<const Clock> m_clock;
    QTimer* m_poll;
    std::chrono::seconds m_timeout{300};
    QDateTime m_lastActivity;
    bool m_running = false;
};

} // namespace mtb
