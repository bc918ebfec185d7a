#pragma once

#include "Quad.h"

#include <QString>
#include <opencv2/core.hpp>

namespace mtb {

// A paper format the rectified page is snapped to when the outline's true aspect ratio is close.
struct PaperSize
{
    QString name;         // "A4", "A5", "B5", "Letter", "" when no known format matched
    double widthMm = 0;   // portrait width
    double heightMm = 0;  // portrait height
};

struct Rectified
{
    cv::Mat page;             // upright-ish page at the requested dpi (portrait or landscape as captured)
    PaperSize paper;          // the format it was snapped to (or the measured aspect when none fits)
    double effectiveDpi = 0;  // source pixels per inch along the page: what the capture really resolves
};

// Undoes the perspective: estimates the page's true aspect ratio from the outline (not from the
// outline's pixel lengths, which perspective distorts), snaps to a known paper size when close, and
// warps to `targetDpi`.
class Rectifier
{
public:
    Rectified rectify(const cv::Mat& bgr, const Quad& corners, int targetDpi) const;
    static double trueAspectRatio(const Quad& corners, const cv::Size& imageSize); // long side / short side
};

} // namespace mtb
