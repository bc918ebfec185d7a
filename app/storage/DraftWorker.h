#pragma once

#include "Application.h"
#include "AuditEntry.h"
#include "AuditVerifier.h"
#include "Database.h"
#include "DraftRepository.h"
#include "DraftSummary.h"
#include "OutboxRepository.h"
#include "PageRepository.h"
#include "RetentionPurge.h"

#include <QObject>
#include <memory>

namespace mtb {

class AuditRecorder;

// Lives on the storage thread; does what AsyncDraftStore asks and reports back with signals.
class DraftWorker : public QObject
{
    Q_OBJECT
public:
    DraftWorker(const QString& databasePath, std::shared_ptr<const KeyRing> keys);
    ~DraftWorker() override;

    void open();
    // Who is signed in decides which applications exist for this window (DraftRepository::setScope).
    void setScope(const AccessScope& scope);
    void save(Application application);
    void list();
    void load(const QUuid& uuid);
    void setTrashed(const QUuid& uuid, bool trashed);
    void enqueue(const OutboxItem& item);
    void withdraw(const QUuid& applicationUuid, int revision);
    void loadOutboxItem(const QUuid& applicationUuid, int revision);
    void loadAttempts(const QUuid& applicationUuid);
    void listPages(const QUuid& applicationUuid);
    void savePage(PageRecord page);
    void removePage(const QUuid& applicationUuid, const QUuid& pageId);
    void arrangePages(const QUuid& applicationUuid, const QString& material, const QList<QUuid>& orderedIds);
    void shutdown();
    void simulateFullDisk(bool full);

    // The audit log and retention (DraftWorkerAudit.cpp).
    void setAuditActor(const AuditActor& actor);
    void audit(const QString& action, const QString& object, const QString& detail);
    void loadAuditEntries(const AuditQuery& query);
    void verifyAudit();
    void exportAudit(const AuditQuery& query, const QString& path);
    void purge(const RetentionPolicy& policy, const QDateTime& now, bool dryRun);

signals:
    void opened(const mtb::OpenReport& report);
    void saved(const mtb::DraftSummary& summary);
    void saveFailed(const QUuid& uuid, const QString& message);
    void listLoaded(const QVector<mtb::DraftSummary>& rows);
    void loaded(const mtb::Application& application);
    void loadFailed(const QUuid& uuid, const QString& message);
    void trashChanged(const QUuid& uuid, bool inTrash);
    void enqueued(const QUuid& applicationUuid, bool ok, const QString& message);
    void withdrawn(const QUuid& applicationUuid, bool ok);
    void attemptsLoaded(const QUuid& applicationUuid, const QList<mtb::SendAttempt>& attempts);
    void outboxItemLoaded(const QUuid& applicationUuid, const mtb::OutboxItem& item, bool exists);
    void pagesChanged(const QUuid& applicationUuid, const QList<mtb::PageRecord>& pages);
    void pageSaveFailed(const QUuid& applicationUuid, const QString& message);
    void auditEntriesLoaded(const QList<mtb::AuditEntry>& entries, const QString& error);
    void auditVerified(const mtb::AuditReport& report);
    void auditExported(const QString& path, int entries, const QString& error);
    void purgeFinished(const mtb::PurgeReport& report);

private:
    void auditAction(const QString& action, const QUuid& object, const QString& detail = {});
    void auditEdit(const QUuid& object, const QString& detail);
    bool ready(const QUuid& uuid);
    QString m_path;
    std::shared_ptr<const KeyRing> m_keys;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DraftRepository> m_repository;
    std::unique_ptr<PageRepository> m_pages;
    std::unique_ptr<OutboxRepository> m_outbox;
    AccessScope m_scope;
    AuditActor m_actor;
    std::unique_ptr<AuditRecorder> m_audit;
};

} // namespace mtb
