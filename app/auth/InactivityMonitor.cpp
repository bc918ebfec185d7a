#include "InactivityMonitor.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace mtb {

InactivityMonitor::InactivityMonitor(std::shared_ptr<const Clock> clock, QObject* parent)
    : QObject(parent), m_clock(clock ? std::move(clock) : Clock::system()), m_poll(new QTimer(this))
{
    m_poll->setInterval(1000);
    connect(m_poll, &QTimer::timeout, this, &InactivityMonitor::check);
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
    m_lastActivity = m_clock->nowUtc();
}

InactivityMonitor::~InactivityMonitor()
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void InactivityMonitor::setClock(std::shared_ptr<const Clock> clock)
{
    m_clock = clock ? std::move(clock) : Clock::system();
    m_lastActivity = m_clock->nowUtc();
}

void InactivityMonitor::setTimeout(std::chrono::seconds timeout)
{
    m_timeout = timeout;
    if (m_running && m_timeout.count() <= 0)
        m_poll->stop();
    else if (m_running)
        m_poll->start();
}

void InactivityMonitor::start()
{
    m_running = true;
    m_lastActivity = m_clock->nowUtc();
    if (m_timeout.count() > 0)
        m_poll->start();
}

void InactivityMonitor::stop()
{
    m_running = false;
    m_poll->stop();
}

void InactivityMonitor::noteActivity()
{
    m_lastActivity = m_clock->nowUtc();
}

void InactivityMonitor::check()
{
    if (!m_running || m_timeout.count() <= 0)
        return;
    // A clock set backwards gives a negative idle time, which simply does not lock.
    if (m_lastActivity.secsTo(m_clock->nowUtc()) >= m_timeout.count()) {
        stop(); // once: whoever locks starts it again after unlocking
        emit idleTimeout();
    }
}

bool InactivityMonitor::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        if (m_running)
            m_lastActivity = m_clock->nowUtc();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace mtb
