#pragma once

#include <QString>
#include <QStringList>

namespace mtb {

// The action keys of the audit log, as stored (English, stable: they are part of the hashed entry).
namespace AuditAction {
inline const QString View = QStringLiteral("view"); // an application was opened
inline const QString Edit = QStringLiteral("edit"); // saved (coalesced, see AuditRecorder)
inline const QString Print = QStringLiteral("print");
inline const QString Export = QStringLiteral("export");     // a material saved as PDF
inline const QString Submit = QStringLiteral("submit");     // frozen into the outbox
inline const QString Withdraw = QStringLiteral("withdraw"); // taken back from the outbox
inline const QString Delete = QStringLiteral("delete");     // moved to the trash
inline const QString Restore = QStringLiteral("restore");
inline const QString Override = QStringLiteral("override"); // a flagged page accepted with a reason
inline const QString SignIn = QStringLiteral("sign_in");
inline const QString SignInFailed = QStringLiteral("sign_in_failed");
inline const QString SignOut = QStringLiteral("sign_out");
inline const QString Lock = QStringLiteral("lock");
inline const QString Unlock = QStringLiteral("unlock");
inline const QString AuditView = QStringLiteral("audit_view");
inline const QString AuditExport = QStringLiteral("audit_export");
inline const QString Purge = QStringLiteral("purge"); // a confirmed application's local copy removed
// The site passphrase was changed in Settings (object "keyvault").
inline const QString KeyChange = QStringLiteral("key_change");

inline QStringList all()
{
    return {View,   Edit,     Print,  Export,  SignIn,   SignInFailed, SignOut,     Lock,  Unlock,
            Submit, Withdraw, Delete, Restore, Override, AuditView,    AuditExport, Purge, KeyChange};
}
} // namespace AuditAction

} // namespace mtb
