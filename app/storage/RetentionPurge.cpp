#include "RetentionPurge.h"

#include "AuditAction.h"
#include "AuditLog.h"
#include "OutboxRepository.h"
#include "SqlValues.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mtb {

namespace {
using sql::timeText;
using sql::uuidKey;

bool exec(QSqlQuery& q, QString* error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool execSql(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

// Deletes the rows of one application (children first, so it does not depend on foreign keys being
// on) and returns its page image hashes through `blobs`.
bool deleteApplication(QSqlDatabase& db, const QString& uuid, QSet<QString>* blobs, int* pages,
                       QString* error)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT original_sha256, processed_sha256 FROM pages WHERE application_uuid = :uuid"));
    q.bindValue(QStringLiteral(":uuid"), uuid);
    if (!exec(q, error))
        return false;
    while (q.next()) {
        ++*pages;
        for (int column : {0, 1}) {
            const QString sha = q.value(column).toString();
            if (!sha.isEmpty())
                blobs->insert(sha);
        }
    }
    for (const char* table : {"pages", "outbox", "send_attempts"}) {
        QSqlQuery d(db);
        d.prepare(QStringLiteral("DELETE FROM %1 WHERE application_uuid = :uuid").arg(QLatin1String(table)));
        d.bindValue(QStringLiteral(":uuid"), uuid);
        if (!exec(d, error))
            return false;
    }
    QSqlQuery d(db);
    d.prepare(QStringLiteral("DELETE FROM applications WHERE uuid = :uuid"));
    d.bindValue(QStringLiteral(":uuid"), uuid);
    return exec(d, error);
}

bool stillReferenced(QSqlDatabase& db, const QString& sha)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT 1 FROM pages WHERE original_sha256 = :sha OR processed_sha256 = :sha LIMIT 1"));
    q.bindValue(QStringLiteral(":sha"), sha);
    // When in doubt (a failed query) keep the file: a stray image is better than a missing page.
    return !q.exec() || q.next();
}
} // namespace

RetentionPurge::RetentionPurge(QSqlDatabase& db, AuditLog* audit, std::shared_ptr<const KeyRing> keys,
                               BlobRemover removeBlob)
    : m_db(db), m_audit(audit), m_keys(std::move(keys)), m_removeBlob(std::move(removeBlob))
{
}

QList<QUuid> RetentionPurge::due(const RetentionPolicy& policy, const QDateTime& now, QString* error)
{
    QList<QUuid> out;
    const QDateTime cutoff = policy.purgeCutoff(now);
    if (!cutoff.isValid())
        return out;
    // Confirmed = the local state is "sent" and no revision of it is still waiting in the outbox.
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT uuid FROM applications a WHERE state = 'sent' AND remote_status != 'returned'"
                       " AND updated_at < :cutoff AND NOT EXISTS (SELECT 1 FROM outbox o"
                       "  WHERE o.application_uuid = a.uuid AND o.state != 'sent')"
                       " ORDER BY updated_at"));
    q.bindValue(QStringLiteral(":cutoff"), timeText(cutoff));
    if (!exec(q, error))
        return out;
    while (q.next())
        out << QUuid::fromString(q.value(0).toString());
    return out;
}

PurgeReport RetentionPurge::run(const RetentionPolicy& policy, const QDateTime& now, const AuditActor& actor,
                                bool dryRun)
{
    PurgeReport report;
    report.dryRun = dryRun;
    QString error;
    if (!execSql(m_db, QStringLiteral("BEGIN IMMEDIATE"), &error)) {
        report.ok = false;
        report.error = error;
        return report;
    }
    const QList<QUuid> candidates = due(policy, now, &error);
    QSet<QString> blobs;
    bool ok = error.isEmpty();
    for (const QUuid& uuid : candidates) {
        if (!ok)
            break;
        int pages = 0;
        if (dryRun) {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("SELECT count(*) FROM pages WHERE application_uuid = :uuid"));
            q.bindValue(QStringLiteral(":uuid"), uuidKey(uuid));
            ok = exec(q, &error) && q.next();
            pages = ok ? q.value(0).toInt() : 0;
        } else {
            ok = deleteApplication(m_db, uuidKey(uuid), &blobs, &pages, &error);
            if (ok && m_audit)
                ok = m_audit->appendInTransaction(
                    {actor, AuditAction::Purge, uuidKey(uuid),
                     QStringLiteral("confirmed, unchanged for %1+ days; pages=%2")
                         .arg(policy.purgeConfirmedAfterDays)
                         .arg(pages)},
                    now, &error);
        }
        report.pages += pages;
        if (ok)
            report.applications << uuid;
    }
    if (!ok || dryRun) {
        execSql(m_db, QStringLiteral("ROLLBACK"), nullptr);
        if (!ok) {
            report.ok = false;
            report.error = error;
            report.applications.clear();
            report.pages = 0;
        }
        return report;
    }
    if (!execSql(m_db, QStringLiteral("COMMIT"), &error)) {
        execSql(m_db, QStringLiteral("ROLLBACK"), nullptr);
        return PurgeReport{false, false, error, {}, 0, 0};
    }
    // The rows are gone for good; now the images nobody refers to any more (the same capture can
    // belong to two applications). A crash here leaves stray files, never a page without its image.
    OutboxRepository outbox(m_db, m_keys);
    for (const QString& sha : std::as_const(blobs)) {
        if (stillReferenced(m_db, sha))
            continue;
        if (m_removeBlob && m_removeBlob(sha)) {
            ++report.blobs;
            outbox.forgetUpload(sha, nullptr);
        }
    }
    return report;
}

} // namespace mtb
