#include "AccessScope.h"

namespace mtb {

namespace {
// 511300 -> "5113", 510000 -> "51", 511302 -> "" (a county-level site covers only itself).
QString coveredPrefix(const QString& optins)
{
    if (optins.size() != 6)
        return {};
    if (optins.endsWith(QLatin1String("0000")))
        return optins.left(2);
    if (optins.endsWith(QLatin1String("00")))
        return optins.left(4);
    return {};
}
} // namespace

AccessScope AccessScope::everything()
{
    return AccessScope();
}

AccessScope AccessScope::forStaff(const StaffIdentity& staff)
{
    AccessScope s;
    s.m_optins = staff.optins;
    s.m_createdBy = staff.opterId;
    switch (staff.role) {
    case StaffIdentity::Role::Counter:
        s.m_kind = Kind::Site;
        break;
    case StaffIdentity::Role::HospitalClerk:
        s.m_kind = Kind::Institution;
        s.m_fixmedins = staff.fixmedinsCode;
        break;
    case StaffIdentity::Role::Supervisor:
        s.m_prefix = coveredPrefix(staff.optins);
        s.m_kind = s.m_prefix.isEmpty() ? Kind::Site : Kind::SiteAndBelow;
        break;
    }
    return s;
}

QString AccessScope::sqlCondition() const
{
    switch (m_kind) {
    case Kind::Everything:
        return QStringLiteral("1");
    case Kind::Site:
        return QStringLiteral("owner_optins = :scope_optins");
    case Kind::SiteAndBelow:
        return QStringLiteral("(owner_optins = :scope_optins OR (length(owner_optins) = 6 AND"
                              " substr(owner_optins, 1, length(:scope_prefix)) = :scope_prefix))");
    case Kind::Institution:
        return QStringLiteral("owner_fixmedins = :scope_fixmedins");
    }
    return QStringLiteral("0");
}

QVariantMap AccessScope::bindValues() const
{
    switch (m_kind) {
    case Kind::Everything:
        return {};
    case Kind::Site:
        return {{QStringLiteral(":scope_optins"), m_optins}};
    case Kind::SiteAndBelow:
        return {{QStringLiteral(":scope_optins"), m_optins}, {QStringLiteral(":scope_prefix"), m_prefix}};
    case Kind::Institution:
        return {{QStringLiteral(":scope_fixmedins"), m_fixmedins}};
    }
    return {};
}

bool AccessScope::permits(const QString& ownerOptins, const QString& ownerFixmedins) const
{
    switch (m_kind) {
    case Kind::Everything:
        return true;
    case Kind::Site:
        return !ownerOptins.isEmpty() && ownerOptins == m_optins;
    case Kind::SiteAndBelow:
        return !ownerOptins.isEmpty() &&
               (ownerOptins == m_optins || (ownerOptins.size() == 6 && ownerOptins.startsWith(m_prefix)));
    case Kind::Institution:
        return !ownerFixmedins.isEmpty() && ownerFixmedins == m_fixmedins;
    }
    return false;
}

} // namespace mtb
