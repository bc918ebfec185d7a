#pragma once

#include "PageDetector.h"

#include <QList>
#include <QString>
#include <opencv2/core.hpp>

namespace mtb {

// Why a page would not be accepted by reviewers (清晰、完整、无遮挡). The keys are the CLI contract.
enum class QualityIssue { Blur, Glare, CutOff, LowResolution, TooDark, Blank };
QString qualityIssueKey(QualityIssue issue);  // "blur", "glare", "cut_off", "low_resolution", "too_dark", "blank"
QString qualityIssueText(QualityIssue issue); // translated sentence for staff

struct QualityReport
{
    QList<QualityIssue> issues; // empty for a good page
    double sharpness = 0;       // measured figures, for the log and for tuning
    double glareFraction = 0;
    double meanLuminance = 0;
    double inkCoverage = 0;
    double effectiveDpi = 0;
    bool ok() const { return issues.isEmpty(); }
};

// Judges a page from the rectified (not yet enhanced) image, the detection and the effective dpi.
class QualityGate
{
public:
    // Effective resolution below which a page is flagged low_resolution (small print stops being
    // legible), and below which the UI should insist on a new capture instead of only warning.
    static constexpr double kWarnDpi = 150;
    static constexpr double kRefuseDpi = 100;

    // `pageDpi` is the resolution of `rectifiedBgr` itself (the pipeline's output dpi); 0 estimates it
    // from the long side as if the page were A4.
    QualityReport assess(const cv::Mat& rectifiedBgr, const Detection& detection, double effectiveDpi,
                         double pageDpi = 0) const;
};

} // namespace mtb
