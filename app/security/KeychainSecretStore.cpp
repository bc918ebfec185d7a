#include "KeychainSecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <qt6keychain/keychain.h>

namespace mtb {

namespace {

SecretStore::Status statusOf(QKeychain::Error e)
{
    switch (e) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretStore::Status::Unavailable;
    default:
        return SecretStore::Status::Failed;
    }
}

// One job, waited for here (see TokenVault.cpp for why jobs live on the main thread).
SecretStore::Status runJobHere(QKeychain::Job* job, QString* error, QByteArray* data)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    SecretStore::Status status = SecretStore::Status::Failed;
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job* done) {
        status = statusOf(done->error());
        if (status != SecretStore::Status::Ok && error)
            *error = done->errorString();
        if (status == SecretStore::Status::Ok && data)
            if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(done))
                *data = read->binaryData();
        loop.quit();
    });
    job->start();
    loop.exec();
    return status;
}

SecretStore::Status runJob(QKeychain::Job* job, QString* error, QByteArray* data = nullptr)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread())
        return runJobHere(job, error, data);
    job->moveToThread(app->thread());
    SecretStore::Status status = SecretStore::Status::Failed;
    QMetaObject::invokeMethod(
        app, [&] { status = runJobHere(job, error, data); }, Qt::BlockingQueuedConnection);
    return status;
}

QString disabledText()
{
    return QCoreApplication::translate("mtb::KeychainSecretStore",
                                       "The system keychain is turned off (MTBDESK_NO_KEYCHAIN).");
}
} // namespace

bool KeychainSecretStore::disabledByEnvironment()
{
    return qEnvironmentVariableIntValue("MTBDESK_NO_KEYCHAIN") != 0;
}

SecretStore::Status KeychainSecretStore::read(const QString& account, QByteArray* secret, QString* error)
{
    if (disabledByEnvironment()) {
        if (error)
            *error = disabledText();
        return Status::Unavailable;
    }
    auto* job = new QKeychain::ReadPasswordJob(QLatin1String(kService));
    job->setKey(account);
    return runJob(job, error, secret);
}

SecretStore::Status KeychainSecretStore::write(const QString& account, const QByteArray& secret,
                                               QString* error)
{
    if (disabledByEnvironment()) {
        if (error)
            *error = disabledText();
        return Status::Unavailable;
    }
    auto* job = new QKeychain::WritePasswordJob(QLatin1String(kService));
    job->setKey(account);
    job->setBinaryData(secret);
    return runJob(job, error);
}

SecretStore::Status KeychainSecretStore::remove(const QString& account, QString* error)
{
    if (disabledByEnvironment())
        return Status::Unavailable;
    auto* job = new QKeychain::DeletePasswordJob(QLatin1String(kService));
    job->setKey(account);
    return runJob(job, error);
}

} // namespace mtb
