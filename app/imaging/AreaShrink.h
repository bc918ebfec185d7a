#pragma once

#include <opencv2/core.hpp>

namespace mtb {

// An INTER_AREA reduction to `target` done as exact 2x halvings followed by one general step.
// OpenCV's area reduction is fast only for whole ratios like 2x; a ratio like 5.3x takes its general
// path, several times slower (docs/scanning.md, "Page localisation", working copy). An odd last row or
// column is dropped before each halving, so the result covers `covered` source pixels from the top
// left: a result pixel x maps to source x_src = (x + 0.5) * covered.width / target.width - 0.5.
cv::Mat shrinkArea(const cv::Mat& src, cv::Size target, cv::Size* covered = nullptr);

} // namespace mtb
