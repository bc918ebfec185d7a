#include "SyncEngine.h"

#include "ApiClient.h"
#include "BlobStore.h"
#include "DataPaths.h"
#include "Database.h"
#include "DraftRepository.h"
#include "OpenSslThreadState.h"
#include "OutboxRepository.h"
#include "ServerReplies.h"
#include "SyncEngineWorker.h"
#include "SyncSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSysInfo>

namespace mtb {

namespace {
const QString kCursorKey = QStringLiteral("sync/changes_cursor");

QString loginFailureText(const ApiReply& reply)
{
    if (reply.tlsFailure)
        return reply.networkErrorText;
    if (reply.httpStatus == 0)
        return QCoreApplication::translate("SyncEngine", "The central service cannot be reached (%1). You can keep "
                                                         "working; applications are sent when it is back.")
            .arg(reply.networkErrorText);
    if (reply.errorCode() == wire::ErrorCode::InvalidCredentials)
        return QCoreApplication::translate("SyncEngine", "Wrong user name or password.");
    return QCoreApplication::translate("SyncEngine", "Sign-in failed (%1).").arg(reply.httpStatus);
}
} // namespace

SyncEngine::SyncEngine(const QString& dataDir, const ServerConfig& config, std::shared_ptr<const KeyRing> keys,
                       QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<OutboxItem>();
    qRegisterMetaType<SyncEngine::Connectivity>();
    m_thread.setObjectName(QStringLiteral("mtb-sync"));
    m_worker = new SyncEngineWorker(dataDir, config, std::move(keys));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncEngineWorker::loginFinished, this, &SyncEngine::loginFinished);
    connect(m_worker, &SyncEngineWorker::connectivityChanged, this, &SyncEngine::connectivityChanged);
    connect(m_worker, &SyncEngineWorker::itemChanged, this, &SyncEngine::itemChanged);
    connect(m_worker, &SyncEngineWorker::remoteStatusChanged, this, &SyncEngine::remoteStatusChanged);
    connect(m_worker, &SyncEngineWorker::passFinished, this, &SyncEngine::passFinished);
    releaseOpenSslStateOnFinish(m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->start(); }, Qt::QueuedConnection);
}

SyncEngine::~SyncEngine()
{
    // Without this the blocking stop below would wait for a whole drain to finish.
    m_worker->interrupt();
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncEngine::login(const QString& username, const QString& password)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, username, password] { w->login(username, password); },
                              Qt::QueuedConnection);
}

void SyncEngine::adoptSession(const QString& opterId, const QString& accessToken, const QString& refreshToken)
{
    m_worker->expectAdoption();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, opterId, accessToken, refreshToken] { w->adoptSession(opterId, accessToken, refreshToken); },
        Qt::QueuedConnection);
}

void SyncEngine::sendNow()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->runPass(true); }, Qt::QueuedConnection);
}

void SyncEngine::pollNow()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->pollChanges(); }, Qt::QueuedConnection);
}

void SyncEngine::setIntervalMs(int ms)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, ms] { w->setIntervalMs(ms); }, Qt::QueuedConnection);
}

SyncEngineWorker::SyncEngineWorker(const QString& dataDir, const ServerConfig& config,
                                   std::shared_ptr<const KeyRing> keys)
    : m_dataDir(dataDir), m_config(config), m_keys(std::move(keys))
{
}

SyncEngineWorker::~SyncEngineWorker() = default;

void SyncEngineWorker::start()
{
    m_timer = new QTimer(this);
    bool ok = false;
    const int interval = qEnvironmentVariableIntValue("MTB_SYNC_INTERVAL_MS", &ok);
    m_timer->setInterval(ok ? interval : 20000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        runPass(false);
        pollChanges();
    });
    if (!m_config.isValid()) {
        setConnectivity(SyncEngine::Connectivity::NotConfigured);
        return;
    }
    m_database = std::make_unique<Database>(DataPaths(m_dataDir).databasePath(), QStringLiteral("mtb-sync"));
    m_database->setKeyRing(m_keys);
    if (!m_database->open().usable()) {
        m_database.reset();
        return;
    }
    m_drafts = std::make_unique<DraftRepository>(m_database->connection(), m_keys);
    m_outbox = std::make_unique<OutboxRepository>(m_database->connection(), m_keys);
    m_blobs = std::make_unique<BlobStore>(DataPaths(m_dataDir).dataDir(), m_keys);
    m_nam = new QNetworkAccessManager(this);
    m_api = new ApiClient(m_nam, m_config, this);
    m_api->setDirectUploads(true); // chunk PUTs without Nagle delays (docs/api.md "Upload transport")
    m_session = std::make_unique<SyncSession>(m_api, QStringLiteral("%1@%2").arg(QSysInfo::machineHostName(), m_config.baseUrl.host()));
    m_outboxWorker = std::make_unique<OutboxWorker>(m_api, m_outbox.get(), m_drafts.get(), m_blobs.get(),
                                                    BackoffPolicy::fromEnvironment());
    m_outboxWorker->setTokenRefresher([this] { return m_session->refresh(); });
    connect(m_outboxWorker.get(), &OutboxWorker::itemChanged, this, &SyncEngineWorker::itemChanged);
    m_running = m_outboxWorker.get();
    // A refresh token from an earlier day (in the keychain) signs this PC in without a password - unless
    // the desk's signed-in staff member is about to be adopted (adoptSession), whose session it must be.
    if (m_adoptionPending)
        setConnectivity(SyncEngine::Connectivity::SignedOut);
    else if (m_session->refresh())
        setConnectivity(SyncEngine::Connectivity::Online);
    else
        setConnectivity(SyncEngine::Connectivity::SignedOut);
    m_timer->start();
}

void SyncEngineWorker::interrupt()
{
    if (OutboxWorker* w = m_running.load())
        w->requestStop();
}

void SyncEngineWorker::stop()
{
    m_running = nullptr;
    if (m_outboxWorker)
        m_outboxWorker->requestStop();
    if (m_timer)
        m_timer->stop();
    m_outboxWorker.reset();
    m_session.reset();
    m_outbox.reset();
    m_drafts.reset();
    m_database.reset();
}

void SyncEngineWorker::setConnectivity(SyncEngine::Connectivity state, const QString& detail)
{
    m_connectivity = state;
    emit connectivityChanged(state, detail);
}

void SyncEngineWorker::noteReply(const ApiReply& reply)
{
    if (reply.tlsFailure)
        setConnectivity(SyncEngine::Connectivity::CertificateProblem, reply.networkErrorText);
    else if (reply.httpStatus == 0)
        setConnectivity(SyncEngine::Connectivity::Offline, reply.networkErrorText);
    else if (reply.errorCode() == wire::ErrorCode::TokenInvalid || reply.errorCode() == wire::ErrorCode::TokenExpired)
        setConnectivity(SyncEngine::Connectivity::SignedOut);
    else if (m_connectivity != SyncEngine::Connectivity::Online)
        setConnectivity(SyncEngine::Connectivity::Online);
}

void SyncEngineWorker::login(const QString& username, const QString& password)
{
    if (!m_session) {
        emit loginFinished(false, QCoreApplication::translate("SyncEngine", "No central service is configured."), {});
        return;
    }
    const ApiReply reply = m_session->login(username, password, QSysInfo::machineUniqueId().toHex());
    noteReply(reply);
    emit loginFinished(reply.ok(), reply.ok() ? QString() : loginFailureText(reply), m_session->staff());
    if (reply.ok())
        runPass(true); // whatever waited for the sign-in goes now
}

void SyncEngineWorker::adoptSession(const QString& opterId, const QString& accessToken, const QString& refreshToken)
{
    m_adoptionPending = false;
    if (!m_api)
        return; // not configured, or the database could not be opened
    // One keychain entry per staff member: a colleague's stored token never signs this person in.
    m_session = std::make_unique<SyncSession>(
        m_api, QStringLiteral("%1@%2@%3").arg(opterId, QSysInfo::machineHostName(), m_config.baseUrl.host()));
    bool online = false;
    if (!accessToken.isEmpty()) {
        m_session->adopt(accessToken, refreshToken);
        online = true;
    } else {
        online = m_session->refresh();
    }
    setConnectivity(online ? SyncEngine::Connectivity::Online : SyncEngine::Connectivity::SignedOut);
    if (online)
        runPass(true); // whatever waited for a sign-in goes now
}

void SyncEngineWorker::runPass(bool everything)
{
    if (!m_outboxWorker || !m_session->signedIn())
        return;
    if (everything) {
        // Items that waited for a sign-in are due again now.
        for (OutboxItem item : m_outbox->all()) {
            if (item.state == OutboxItem::State::NeedsLogin) {
                item.state = OutboxItem::State::Queued;
                m_outbox->update(item, nullptr);
            }
        }
    }
    const OutboxWorker::Result r = everything ? m_outboxWorker->sendAllNow() : m_outboxWorker->drainOnce();
    if (r.stoppedByTransportError)
        setConnectivity(SyncEngine::Connectivity::Offline);
    else if (r.needsLogin > 0)
        setConnectivity(SyncEngine::Connectivity::SignedOut);
    else if (r.sent > 0)
        setConnectivity(SyncEngine::Connectivity::Online);
    emit passFinished(r.sent, r.retryLater, r.needsStaff);
}

void SyncEngineWorker::pollChanges()
{
    if (!m_session || !m_session->signedIn())
        return;
    QString cursor = m_outbox->meta(kCursorKey);
    for (int page = 0; page < 20; ++page) {
        const ApiReply reply = m_api->changes(cursor, 100);
        noteReply(reply);
        if (!reply.ok())
            return;
        const ChangeFeedPage feed = ChangeFeedPage::read(reply.json);
        for (const ChangeFeedPage::Change& c : feed.changes) {
            std::optional<Application> app = m_drafts->load(c.clientUuid);
            if (!app || app->remoteStatus == c.status)
                continue;
            app->remoteStatus = c.status;
            if (!c.opinion.isEmpty())
                app->remoteMessage = c.opinion;
            if (!c.applicationNumber.isEmpty())
                app->applicationNumber = c.applicationNumber;
            m_drafts->save(*app, QDateTime::currentDateTimeUtc(), nullptr);
            emit remoteStatusChanged(c.clientUuid, app->applicationNumber, c.status, c.opinion);
        }
        const QString next = feed.nextCursor;
        if (!next.isEmpty())
            m_outbox->setMeta(kCursorKey, next, nullptr); // persisted: a restart does not replay old changes
        if (feed.received == 0 || next == cursor)
            return;
        cursor = next;
    }
}

} // namespace mtb
