#pragma once

#include "PageRecord.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace mtb {

// The band on a page's thumbnail: what staff should do about the page, if anything. Red blocks
// submission, amber was accepted with a reason, blue asks for a look at an uncertain outline.
struct PageBadge
{
    Q_DECLARE_TR_FUNCTIONS(PageBadge)
public:
    QColor colour; // invalid: no band
    QString label;

    static PageBadge of(const PageRecord& page);
};

} // namespace mtb
