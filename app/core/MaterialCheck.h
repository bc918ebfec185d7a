#pragma once

#include "Application.h"
#include "Catalog.h"
#include "FieldIssue.h"

#include <QCoreApplication>

namespace mtb {

// What "mark ready" needs from the attached pages: at least one page in every material slot the
// chosen diseases and the channel require (and a 委托书 when someone applies on the applicant's
// behalf), and no page the quality gate flagged unless staff accepted it with a reason. A page whose
// outline the detector was unsure of and nobody has checked is a warning, not an error.
class MaterialCheck
{
    Q_DECLARE_TR_FUNCTIONS(MaterialCheck)
public:
    struct PageState
    {
        QString material;
        QString sourceName;
        QStringList issues; // quality-gate keys
        bool accepted = false;
        bool outlineToCheck = false; // PageRecord::outlineToCheck
    };

    explicit MaterialCheck(const Catalog& catalog) : m_catalog(catalog) {}
    QStringList requiredMaterials(const Application& application) const;
    // Issues are reported on the field "materials".
    QList<FieldIssue> check(const Application& application, const QList<PageState>& pages) const;
    // Pages whose uncertain outline nobody has checked (the warning in check(); "mark ready" asks).
    static int uncheckedOutlines(const QList<PageState>& pages);

private:
    const Catalog& m_catalog;
};

} // namespace mtb
