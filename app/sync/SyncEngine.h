#pragma once

#include "OutboxItem.h"
#include "OutboxWorker.h"
#include "ServerConfig.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>

#include <memory>

namespace mtb {

class KeyRing;
class SyncEngineWorker;

// The GUI's door to the central service. Calls return at once; the sync thread signs in, drains the
// outbox on a timer (and on "send now"), and follows the change feed. It has its own database
// connection and network manager, so neither the disk nor the network ever blocks the window.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class Connectivity { NotConfigured, SignedOut, Online, Offline, CertificateProblem };
    Q_ENUM(Connectivity)

    SyncEngine(const QString& dataDir, const ServerConfig& config, std::shared_ptr<const KeyRing> keys,
               QObject* parent = nullptr);
    ~SyncEngine() override;

    void login(const QString& username, const QString& password);
    // The staff member signed in at the desk (ui/SignInDialog): the sync session becomes theirs, with
    // that online sign-in's tokens, or - after an offline sign-in (empty tokens) - the refresh token
    // kept for them in the keychain. Called right after construction, the start skips the PC's
    // previous session.
    void adoptSession(const QString& opterId, const QString& accessToken, const QString& refreshToken);
    void sendNow();
    void pollNow();
    void setIntervalMs(int ms);

signals:
    void loginFinished(bool ok, const QString& message, const QJsonObject& staff);
    void connectivityChanged(mtb::SyncEngine::Connectivity state, const QString& detail);
    void itemChanged(const mtb::OutboxItem& item);
    void remoteStatusChanged(const QUuid& applicationUuid, const QString& applicationNumber, const QString& status,
                             const QString& opinion);
    void passFinished(int sent, int waiting, int needsStaff);

private:
    QThread m_thread;
    SyncEngineWorker* m_worker;
};

} // namespace mtb
