#include "AuditRecorder.h"

#include "AuditAction.h"
#include "StaffIdentity.h"

#include <QtGlobal>

namespace mtb {

AuditRecorder::AuditRecorder(QSqlDatabase& db, std::shared_ptr<const KeyRing> keys)
    : m_log(db, std::move(keys))
{
}

AuditActor AuditRecorder::actorOf(const StaffIdentity& staff)
{
    const QString site =
        staff.fixmedinsCode.isEmpty() ? staff.optins : staff.optins + u'/' + staff.fixmedinsCode;
    return {staff.opterId, staff.roleKey(), site};
}

void AuditRecorder::setActor(const AuditActor& actor)
{
    if (actor == m_actor)
        return;
    m_actor = actor;
    m_lastEdit.clear(); // another person's first edit is always recorded
}

bool AuditRecorder::record(const QString& action, const QString& object, const QString& detail,
                           const QDateTime& now)
{
    QString error;
    if (m_log.append({m_actor, action, object, detail}, now, &error))
        return true;
    qWarning("audit: could not record \"%s\": %s", qPrintable(action), qPrintable(error));
    return false;
}

bool AuditRecorder::recordEdit(const QString& object, const QString& detail, const QDateTime& now)
{
    const QString key = object + u'\n' + detail;
    const QDateTime last = m_lastEdit.value(key);
    if (last.isValid() && last.secsTo(now) < kEditWindowSecs && last <= now)
        return true;
    if (!record(AuditAction::Edit, object, detail, now))
        return false;
    m_lastEdit.insert(key, now);
    return true;
}

} // namespace mtb
