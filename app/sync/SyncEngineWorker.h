#pragma once

#include "SyncEngine.h"

#include <QTimer>
#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace mtb {

class ApiClient;
class BlobStore;
class Database;
class DraftRepository;
class KeyRing;
class OutboxRepository;
class SyncSession;

// Lives on the sync thread; see SyncEngine.
class SyncEngineWorker : public QObject
{
    Q_OBJECT
public:
    SyncEngineWorker(const QString& dataDir, const ServerConfig& config, std::shared_ptr<const KeyRing> keys);
    ~SyncEngineWorker() override;

    void start();
    void stop();
    // Thread-safe: makes a running outbox pass end after its current request (window closing).
    void interrupt();
    void login(const QString& username, const QString& password);
    void adoptSession(const QString& opterId, const QString& accessToken, const QString& refreshToken);
    void expectAdoption() { m_adoptionPending = true; } // thread-safe: before adoptSession is queued
    void runPass(bool everything);
    void pollChanges();
    void setIntervalMs(int ms) { m_timer->setInterval(ms); }

signals:
    void loginFinished(bool ok, const QString& message, const QJsonObject& staff);
    void connectivityChanged(mtb::SyncEngine::Connectivity state, const QString& detail);
    void itemChanged(const mtb::OutboxItem& item);
    void remoteStatusChanged(const QUuid& applicationUuid, const QString& applicationNumber, const QString& status,
                             const QString& opinion);
    void passFinished(int sent, int waiting, int needsStaff);

private:
    void noteReply(const ApiReply& reply);
    void setConnectivity(SyncEngine::Connectivity state, const QString& detail = {});

    QString m_dataDir;
    ServerConfig m_config;
    std::shared_ptr<const KeyRing> m_keys;
    QTimer* m_timer = nullptr;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DraftRepository> m_drafts;
    std::unique_ptr<OutboxRepository> m_outbox;
    std::unique_ptr<BlobStore> m_blobs;
    QNetworkAccessManager* m_nam = nullptr;
    ApiClient* m_api = nullptr;
    std::unique_ptr<SyncSession> m_session;
    std::unique_ptr<OutboxWorker> m_outboxWorker;
    std::atomic<OutboxWorker*> m_running{nullptr}; // readable from the GUI thread
    std::atomic<bool> m_adoptionPending{false};
    SyncEngine::Connectivity m_connectivity = SyncEngine::Connectivity::SignedOut;
};

} // namespace mtb
