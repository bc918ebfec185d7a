#pragma once

#include "PageRecord.h"

#include <QSqlDatabase>

namespace mtb {

// Page rows in SQLite. Synchronous; used on the storage thread (and directly by the CLI and tests).
class PageRepository
{
public:
    explicit PageRepository(QSqlDatabase& db) : m_db(db) {}

    bool save(PageRecord& page, const QDateTime& now, QString* error); // insert or replace by id
    QList<PageRecord> listFor(const QUuid& applicationUuid, QString* error = nullptr);
    bool remove(const QUuid& pageId, QString* error);
    // Puts pages in this order (and into this material) in one transaction: drag and drop, moves.
    bool arrange(const QString& material, const QList<QUuid>& orderedIds, const QDateTime& now, QString* error);

private:
    QSqlDatabase& m_db;
};

} // namespace mtb
