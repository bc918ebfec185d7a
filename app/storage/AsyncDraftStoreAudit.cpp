// AsyncDraftStore's audit log and retention requests (the rest is in AsyncDraftStore.cpp).
#include "AsyncDraftStore.h"

#include "DraftWorker.h"

namespace mtb {

void AsyncDraftStore::connectAudit()
{
    qRegisterMetaType<AuditActor>();
    qRegisterMetaType<AuditQuery>();
    qRegisterMetaType<AuditReport>();
    qRegisterMetaType<QList<AuditEntry>>();
    qRegisterMetaType<PurgeReport>();
    connect(m_worker, &DraftWorker::auditEntriesLoaded, this, &AsyncDraftStore::auditEntriesLoaded);
    connect(m_worker, &DraftWorker::auditVerified, this, &AsyncDraftStore::auditVerified);
    connect(m_worker, &DraftWorker::auditExported, this, &AsyncDraftStore::auditExported);
    connect(m_worker, &DraftWorker::purgeFinished, this, &AsyncDraftStore::purgeFinished);
}

void AsyncDraftStore::setAuditActor(const AuditActor& actor)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, actor] { w->setAuditActor(actor); }, Qt::QueuedConnection);
}

void AsyncDraftStore::audit(const QString& action, const QString& object, const QString& detail)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, action, object, detail] { w->audit(action, object, detail); },
        Qt::QueuedConnection);
}

void AsyncDraftStore::requestAuditEntries(const AuditQuery& query)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, query] { w->loadAuditEntries(query); }, Qt::QueuedConnection);
}

void AsyncDraftStore::verifyAudit()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->verifyAudit(); }, Qt::QueuedConnection);
}

void AsyncDraftStore::exportAudit(const AuditQuery& query, const QString& path)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, query, path] { w->exportAudit(query, path); }, Qt::QueuedConnection);
}

void AsyncDraftStore::purge(const RetentionPolicy& policy, const QDateTime& now, bool dryRun)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, policy, now, dryRun] { w->purge(policy, now, dryRun); },
        Qt::QueuedConnection);
}

} // namespace mtb
