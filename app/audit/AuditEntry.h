#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace mtb {

// Who is at the desk, as the audit log records it: the staff member's account (opter_id), role key and
// site. Never a name of an applicant; the staff account is the accountable party.
struct AuditActor
{
    QString id;   // opter_id, e.g. "nc-counter-01"
    QString role; // "counter", "hospital", "supervisor" (StaffIdentity::roleKey())
    QString site; // optins, or "optins/fixmedins" for a hospital clerk
    bool operator==(const AuditActor&) const = default;
};

// Something to record: what was done to which object. `detail` is short, machine-made text (a
// material code, a count, a field list) and never personal data: no names, ID numbers, diagnoses,
// free text typed by staff, or file paths (a path can hold a person's name).
struct AuditEvent
{
    AuditActor actor;
    QString action; // one of AuditAction
    QString object; // application uuid, page id, or empty
    QString detail;
};

// One stored entry of the chain. Text fields are kept exactly as stored, because the hash covers the
// stored bytes (the time in particular is never re-formatted).
struct AuditEntry
{
    qint64 seq = 0;
    QString at; // UTC, ISO 8601 with milliseconds: "2026-11-25T01:20:17.123Z"
    QString actor;
    QString role;
    QString site;
    QString action;
    QString object;
    QString detail;
    QString prevHash; // hex SHA-256 of the previous entry; 64 zeros for the first
    QString hash;     // hex SHA-256 of this entry's canonical encoding (AuditChain)

    QDateTime time() const { return QDateTime::fromString(at, Qt::ISODateWithMs); }
};

// Which entries to show or export. Empty members do not filter.
struct AuditQuery
{
    QDateTime from; // inclusive
    QDateTime to;   // exclusive
    QString actor;  // exact account
    QString action; // exact action key
    QString object; // exact object
    int limit = 0;  // 0: no limit; otherwise the newest `limit` matching entries
};

} // namespace mtb

Q_DECLARE_METATYPE(mtb::AuditActor)
Q_DECLARE_METATYPE(mtb::AuditEvent)
Q_DECLARE_METATYPE(mtb::AuditEntry)
Q_DECLARE_METATYPE(mtb::AuditQuery)
