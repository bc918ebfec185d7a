#pragma once

#include "AccessScope.h"
#include "Application.h"
#include "AuditEntry.h"
#include "AuditVerifier.h"
#include "DraftSummary.h"
#include "OpenReport.h"
#include "OutboxItem.h"
#include "PageRecord.h"
#include "RetentionPurge.h"

#include <QObject>
#include <QThread>
#include <QUuid>

#include <memory>

namespace mtb {

class DraftWorker;
class KeyRing;

// The GUI's door to the drafts database. Every call returns at once; the work runs on a storage
// thread that owns the only SQLite connection of the GUI process, and results come back as signals.
// So the GUI thread never waits on the disk, even with 10,000 drafts or a slow network drive.
class AsyncDraftStore : public QObject
{
    Q_OBJECT
public:
    // The keys open the encrypted columns (docs/encryption.md); they are shared with the storage thread.
    AsyncDraftStore(const QString& databasePath, std::shared_ptr<const KeyRing> keys, QObject* parent = nullptr);
    ~AsyncDraftStore() override; // finishes queued work, then stops the thread

    void open();
    // Limits everything below to what the signed-in staff member may see (AccessScope). Call it before
    // open() and again when another staff member takes over; then ask for the list again.
    void setScope(const AccessScope& scope);
    void save(const Application& application);
    void requestList();
    void requestLoad(const QUuid& uuid);
    void moveToTrash(const QUuid& uuid);
    void restore(const QUuid& uuid);

    // Freezes a ready application into the outbox / takes it back before sending started.
    void enqueue(const OutboxItem& item);
    void withdrawFromOutbox(const QUuid& applicationUuid, int revision);
    void requestOutboxItem(const QUuid& applicationUuid, int revision);
    void requestAttempts(const QUuid& applicationUuid);

    // Pages of one application. Every change is answered with pagesChanged() and the fresh list.
    void requestPages(const QUuid& applicationUuid);
    void savePage(const PageRecord& page);
    void removePage(const QUuid& applicationUuid, const QUuid& pageId);
    void arrangePages(const QUuid& applicationUuid, const QString& material, const QList<QUuid>& orderedIds);

    // The audit log (docs/audit.md). The actor is who is at the desk from now on (sign-in, unlock,
    // switch of staff); saves, trash, restore, outbox and page changes are recorded by the storage
    // thread itself, and audit() records what only the GUI sees (view, export, print, override,
    // sign-in events). Personal data never goes into `detail`.
    void setAuditActor(const AuditActor& actor);
    void audit(const QString& action, const QString& object = {}, const QString& detail = {});
    void requestAuditEntries(const AuditQuery& query); // answered by auditEntriesLoaded; itself audited
    void verifyAudit();                                 // answered by auditVerified
    void exportAudit(const AuditQuery& query, const QString& path); // CSV or JSON by suffix; audited
    // Purges confirmed applications past the site's retention period (RetentionPurge); answered by
    // purgeFinished. `now` is a parameter so tests can move time.
    void purge(const RetentionPolicy& policy, const QDateTime& now, bool dryRun = false);

    // Fault injection for tests (the ownCloud autotestFailCounter idea): caps the database at its
    // current size, so that growing it fails exactly as a full disk does (SQLITE_FULL). 0 lifts the cap.
    void simulateFullDiskForTesting(bool full);

    // Blocks until every request made before it has been carried out. Only for shutdown (so the last
    // edit reaches the disk before the process ends), tests and benchmarks.
    void waitForIdle();

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
    void connectAudit(); // AsyncDraftStoreAudit.cpp
    QThread m_thread;
    DraftWorker* m_worker = nullptr;
};

} // namespace mtb

Q_DECLARE_METATYPE(mtb::Application)
