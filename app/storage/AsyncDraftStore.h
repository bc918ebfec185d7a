#pragma once

#include "AccessScope.h"
#include "Application.h"
#include "DraftSummary.h"
#include "OpenReport.h"
#include "OutboxItem.h"
#include "PageRecord.h"

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

private:
    QThread m_thread;
    DraftWorker* m_worker = nullptr;
};

} // namespace mtb

Q_DECLARE_METATYPE(mtb::Application)
