#pragma once

#include "Application.h"
#include "DraftSummary.h"
#include "RecordCipher.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

namespace mtb {

// Drafts and applications in SQLite, one row per client UUID. Synchronous: call it from one thread
// (the storage worker in the GUI, directly in the CLI and tests).
// The document and the list columns that identify the person (name, ID number, phone, diagnoses) are
// stored encrypted under the keys (RecordCipher); uuid, state, revision, application number and times
// stay plain so the list can be sorted and the outbox joined without keys (docs/encryption.md).
class DraftRepository
{
public:
    DraftRepository(QSqlDatabase& db, std::shared_ptr<const KeyRing> keys) : m_db(db), m_cipher(std::move(keys)) {}

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

    // The plaintext inside the encrypted summary column (also used by the one-time upgrade).
    static QByteArray encodeSummary(const QString& psnName, const QString& certno, const QString& tel,
                                    const QString& diseaseNames);
    static void decodeSummary(const QByteArray& json, DraftSummary& into);

private:
    QSqlDatabase& m_db;
    RecordCipher m_cipher;
};

} // namespace mtb
