#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace mtb {

// The staff member signed in at this desk, as the central service described them at login
// (docs/api.md "Authentication"). The role decides what they may see (scope) and do (permissions);
// see docs/signin.md for the table.
struct StaffIdentity
{
    enum class Role {
        Counter,       // 经办机构窗口: applications accepted at their site (optins)
        HospitalClerk, // 定点医疗机构: only applications from their own institution (fixmedinsCode)
        Supervisor,    // 审核/主管: their site's applications, the audit log, quality-gate overrides
    };

    enum class Permission {
        ViewAuditLog,
        ExportAuditLog,
        ApproveQualityOverride, // accept a page the quality gate refused, with a reason
        ChangeSecuritySettings, // idle-lock time, offline validity, retention
    };

    QString opterId; // the user name, e.g. "nc-counter-01"
    QString opterName;
    Role role = Role::Counter;
    QString optins; // 经办机构医保区划 of the staff member's site (6 digits)
    QString siteName;
    QString fixmedinsCode; // hospital clerks only: their institution's code

    // nullopt when the object lacks an id, an optins or a known role, or a hospital clerk lacks an
    // institution: such an identity could not be scoped, so it must not sign anyone in.
    static std::optional<StaffIdentity> fromJson(const QJsonObject& staffJson);
    QJsonObject toJson() const;

    bool may(Permission permission) const;

    // "counter", "hospital" or "supervisor", as on the wire.
    QString roleKey() const;
    static std::optional<Role> roleFromKey(const QString& key);
    // A translated role name for the window title and the lock screen.
    static QString roleDisplayName(Role role);

    friend bool operator==(const StaffIdentity&, const StaffIdentity&) = default;
};

} // namespace mtb
