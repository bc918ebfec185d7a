#include "QualityIssueLabel.h"

namespace mtb {

QString QualityIssueLabel::of(const QString& key)
{
    if (key == u"blur")
        return tr("blurred");
    if (key == u"glare")
        return tr("glare");
    if (key == u"cut_off")
        return tr("cut off");
    if (key == u"low_resolution")
        return tr("too small");
    if (key == u"too_dark")
        return tr("too dark");
    if (key == u"blank")
        return tr("blank");
    return key;
}

} // namespace mtb
