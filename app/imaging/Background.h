#pragma once
// Private helpers shared by the enhancer and the quality gate (not part of the imaging contracts).

#include <opencv2/core.hpp>

namespace mtb::detail {

// Paper brightness under the page, per channel: the page with the ink removed. Estimated at 1/8
// scale (a large closing on a small image costs a few milliseconds instead of a 95x95 filter at
// full size) and returned at `scale` (1 = the size of `page`, 8 = the small image itself).
cv::Mat estimateBackground(const cv::Mat& page, int scale = 1);

// Divides the page by its background (scale 255): paper becomes ~255 everywhere, shadows and
// lighting gradients disappear, ink keeps its contrast relative to the paper around it.
cv::Mat flattenIllumination(const cv::Mat& page);

} // namespace mtb::detail
