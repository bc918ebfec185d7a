#pragma once

#include "PageRecord.h"
#include "RecordCipher.h"

#include <QSqlDatabase>
#include <memory>

namespace mtb {

// Page rows in SQLite. Synchronous; used on the storage thread (and directly by the CLI and tests).
// The imported file's name and the override reason are stored encrypted (a file is often named after
// the person, a reason may quote the diagnosis); geometry, hashes and quality keys stay plain.
class PageRepository
{
public:
    PageRepository(QSqlDatabase& db, std::shared_ptr<const KeyRing> keys) : m_db(db), m_cipher(std::move(keys)) {}

    bool save(PageRecord& page, const QDateTime& now, QString* error); // insert or replace by id
    QList<PageRecord> listFor(const QUuid& applicationUuid, QString* error = nullptr);
    bool remove(const QUuid& pageId, QString* error);
    // Puts pages in this order (and into this material) in one transaction: drag and drop, moves.
    bool arrange(const QString& material, const QList<QUuid>& orderedIds, const QDateTime& now, QString* error);

private:
    QSqlDatabase& m_db;
    RecordCipher m_cipher;
};

} // namespace mtb
