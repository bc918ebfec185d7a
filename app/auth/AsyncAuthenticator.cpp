#include "AsyncAuthenticator.h"

#include "ApiClient.h"
#include "Database.h"
#include "OpenSslThreadState.h"
#include "SignInService.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSysInfo>

namespace mtb {

namespace {
// A sign-in should fall back to the local check quickly when the service does not answer; the sync
// engine's long timeout is for big uploads.
constexpr int kSignInTimeoutMs = 10000;

QString connectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("mtb-auth-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

// Lives on the authenticator's thread. Everything is made there, on first use: the database is opened
// after the storage thread has opened (and migrated) it.
class AuthWorker : public QObject
{
public:
    explicit AuthWorker(AsyncAuthenticator::Options options) : m_options(std::move(options)) {}

    SignInResult signIn(const QString& user, const QString& password)
    {
        QString error;
        if (!ready(&error)) {
            SignInResult r;
            r.message = error;
            return r;
        }
        SignInService service(m_api, m_verifier.get());
        return service.signIn(user, password, QString::fromLatin1(QSysInfo::machineUniqueId().toHex()));
    }

    OfflineVerifier::Result verify(const QString& user, const QString& password,
                                   OfflineVerifier::Purpose purpose)
    {
        QString error;
        if (!ready(&error)) {
            OfflineVerifier::Result r;
            r.user = user.trimmed();
            r.detail = error;
            return r;
        }
        return m_verifier->verify(user, password, purpose);
    }

    void setPolicy(const OfflinePolicy& policy)
    {
        m_options.policy = policy;
        if (m_verifier)
            m_verifier->setPolicy(policy);
    }

    ~AuthWorker() override { shutdown(); } // in case the thread ended before shutdown() ran

    void shutdown()
    {
        m_verifier.reset();
        m_database.reset();
        delete m_api;
        m_api = nullptr;
        delete m_nam;
        m_nam = nullptr;
    }

private:
    bool ready(QString* error)
    {
        if (!m_database) {
            auto db = std::make_unique<Database>(m_options.databasePath, connectionName());
            const OpenReport report = db->open();
            if (!report.usable()) {
                *error = report.userMessage();
                return false;
            }
            m_database = std::move(db);
            m_verifier = std::make_unique<OfflineVerifier>(m_database->connection(), m_options.clock,
                                                           m_options.policy);
            m_verifier->setKeys(m_options.keys);
        }
        if (!m_nam && m_options.server.isValid()) {
            ServerConfig config = m_options.server;
            config.timeoutMs = std::min(config.timeoutMs, kSignInTimeoutMs);
            m_nam = new QNetworkAccessManager;
            m_api = new ApiClient(m_nam, config);
        }
        return true;
    }

    AsyncAuthenticator::Options m_options;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<OfflineVerifier> m_verifier;
    QNetworkAccessManager* m_nam = nullptr;
    ApiClient* m_api = nullptr;
};

AsyncAuthenticator::AsyncAuthenticator(Options options, QObject* parent)
    : QObject(parent), m_worker(new AuthWorker(std::move(options)))
{
    m_thread.setObjectName(QStringLiteral("mtb-auth"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    releaseOpenSslStateOnFinish(m_thread);
    m_thread.start();
}

AsyncAuthenticator::~AsyncAuthenticator()
{
    // Blocking: a queued call could still be waiting when quit() ends the loop, and the network
    // objects it frees would leak (LeakSanitizer saw it once in CI).
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint64 AsyncAuthenticator::signIn(const QString& user, const QString& password)
{
    const quint64 id = ++m_next;
    ++m_pending;
    QMetaObject::invokeMethod(
        m_worker,
        [this, w = m_worker, id, user, password] {
            const SignInResult result = w->signIn(user, password);
            QMetaObject::invokeMethod(
                this,
                [this, id, result] {
                    --m_pending;
                    emit signInFinished(id, result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return id;
}

quint64 AsyncAuthenticator::verifyLocally(const QString& user, const QString& password,
                                          OfflineVerifier::Purpose purpose)
{
    const quint64 id = ++m_next;
    ++m_pending;
    QMetaObject::invokeMethod(
        m_worker,
        [this, w = m_worker, id, user, password, purpose] {
            const OfflineVerifier::Result result = w->verify(user, password, purpose);
            QMetaObject::invokeMethod(
                this,
                [this, id, result] {
                    --m_pending;
                    emit verifyFinished(id, result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return id;
}

void AsyncAuthenticator::setPolicy(const OfflinePolicy& policy)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, policy] { w->setPolicy(policy); }, Qt::QueuedConnection);
}

} // namespace mtb
