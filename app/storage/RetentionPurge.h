#pragma once

#include "AuditEntry.h"
#include "RetentionPolicy.h"

#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QUuid>

#include <functional>
#include <memory>

namespace mtb {

class AuditLog;
class KeyRing;

// What one purge run removed (or, for a dry run, would remove).
struct PurgeReport
{
    bool ok = true;
    bool dryRun = false;
    QString error;
    QList<QUuid> applications; // purged (or due, for a dry run)
    int pages = 0;
    int blobs = 0; // page image files no longer referenced by any page, removed from the blob store
};

// Removes the local copies of applications the central service has confirmed, once the site's
// retention period has passed without a change (RetentionPolicy): the application row, its pages,
// outbox rows and send attempts in one transaction that also writes one "purge" audit entry per
// application; then the page image files that no remaining page refers to. Runs on the storage thread
// (or in the CLI). An application the service returned for more material is never purged: staff
// still need it to resubmit. Unsent work is never purged; it is flagged (RetentionPolicy).
class RetentionPurge
{
public:
    // removeBlob deletes one stored image by its SHA-256 (the BlobStore's business: file names may be
    // keyed); it returns false if the file is still there afterwards.
    using BlobRemover = std::function<bool(const QString& sha256)>;
    RetentionPurge(QSqlDatabase& db, AuditLog* audit, std::shared_ptr<const KeyRing> keys,
                   BlobRemover removeBlob);

    QList<QUuid> due(const RetentionPolicy& policy, const QDateTime& now, QString* error = nullptr);
    PurgeReport run(const RetentionPolicy& policy, const QDateTime& now, const AuditActor& actor,
                    bool dryRun);

private:
    QSqlDatabase& m_db;
    AuditLog* m_audit;
    std::shared_ptr<const KeyRing> m_keys; // the uploads table is keyed by a digest of the image hash
    BlobRemover m_removeBlob;
};

} // namespace mtb

Q_DECLARE_METATYPE(mtb::PurgeReport)
