#include "StaffIdentity.h"

#include <QCoreApplication>

namespace mtb {

namespace {
// Plain constants, not QString/QLatin1String objects: identities are also built during static
// initialisation (tests' fixtures), before any dynamically initialised global of this file would be.
constexpr char kOpterId[] = "opter_id";
constexpr char kOpterName[] = "opter_name";
constexpr char kRole[] = "role";
constexpr char kOptins[] = "optins";
constexpr char kSiteName[] = "site_name";
constexpr char kFixmedinsCode[] = "fixmedins_code";
} // namespace

std::optional<StaffIdentity> StaffIdentity::fromJson(const QJsonObject& staffJson)
{
    StaffIdentity s;
    s.opterId = staffJson.value(QLatin1String(kOpterId)).toString().trimmed();
    s.opterName = staffJson.value(QLatin1String(kOpterName)).toString();
    const auto role = roleFromKey(staffJson.value(QLatin1String(kRole)).toString());
    s.optins = staffJson.value(QLatin1String(kOptins)).toString().trimmed();
    s.siteName = staffJson.value(QLatin1String(kSiteName)).toString();
    s.fixmedinsCode = staffJson.value(QLatin1String(kFixmedinsCode)).toString().trimmed();
    if (s.opterId.isEmpty() || s.optins.isEmpty() || !role)
        return std::nullopt;
    s.role = *role;
    if (s.role == Role::HospitalClerk && s.fixmedinsCode.isEmpty())
        return std::nullopt;
    return s;
}

QJsonObject StaffIdentity::toJson() const
{
    return QJsonObject{{QLatin1String(kOpterId), opterId},   {QLatin1String(kOpterName), opterName},
                       {QLatin1String(kRole), roleKey()},    {QLatin1String(kOptins), optins},
                       {QLatin1String(kSiteName), siteName}, {QLatin1String(kFixmedinsCode), fixmedinsCode}};
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
