#pragma once

#include "AuditEntry.h"

#include <QSqlDatabase>

#include <memory>

namespace mtb {

class KeyRing;

// The tamper-evident audit log in the drafts database (table audit_log, migration 7): append-only,
// each entry chained to the previous one by SHA-256, the head authenticated with the desk's audit key
// (AuditChain). Synchronous; use it from the thread that owns the connection (the storage thread in
// the GUI, directly in the CLI and tests).
//
// A chain whose head does not verify is never re-signed: new entries are still written (an audit log
// that stops recording is worse), but the head stays unsigned, so `audit verify` keeps reporting the
// damage instead of the next append blessing a rebuilt chain.
class AuditLog
{
public:
    // keys may be null (no unlocked key ring): entries are chained but the head is not signed.
    AuditLog(QSqlDatabase& db, std::shared_ptr<const KeyRing> keys);

    // Appends in its own write transaction (BEGIN IMMEDIATE, so two processes never fork the chain).
    bool append(const AuditEvent& event, const QDateTime& now, QString* error);
    // For a caller that already holds a write transaction (the purge records each removal with it).
    bool appendInTransaction(const AuditEvent& event, const QDateTime& now, QString* error);

    QList<AuditEntry> entries(const AuditQuery& query, QString* error = nullptr) const;
    qint64 count() const;

private:
    QSqlDatabase& m_db;
    std::shared_ptr<const KeyRing> m_keys;
};

} // namespace mtb
