#pragma once

#include "Application.h"
#include "DraftSummary.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace mtb {

// Drafts and applications in SQLite, one row per client UUID. Synchronous: call it from one thread
// (the storage worker in the GUI, directly in the CLI and tests).
class DraftRepository
{
public:
    explicit DraftRepository(QSqlDatabase& db) : m_db(db) {}

    // Inserts or replaces the application; sets updatedAt to `now`. One statement, so one transaction.
    bool save(Application& application, const QDateTime& now, QString* error);
    std::optional<Application> load(const QUuid& uuid, QString* error = nullptr);
    QVector<DraftSummary> listAll(QString* error = nullptr);
    int count();

    bool moveToTrash(const QUuid& uuid, const QDateTime& now, QString* error);
    bool restore(const QUuid& uuid, QString* error);

    // Imports application documents in one transaction: all or nothing. A document without a uuid
    // gets a new one; a uuid that already exists is refused, never overwritten. Returns the uuids.
    QList<QUuid> importDocuments(const QJsonArray& documents, const QDateTime& now, QString* error);

private:
    QSqlDatabase& m_db;
};

} // namespace mtb
