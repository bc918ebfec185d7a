#include "StaffIdentity.h"

#include <QCoreApplication>

namespace mtb {

namespace {
const QLatin1String kOpterId("opter_id");
const QLatin1String kOpterName("opter_name");
const QLatin1String kRole("role");
const QLatin1String kOptins("optins");
const QLatin1String kSiteName("site_name");
const QLatin1String kFixmedinsCode("fixmedins_code");
} // namespace

std::optional<StaffIdentity> StaffIdentity::fromJson(const QJsonObject& staffJson)
{
    StaffIdentity s;
    s.opterId = staffJson.value(kOpterId).toString().trimmed();
    s.opterName = staffJson.value(kOpterName).toString();
    const auto role = roleFromKey(staffJson.value(kRole).toString());
    s.optins = staffJson.value(kOptins).toString().trimmed();
    s.siteName = staffJson.value(kSiteName).toString();
    s.fixmedinsCode = staffJson.value(kFixmedinsCode).toString().trimmed();
    if (s.opterId.isEmpty() || s.optins.isEmpty() || !role)
        return std::nullopt;
    s.role = *role;
    if (s.role == Role::HospitalClerk && s.fixmedinsCode.isEmpty())
        return std::nullopt;
    return s;
}

QJsonObject StaffIdentity::toJson() const
{
    return QJsonObject{{kOpterId, opterId}, {kOpterName, opterName}, {kRole, roleKey()},
                       {kOptins, optins},   {kSiteName, siteName},   {kFixmedinsCode, fixmedinsCode}};
}

bool StaffIdentity::may(Permission permission) const
{
    switch (permission) {
    case Permission::ViewAuditLog:
    case Permission::ExportAuditLog:
    case Permission::ApproveQualityOverride:
    case Permission::ChangeSecuritySettings:
        return role == Role::Supervisor;
    }
    return false;
}

QString StaffIdentity::roleKey() const
{
    switch (role) {
    case Role::Counter:
        return QStringLiteral("counter");
    case Role::HospitalClerk:
        return QStringLiteral("hospital");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    }
    return {};
}

std::optional<StaffIdentity::Role> StaffIdentity::roleFromKey(const QString& key)
{
    if (key == QLatin1String("counter"))
        return Role::Counter;
    if (key == QLatin1String("hospital"))
        return Role::HospitalClerk;
    if (key == QLatin1String("supervisor"))
        return Role::Supervisor;
    return std::nullopt;
}

QString StaffIdentity::roleDisplayName(Role role)
{
    switch (role) {
    case Role::Counter:
        return QCoreApplication::translate("StaffIdentity", "Counter staff");
    case Role::HospitalClerk:
        return QCoreApplication::translate("StaffIdentity", "Hospital clerk");
    case Role::Supervisor:
        return QCoreApplication::translate("StaffIdentity", "Supervisor");
    }
    return {};
}

} // namespace mtb
