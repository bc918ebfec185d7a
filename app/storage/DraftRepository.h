#pragma once

#include "AccessScope.h"
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

    // Every read and write below is limited to this scope (the signed-in staff member's role, see
    // AccessScope); the default, everything, is for the program's own work. New rows record the
    // scope's owner site, institution and creator.
    void setScope(AccessScope scope) { m_scope = std::move(scope); }
    const AccessScope& scope() const { return m_scope; }
    // Rows saved before sign-in existed (created_by NULL) take the scope's owner where they have none:
    // they were this PC's own work, which everyone at it could see. Returns how many; staff scopes only.
    int claimLegacy(QString* error = nullptr);
    // What load(), save() and the trash operations report for an application outside the scope.
    static QString outOfScopeMessage();

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
    static void decodeSummary(const QByteArray& bytes, DraftSummary& into);

private:
    QSqlDatabase& m_db;
    RecordCipher m_cipher;
    AccessScope m_scope;
};

} // namespace mtb
