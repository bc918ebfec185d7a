#include "AuditLogModel.h"

#include "AuditAction.h"
#include "AuditDetailText.h"
#include "StaffIdentity.h"

#include <QHash>
#include <QLocale>

namespace mtb {

void AuditLogModel::setEntries(const QList<AuditEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::actionName(const QString& key)
{
    static const QHash<QString, const char*> names{
        {AuditAction::View, QT_TR_NOOP("Viewed")},
        {AuditAction::Edit, QT_TR_NOOP("Edited")},
        {AuditAction::Print, QT_TR_NOOP("Printed")},
        {AuditAction::Export, QT_TR_NOOP("Exported")},
        {AuditAction::Submit, QT_TR_NOOP("Submitted")},
        {AuditAction::Withdraw, QT_TR_NOOP("Taken back from the outbox")},
        {AuditAction::Delete, QT_TR_NOOP("Moved to the trash")},
        {AuditAction::Restore, QT_TR_NOOP("Restored")},
        {AuditAction::Override, QT_TR_NOOP("Accepted a flagged page")},
        {AuditAction::SignIn, QT_TR_NOOP("Signed in")},
        {AuditAction::SignInFailed, QT_TR_NOOP("Sign-in failed")},
        {AuditAction::SignOut, QT_TR_NOOP("Signed out")},
        {AuditAction::Lock, QT_TR_NOOP("Locked")},
        {AuditAction::Unlock, QT_TR_NOOP("Unlocked")},
        {AuditAction::AuditView, QT_TR_NOOP("Read the audit log")},
        {AuditAction::AuditExport, QT_TR_NOOP("Exported the audit log")},
        {AuditAction::Purge, QT_TR_NOOP("Purged (retention)")},
        {AuditAction::KeyChange, QT_TR_NOOP("Changed the site passphrase")},
    };
    const char* name = names.value(key, nullptr);
    return name ? tr(name) : key;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Action)
        return e.action;
    if (role == Qt::ToolTipRole && index.column() == Seq)
        return tr("SHA-256 %1").arg(e.hash);
    // The stored words, as the export and the hash chain have them.
    if (role == Qt::ToolTipRole && index.column() == Detail)
        return e.detail;
    if (role == Qt::ToolTipRole && index.column() == Role)
        return e.role;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Seq:
        return e.seq;
    case Time:
        return QLocale().toString(e.time().toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Staff:
        return e.actor;
    case Role: {
        const auto known = StaffIdentity::roleFromKey(e.role);
        return known ? StaffIdentity::roleDisplayName(*known) : e.role;
    }
    case Site:
        return e.site;
    case Action:
        return actionName(e.action);
    case Object:
        return e.object;
    case Detail:
        return AuditDetailText::render(e.detail);
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("No.");
    case Time:
        return tr("Time");
    case Staff:
        return tr("Staff account");
    case Role:
        return tr("Role");
    case Site:
        return tr("Site");
    case Action:
        return tr("Action");
    case Object:
        return tr("Application or page");
    case Detail:
        return tr("Detail");
    }
    return {};
}

} // namespace mtb
