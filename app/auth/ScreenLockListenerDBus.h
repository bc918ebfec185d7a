#pragma once

#include <QDBusObjectPath>
#include <QObject>

namespace mtb {

// The D-Bus side of ScreenLockListener (Linux). Every signal it cares about ends in locked().
class ScreenLockListenerDBus : public QObject
{
    Q_OBJECT
public:
    explicit ScreenLockListenerDBus(QObject* parent = nullptr);
    bool isListening() const { return m_listening; }

signals:
    void locked();

private slots:
    void onScreenSaverActiveChanged(bool active);
    void onSessionLock();
    void onPrepareForSleep(bool beforeSleep);
    void onSessionPath(const QDBusObjectPath& path);

private:
    bool m_listening = false;
};

} // namespace mtb
