#include "PurgeCommand.h"

#include "AuditLog.h"
#include "BlobStore.h"
#include "Database.h"
#include "RetentionPurge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mtb {

PurgeCommand::PurgeCommand(Database& database, std::shared_ptr<const KeyRing> keys, const QString& dataDir,
                           AuditActor actor, QTextStream& out, QTextStream& err)
    : m_database(database), m_keys(std::move(keys)), m_dataDir(dataDir), m_actor(std::move(actor)),
      m_out(out), m_err(err)
{
}

int PurgeCommand::run(const QStringList& args)
{
    RetentionPolicy policy = RetentionPolicy::fromSettings();
    const qsizetype daysAt = args.indexOf(QStringLiteral("--days"));
    if (daysAt >= 0) {
        bool ok = false;
        policy.purgeConfirmedAfterDays = args.value(daysAt + 1).toInt(&ok);
        if (!ok || policy.purgeConfirmedAfterDays < 1 ||
            policy.purgeConfirmedAfterDays > RetentionPolicy::kMaxDays) {
            m_err << tr("Usage: mtbdesk-cli purge [--dry-run] [--days N] [--json] (N from 1 to %1)")
                         .arg(RetentionPolicy::kMaxDays)
                  << '\n';
            return 2;
        }
    }
    const bool dryRun = args.contains(QStringLiteral("--dry-run"));
    const bool json = args.contains(QStringLiteral("--json"));
    if (policy.purgeConfirmedAfterDays <= 0) {
        m_err << tr("Purging is switched off in this site's settings; pass --days N to purge anyway.")
              << '\n';
        return 0;
    }

    AuditLog audit(m_database.connection(), m_keys);
    BlobStore blobs(m_dataDir, m_keys);
    RetentionPurge purge(m_database.connection(), &audit, m_keys,
                         [&blobs](const QString& sha) { return blobs.remove(sha); });
    const PurgeReport report = purge.run(policy, QDateTime::currentDateTimeUtc(), m_actor, dryRun);
    if (!report.ok) {
        m_err << tr("Nothing was purged: %1").arg(report.error) << '\n';
        return 1;
    }
    if (json) {
        QJsonArray ids;
        for (const QUuid& id : report.applications)
            ids.append(id.toString(QUuid::WithoutBraces));
        m_out << QJsonDocument(QJsonObject{{"dry_run", dryRun},
                                           {"days", policy.purgeConfirmedAfterDays},
                                           {"applications", ids},
                                           {"pages", report.pages},
                                           {"blobs", report.blobs}})
                     .toJson(QJsonDocument::Indented);
    } else {
        for (const QUuid& id : report.applications)
            m_out << id.toString(QUuid::WithoutBraces) << '\n';
        m_err << (dryRun
                      ? tr("%n confirmed application(s) would be purged.", nullptr,
                           int(report.applications.size()))
                      : tr("%n confirmed application(s) purged.", nullptr, int(report.applications.size())))
              << '\n';
    }
    return 0;
}

} // namespace mtb
