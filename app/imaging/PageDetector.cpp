#include "PageDetector.h"

namespace mtb {

// Placeholder until the real detector lands: the whole frame, not found.
Detection PageDetector::detect(const cv::Mat& bgr) const
{
    Detection d;
    d.corners = Quad::fromRect(bgr.size());
    return d;
}

} // namespace mtb
