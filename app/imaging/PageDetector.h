#pragma once

#include "Quad.h"

#include <opencv2/core.hpp>

namespace mtb {

// Where the page is in a photo or scan.
struct Detection
{
    bool found = false;     // false: no page-like outline; corners are then the whole frame
    Quad corners;           // TL, TR, BR, BL in source pixels (may lie outside the frame when cut off)
    bool complete = true;   // false when the page runs off the frame (a corner or edge is outside it)
    double confidence = 0;  // 0..1, how sure the detector is of the outline it found

    // Below this confidence a found outline is worth a look from staff. On the localisation bench's
    // development seeds it marks 10 of 15 wrong outlines (Jaccard < 0.95) and 3 of 175 right ones
    // (docs/benchmarks.md). Not found is not uncertain: the whole frame is used, which is what a flat
    // scan of a full page needs, and the thumbnail shows a photo's background plainly.
    static constexpr double kUncertainBelow = 0.8;
    bool outlineUncertain() const { return found && confidence < kUncertainBelow; }
};

// Finds the page in a BGR image: a photo (phone, 高拍仪) or a flatbed scan.
class PageDetector
{
public:
    Detection detect(const cv::Mat& bgr) const;
};

} // namespace mtb
