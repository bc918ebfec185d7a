#pragma once

#include "AuditEntry.h"
#include "AuditLog.h"

#include <QHash>

namespace mtb {

struct StaffIdentity;

// The storage thread's side of the audit log: who is at the desk now, and one entry per thing done.
// Autosave writes an application every few seconds while staff type; recording each of those would
// bury the log, so edits are coalesced: one "edit" entry per actor, object and kind of edit within
// kEditWindowSecs. Everything else (view, delete, restore, submit, export, override, purge ...) is
// recorded every time.
class AuditRecorder
{
public:
    static constexpr int kEditWindowSecs = 5 * 60;

    AuditRecorder(QSqlDatabase& db, std::shared_ptr<const KeyRing> keys);

    // How the log names a signed-in staff member: account, role key, and site (optins, or
    // "optins/fixmedins" for a hospital clerk).
    static AuditActor actorOf(const StaffIdentity& staff);

    void setActor(const AuditActor& actor);
    const AuditActor& actor() const { return m_actor; }
    AuditLog& log() { return m_log; }

    // Failures are logged (no personal data is in an entry) and returned; the action itself has
    // already happened, and an audit problem must not undo staff's work.
    bool record(const QString& action, const QString& object, const QString& detail, const QDateTime& now);
    bool recordEdit(const QString& object, const QString& detail, const QDateTime& now);

private:
    AuditLog m_log;
    AuditActor m_actor;
    QHash<QString, QDateTime> m_lastEdit; // object + detail -> when it was last recorded
};

} // namespace mtb
