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
    double confidence = 0;  // 0..1, how sure the detector is; low values open the corner editor
};

// Finds the page in a BGR image: a photo (phone, 高拍仪) or a flatbed scan.
class PageDetector
{
public:
    Detection detect(const cv::Mat& bgr) const;
};

} // namespace mtb
