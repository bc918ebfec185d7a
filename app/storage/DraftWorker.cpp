#include "DraftWorker.h"

#include "AuditAction.h"
#include "AuditRecorder.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>
#include <QStorageInfo>

namespace mtb {

namespace {
QString saveFailureMessage(const QString& dbPath, const QString& detail)
{
    const QStorageInfo volume(QFileInfo(dbPath).absolutePath());
    // A full disk is the failure staff can act on themselves, so it gets its own words.
    if (detail.contains(QLatin1String("full"), Qt::CaseInsensitive) ||
        (volume.isValid() && volume.bytesAvailable() < 1024 * 1024)) {
        return QCoreApplication::translate("DraftWorker",
                                           "The disk holding %1 is full: the latest changes are only on screen. "
                                           "Free some space; saving resumes by itself.")
            .arg(QDir::toNativeSeparators(dbPath));
    }
    return QCoreApplication::translate("DraftWorker",
                                       "Could not save to %1 (%2). The changes stay on screen and saving is "
                                       "retried.")
        .arg(QDir::toNativeSeparators(dbPath), detail);
}
} // namespace

DraftWorker::DraftWorker(const QString& databasePath, std::shared_ptr<const KeyRing> keys)
    : m_path(databasePath), m_keys(std::move(keys))
{
}

DraftWorker::~DraftWorker() = default;

void DraftWorker::open()
{
    m_repository.reset();
    m_database = std::make_unique<Database>(m_path, QStringLiteral("mtb-storage-worker"));
    m_database->setKeyRing(m_keys);
    const OpenReport report = m_database->open();
    if (report.usable()) {
        m_repository = std::make_unique<DraftRepository>(m_database->connection(), m_keys);
        setScope(m_scope);
        m_pages = std::make_unique<PageRepository>(m_database->connection(), m_keys);
        m_outbox = std::make_unique<OutboxRepository>(m_database->connection(), m_keys);
        m_audit = std::make_unique<AuditRecorder>(m_database->connection(), m_keys);
        m_audit->setActor(m_actor);
    }
    else
        m_database.reset();
    emit opened(report);
}

void DraftWorker::setScope(const AccessScope& scope)
{
    m_scope = scope;
    if (!m_repository)
        return;
    m_repository->setScope(scope);
    m_repository->claimLegacy(); // a failure only leaves old rows unowned (and so invisible); never fatal
}

bool DraftWorker::ready(const QUuid& uuid)
{
    if (m_repository)
        return true;
    emit saveFailed(uuid, QCoreApplication::translate("DraftWorker", "The local database is not open."));
    return false;
}

void DraftWorker::save(Application application)
{
    if (!ready(application.uuid))
        return;
    QString error;
    if (m_repository->save(application, QDateTime::currentDateTimeUtc(), &error)) {
        auditEdit(application.uuid, QStringLiteral("form"));
        emit saved(DraftSummary::of(application));
    }
    else
        emit saveFailed(application.uuid, saveFailureMessage(m_path, error));
}

void DraftWorker::list()
{
    if (!m_repository)
        return;
    QString error;
    emit listLoaded(m_repository->listAll(&error));
}

void DraftWorker::load(const QUuid& uuid)
{
    if (!m_repository)
        return;
    QString error;
    if (auto app = m_repository->load(uuid, &error))
        emit loaded(*app);
    else
        emit loadFailed(uuid, error);
}

void DraftWorker::setTrashed(const QUuid& uuid, bool trashed)
{
    if (!ready(uuid))
        return;
    QString error;
    const bool ok = trashed ? m_repository->moveToTrash(uuid, QDateTime::currentDateTimeUtc(), &error)
                            : m_repository->restore(uuid, &error);
    if (ok) {
        auditAction(trashed ? AuditAction::Delete : AuditAction::Restore, uuid);
        emit trashChanged(uuid, trashed);
    }
    else
        emit saveFailed(uuid, saveFailureMessage(m_path, error));
}

void DraftWorker::simulateFullDisk(bool full)
{
    if (!m_database)
        return;
    QSqlQuery q(m_database->connection());
    // SQLite refuses a limit below the current page count and keeps the current count instead, which is
    // exactly "no room to grow".
    q.exec(full ? QStringLiteral("PRAGMA max_page_count = 1") : QStringLiteral("PRAGMA max_page_count = 1073741823"));
}

void DraftWorker::enqueue(const OutboxItem& item)
{
    if (!m_outbox)
        return;
    QString error;
    const bool ok = m_outbox->enqueue(item, &error);
    if (ok)
        auditAction(AuditAction::Submit, item.applicationUuid, QStringLiteral("revision=%1").arg(item.revision));
    emit enqueued(item.applicationUuid, ok, ok ? QString() : saveFailureMessage(m_path, error));
}

void DraftWorker::withdraw(const QUuid& applicationUuid, int revision)
{
    if (!m_outbox)
        return;
    const bool ok = m_outbox->withdrawQueued(applicationUuid, revision, nullptr);
    if (ok)
        auditAction(AuditAction::Withdraw, applicationUuid, QStringLiteral("revision=%1").arg(revision));
    emit withdrawn(applicationUuid, ok);
}

void DraftWorker::loadOutboxItem(const QUuid& applicationUuid, int revision)
{
    if (!m_outbox)
        return;
    const auto item = m_outbox->item(applicationUuid, revision);
    emit outboxItemLoaded(applicationUuid, item.value_or(OutboxItem()), item.has_value());
}

void DraftWorker::loadAttempts(const QUuid& applicationUuid)
{
    if (m_outbox)
        emit attemptsLoaded(applicationUuid, m_outbox->attempts(applicationUuid));
}

void DraftWorker::listPages(const QUuid& applicationUuid)
{
    if (!m_pages)
        return;
    emit pagesChanged(applicationUuid, m_pages->listFor(applicationUuid));
}

void DraftWorker::savePage(PageRecord page)
{
    if (!m_pages)
        return;
    QString error;
    if (!m_pages->save(page, QDateTime::currentDateTimeUtc(), &error))
        emit pageSaveFailed(page.applicationUuid, saveFailureMessage(m_path, error));
    else
        auditEdit(page.applicationUuid, QStringLiteral("pages"));
    listPages(page.applicationUuid);
}

void DraftWorker::removePage(const QUuid& applicationUuid, const QUuid& pageId)
{
    if (!m_pages)
        return;
    QString error;
    if (!m_pages->remove(pageId, &error))
        emit pageSaveFailed(applicationUuid, saveFailureMessage(m_path, error));
    else
        auditEdit(applicationUuid, QStringLiteral("page removed: ") + pageId.toString(QUuid::WithoutBraces));
    listPages(applicationUuid);
}

void DraftWorker::arrangePages(const QUuid& applicationUuid, const QString& material, const QList<QUuid>& orderedIds)
{
    if (!m_pages)
        return;
    QString error;
    if (!m_pages->arrange(material, orderedIds, QDateTime::currentDateTimeUtc(), &error))
        emit pageSaveFailed(applicationUuid, saveFailureMessage(m_path, error));
    else
        auditEdit(applicationUuid, QStringLiteral("pages"));
    listPages(applicationUuid);
}

void DraftWorker::shutdown()
{
    m_audit.reset();
    m_outbox.reset();
    m_pages.reset();
    m_repository.reset();
    m_database.reset();
}

} // namespace mtb
