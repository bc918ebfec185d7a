#include "ScreenLockListenerDBus.h"

#include "ScreenLockListener.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>

namespace mtb {

namespace {
const QString kLogin1 = QStringLiteral("org.freedesktop.login1");
} // namespace

ScreenLockListener::ScreenLockListener(QObject* parent) : QObject(parent)
{
    auto* dbus = new ScreenLockListenerDBus(this);
    m_platform = dbus;
    m_listening = dbus->isListening();
    connect(dbus, &ScreenLockListenerDBus::locked, this, &ScreenLockListener::screenLocked);
}

ScreenLockListener::~ScreenLockListener() = default;

ScreenLockListenerDBus::ScreenLockListenerDBus(QObject* parent) : QObject(parent)
{
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        // Empty service and path: whichever desktop component provides the screen saver.
        m_listening |=
            session.connect(QString(), QStringLiteral("/org/freedesktop/ScreenSaver"),
                            QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"),
                            this, SLOT(onScreenSaverActiveChanged(bool)));
        m_listening |= session.connect(
            QString(), QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"),
            QStringLiteral("ActiveChanged"), this, SLOT(onScreenSaverActiveChanged(bool)));
    }
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        m_listening |= system.connect(kLogin1, QStringLiteral("/org/freedesktop/login1"),
                                      QStringLiteral("org.freedesktop.login1.Manager"),
                                      QStringLiteral("PrepareForSleep"), this, SLOT(onPrepareForSleep(bool)));
        // Session.Lock is sent on this session's own object: ask logind which one that is, without
        // blocking start-up on the answer.
        QDBusMessage call = QDBusMessage::createMethodCall(kLogin1, QStringLiteral("/org/freedesktop/login1"),
                                                           QStringLiteral("org.freedesktop.login1.Manager"),
                                                           QStringLiteral("GetSessionByPID"));
        call << quint32(QCoreApplication::applicationPid());
        system.callWithCallback(call, this, SLOT(onSessionPath(QDBusObjectPath)));
    }
}

void ScreenLockListenerDBus::onSessionPath(const QDBusObjectPath& path)
{
    const bool ok = QDBusConnection::systemBus().connect(kLogin1, path.path(),
                                                         QStringLiteral("org.freedesktop.login1.Session"),
                                                         QStringLiteral("Lock"), this, SLOT(onSessionLock()));
    m_listening |= ok;
}

void ScreenLockListenerDBus::onScreenSaverActiveChanged(bool active)
{
    if (active)
        emit locked();
}

void ScreenLockListenerDBus::onSessionLock()
{
    emit locked();
}

void ScreenLockListenerDBus::onPrepareForSleep(bool beforeSleep)
{
    if (beforeSleep)
        emit locked();
}

} // namespace mtb
