#include "PageBadge.h"

#include "QualityIssueLabel.h"

namespace mtb {

PageBadge PageBadge::of(const PageRecord& p)
{
    if (!p.issues.isEmpty()) {
        if (!p.blocksSubmission())
            return {QColor(0xf2, 0xb7, 0x05), tr("accepted")};
        // "Cut off" judged from an outline the detector was unsure of is most often the outline's
        // fault (5 of 6 wrong cut-off flags on the bench's dev seeds had an uncertain outline, 1 of 19
        // right ones, measured 25 Nov 2026, third session): checking the corners is the first step,
        // and the verdict follows the corrected ones.
        const bool outlineFirst = p.outlineToCheck && p.issues.contains(QStringLiteral("cut_off"));
        return {QColor(0xb3, 0x26, 0x1e),
                outlineFirst ? tr("check corners") : QualityIssueLabel::of(p.issues.first())};
    }
    if (p.outlineToCheck)
        return {QColor(0x1f, 0x5f, 0xa8), tr("check corners")};
    return {};
}

} // namespace mtb
