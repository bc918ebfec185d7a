// The storage thread's audit log and retention requests (the rest of DraftWorker is in DraftWorker.cpp).
#include "DraftWorker.h"

#include "AuditAction.h"
#include "AuditExport.h"
#include "AuditRecorder.h"
#include "BlobStore.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mtb {

void DraftWorker::setAuditActor(const AuditActor& actor)
{
    m_actor = actor;
    if (m_audit)
        m_audit->setActor(actor);
}

void DraftWorker::auditAction(const QString& action, const QUuid& object, const QString& detail)
{
    if (m_audit)
        m_audit->record(action, object.isNull() ? QString() : sql::uuidKey(object), detail,
                        QDateTime::currentDateTimeUtc());
}

void DraftWorker::auditEdit(const QUuid& object, const QString& detail)
{
    if (m_audit)
        m_audit->recordEdit(sql::uuidKey(object), detail, QDateTime::currentDateTimeUtc());
}

void DraftWorker::audit(const QString& action, const QString& object, const QString& detail)
{
    if (m_audit)
        m_audit->record(action, object, detail, QDateTime::currentDateTimeUtc());
}

void DraftWorker::loadAuditEntries(const AuditQuery& query)
{
    if (!m_audit) {
        emit auditEntriesLoaded(
            {}, QCoreApplication::translate("DraftWorker", "The local database is not open."));
        return;
    }
    QString error;
    const QList<AuditEntry> entries = m_audit->log().entries(query, &error);
    m_audit->record(AuditAction::AuditView, QString(), QStringLiteral("entries=%1").arg(entries.size()),
                    QDateTime::currentDateTimeUtc());
    emit auditEntriesLoaded(entries, error);
}

void DraftWorker::verifyAudit()
{
    if (!m_database) {
        AuditReport r;
        r.problem = AuditReport::Problem::Unreadable;
        r.sqlError = QCoreApplication::translate("DraftWorker", "The local database is not open.");
        emit auditVerified(r);
        return;
    }
    emit auditVerified(AuditVerifier::verify(m_database->connection(), m_keys.get()));
}

void DraftWorker::exportAudit(const AuditQuery& query, const QString& path)
{
    if (!m_audit) {
        emit auditExported(path, 0,
                           QCoreApplication::translate("DraftWorker", "The local database is not open."));
        return;
    }
    QString error;
    const QList<AuditEntry> entries = m_audit->log().entries(query, &error);
    if (error.isEmpty())
        AuditExport::writeFile(entries, path, AuditExport::formatForPath(path), &error);
    if (error.isEmpty()) // the export itself is recorded, without the path (it may name a person)
        m_audit->record(
            AuditAction::AuditExport, QString(),
            QStringLiteral("entries=%1 format=%2").arg(entries.size()).arg(QFileInfo(path).suffix()),
            QDateTime::currentDateTimeUtc());
    emit auditExported(path, int(entries.size()), error);
}

void DraftWorker::purge(const RetentionPolicy& policy, const QDateTime& now, bool dryRun)
{
    if (!m_database || !m_audit) {
        PurgeReport r;
        r.ok = false;
        r.error = QCoreApplication::translate("DraftWorker", "The local database is not open.");
        emit purgeFinished(r);
        return;
    }
    BlobStore blobs(QFileInfo(m_path).absolutePath(), m_keys);
    RetentionPurge purge(m_database->connection(), &m_audit->log(), m_keys,
                         [&blobs](const QString& sha) { return blobs.remove(sha); });
    // The GUI purges by itself, at start and every few hours: the site's rule acts, not the person.
    const AuditActor system{QStringLiteral("system"), QStringLiteral("retention"), m_actor.site};
    emit purgeFinished(purge.run(policy, now, system, dryRun));
}

} // namespace mtb
