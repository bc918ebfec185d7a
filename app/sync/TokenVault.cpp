#include "TokenVault.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <qt6keychain/keychain.h>

namespace mtb {

namespace {
const QString kService = QStringLiteral("MTB Desk");

// QtKeychain jobs are asynchronous and still receive events after `finished`, so they live on the
// heap and delete themselves (autoDelete); this waits for one (on the sync thread or in the CLI) and
// copies out what it needs inside the finished handler.
bool runJobHere(QKeychain::Job* job, QString* error, QString* text)
{
    job->setAutoDelete(true);
    bool ok = false;
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job* done) {
        ok = done->error() == QKeychain::NoError;
        if (!ok && error)
            *error = done->errorString();
        if (ok && text)
            if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(done))
                *text = read->textData();
        loop.quit();
    });
    job->start();
    loop.exec();
    return ok;
}

// QtKeychain keeps one job executor in whichever thread used it first and is not safe across
// threads, so every job runs on the application's main thread; the sync thread waits for it there
// (the GUI thread never blocks, so it is always free to run it).
bool runJob(QKeychain::Job* job, QString* error, QString* text = nullptr)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread())
        return runJobHere(job, error, text);
    job->moveToThread(app->thread());
    bool ok = false;
    QMetaObject::invokeMethod(app, [&] { ok = runJobHere(job, error, text); }, Qt::BlockingQueuedConnection);
    return ok;
}
} // namespace

TokenVault::TokenVault(const QString& account) : m_account(account) {}

bool TokenVault::store(const QString& refreshToken, QString* error)
{
    m_memory = refreshToken;
    auto* job = new QKeychain::WritePasswordJob(kService);
    job->setKey(m_account);
    job->setTextData(refreshToken);
    m_persistent = runJob(job, error);
    return m_persistent;
}

QString TokenVault::load()
{
    if (!m_memory.isEmpty())
        return m_memory;
    auto* job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(m_account);
    QString text;
    if (runJob(job, nullptr, &text)) {
        m_persistent = true;
        m_memory = text;
    }
    return m_memory;
}

void TokenVault::clear()
{
    m_memory.clear();
    auto* job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(m_account);
    runJob(job, nullptr);
}

} // namespace mtb
