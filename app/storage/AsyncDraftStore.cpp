#include "AsyncDraftStore.h"

#include "DraftWorker.h"
#include "OpenSslThreadState.h"

namespace mtb {

AsyncDraftStore::AsyncDraftStore(const QString& databasePath, std::shared_ptr<const KeyRing> keys, QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<OpenReport>();
    qRegisterMetaType<DraftSummary>();
    qRegisterMetaType<QVector<DraftSummary>>();
    qRegisterMetaType<Application>();
    qRegisterMetaType<PageRecord>();
    qRegisterMetaType<OutboxItem>();
    qRegisterMetaType<QList<SendAttempt>>();
    qRegisterMetaType<QList<PageRecord>>();

    m_thread.setObjectName(QStringLiteral("mtb-storage"));
    m_worker = new DraftWorker(databasePath, std::move(keys));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DraftWorker::opened, this, &AsyncDraftStore::opened);
    connect(m_worker, &DraftWorker::saved, this, &AsyncDraftStore::saved);
    connect(m_worker, &DraftWorker::saveFailed, this, &AsyncDraftStore::saveFailed);
    connect(m_worker, &DraftWorker::listLoaded, this, &AsyncDraftStore::listLoaded);
    connect(m_worker, &DraftWorker::loaded, this, &AsyncDraftStore::loaded);
    connect(m_worker, &DraftWorker::loadFailed, this, &AsyncDraftStore::loadFailed);
    connect(m_worker, &DraftWorker::trashChanged, this, &AsyncDraftStore::trashChanged);
    connect(m_worker, &DraftWorker::pagesChanged, this, &AsyncDraftStore::pagesChanged);
    connect(m_worker, &DraftWorker::enqueued, this, &AsyncDraftStore::enqueued);
    connect(m_worker, &DraftWorker::withdrawn, this, &AsyncDraftStore::withdrawn);
    connect(m_worker, &DraftWorker::outboxItemLoaded, this, &AsyncDraftStore::outboxItemLoaded);
    connect(m_worker, &DraftWorker::attemptsLoaded, this, &AsyncDraftStore::attemptsLoaded);
    connect(m_worker, &DraftWorker::pageSaveFailed, this, &AsyncDraftStore::pageSaveFailed);
    connectAudit();
    releaseOpenSslStateOnFinish(m_thread);
    m_thread.start();
}

AsyncDraftStore::~AsyncDraftStore()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void AsyncDraftStore::open()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->open(); }, Qt::QueuedConnection);
}

void AsyncDraftStore::setScope(const AccessScope& scope)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, scope] { w->setScope(scope); }, Qt::QueuedConnection);
}

void AsyncDraftStore::save(const Application& application)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, application] { w->save(application); },
                              Qt::QueuedConnection);
}

void AsyncDraftStore::requestList()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->list(); }, Qt::QueuedConnection);
}

void AsyncDraftStore::requestLoad(const QUuid& uuid)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, uuid] { w->load(uuid); }, Qt::QueuedConnection);
}

void AsyncDraftStore::moveToTrash(const QUuid& uuid)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, uuid] { w->setTrashed(uuid, true); },
                              Qt::QueuedConnection);
}

void AsyncDraftStore::restore(const QUuid& uuid)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, uuid] { w->setTrashed(uuid, false); },
                              Qt::QueuedConnection);
}

void AsyncDraftStore::enqueue(const OutboxItem& item)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, item] { w->enqueue(item); }, Qt::QueuedConnection);
}

void AsyncDraftStore::withdrawFromOutbox(const QUuid& applicationUuid, int revision)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, applicationUuid, revision] { w->withdraw(applicationUuid, revision); },
                              Qt::QueuedConnection);
}

void AsyncDraftStore::requestOutboxItem(const QUuid& applicationUuid, int revision)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, applicationUuid, revision] { w->loadOutboxItem(applicationUuid, revision); },
                              Qt::QueuedConnection);
}

void AsyncDraftStore::requestAttempts(const QUuid& applicationUuid)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, applicationUuid] { w->loadAttempts(applicationUuid); },
                              Qt::QueuedConnection);
}

void AsyncDraftStore::requestPages(const QUuid& applicationUuid)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, applicationUuid] { w->listPages(applicationUuid); },
                              Qt::QueuedConnection);
}

void AsyncDraftStore::savePage(const PageRecord& page)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, page] { w->savePage(page); }, Qt::QueuedConnection);
}

void AsyncDraftStore::removePage(const QUuid& applicationUuid, const QUuid& pageId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, applicationUuid, pageId] { w->removePage(applicationUuid, pageId); },
                              Qt::QueuedConnection);
}

void AsyncDraftStore::arrangePages(const QUuid& applicationUuid, const QString& material, const QList<QUuid>& orderedIds)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, applicationUuid, material, orderedIds] { w->arrangePages(applicationUuid, material, orderedIds); },
        Qt::QueuedConnection);
}

void AsyncDraftStore::simulateFullDiskForTesting(bool full)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, full] { w->simulateFullDisk(full); }, Qt::QueuedConnection);
}

void AsyncDraftStore::waitForIdle()
{
    QMetaObject::invokeMethod(m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace mtb
