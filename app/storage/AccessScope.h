#pragma once

#include "StaffIdentity.h"

#include <QString>
#include <QVariantMap>

namespace mtb {

// Which applications a staff member may see and change, enforced by DraftRepository in its SQL
// (issue 5 "Roles", docs/signin.md):
//   counter staff  - applications owned by their site (owner_optins = their optins);
//   hospital clerk - only applications owned by their institution (owner_fixmedins);
//   supervisor     - their site's; a supervisor at a prefecture or province centre (a GB/T 2260 code
//                    ending in 00 or 0000, e.g. 511300) covers the sites under it (5113xx).
// Rows without an owner match no staff scope. "Everything" is for the program's own work that is
// nobody's view (the sync engine, migrations, administrative CLI commands without a user).
class AccessScope
{
public:
    static AccessScope everything();
    static AccessScope forStaff(const StaffIdentity& staff);

    bool isEverything() const { return m_kind == Kind::Everything; }
    // A boolean SQL expression over the applications table's owner columns, with :scope_* parameters;
    // bind them with bindValues().
    QString sqlCondition() const;
    QVariantMap bindValues() const;
    // The same rule in C++, for rows already read.
    bool permits(const QString& ownerOptins, const QString& ownerFixmedins) const;

    // What a new row records as its owner and creator (null for "everything": no owner yet).
    QString ownerOptins() const { return m_optins; }
    QString ownerFixmedins() const { return m_fixmedins; }
    QString createdBy() const { return m_createdBy; }

private:
    enum class Kind { Everything, Site, SiteAndBelow, Institution };
    Kind m_kind = Kind::Everything;
    QString m_optins;
    QString m_fixmedins;
    QString m_createdBy;
    QString m_prefix; // SiteAndBelow: the leading digits the covered codes share
};

} // namespace mtb
