#pragma once

#include <QObject>

namespace mtb {

// Tells when the operating system locks the screen or goes to sleep, so the desk locks with it
// (KeePassXC's ScreenLockListener). On Linux it listens on D-Bus: logind's Session.Lock for this
// session and Manager.PrepareForSleep on the system bus, and the desktop's ScreenSaver.ActiveChanged
// (freedesktop and GNOME names) on the session bus. Built without Qt D-Bus, or with no bus to talk
// to, it simply never fires.
class ScreenLockListener : public QObject
{
    Q_OBJECT
public:
    explicit ScreenLockListener(QObject* parent = nullptr);
    ~ScreenLockListener() override;

    // Whether any source is being listened to (for the About box and the log).
    bool isListening() const { return m_listening; }

signals:
    void screenLocked();

private:
    bool m_listening = false;
    QObject* m_platform = nullptr; // the platform's listener, a child
};

} // namespace mtb
