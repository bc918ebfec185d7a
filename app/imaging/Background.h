#pragma once
// Private helpers shared by the enhancer and the quality gate (not part of the imaging contracts).

#include <opencv2/core.hpp>

namespace mtb::detail {

// Paper brightness under the page, per channel: the page with the ink removed. Estimated at 1/8
// scale (a large closing on a small image costs a few milliseconds instead of a 95x95 filter at
// full size) and returned at `scale` (1 = the size of `page`, 8 = the small image itself).
cv::Mat estimateBackground(const cv::Mat& page, int scale = 1);
// The same in two steps: the 1/8-scale estimate, and that estimate brought to `size` (bilinear), for
// callers that need both (the quality gate).
cv::Mat estimateBackgroundSmall(const cv::Mat& page);
cv::Mat upscaleBackground(const cv::Mat& small, const cv::Size& size);

// Divides the page by its background (scale 255): paper becomes ~255 everywhere, shadows and
// lighting gradients disappear, ink keeps its contrast relative to the paper around it. With `curve`
// (256 entries), each result v is mapped to curve[v] in the same pass.
cv::Mat flattenIllumination(const cv::Mat& page, const uchar* curve = nullptr);

} // namespace mtb::detail
