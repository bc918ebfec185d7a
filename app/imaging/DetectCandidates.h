#pragma once

// Internals of PageDetector (docs/scanning.md "Page localisation"): candidate quads from contours,
// paper-coloured regions and line segments, scored on a working copy of ~900 px, then refined at
// full resolution. Exposed for the benchmark and tests only.

#include "Quad.h"

#include <opencv2/core.hpp>

#include <vector>

namespace mtb::detect {

struct Result
{
    bool found = false;
    Quad corners;          // image order (Quad::ordered), full-resolution pixels, may lie outside
    bool complete = true;
    double confidence = 0;
    double score = 0;      // raw candidate score
    int candidates = 0;    // how many quads were scored
};

// bgr: 8-bit, 3 channels, at least 16x16.
Result findPage(const cv::Mat& bgr);

// Score of a given quad (full-resolution px) under the detector's scoring, for diagnostics.
double scoreCandidate(const cv::Mat& bgr, const Quad& q);

// Area shared by two convex quads (any corner order and orientation), as used to compare candidates.
double overlapArea(const Quad& a, const Quad& b);

// The textbook baseline (gray Canny + largest 4-gon contour, 10% minimum area) for benchmark comparison.
Result baselineLargestContour(const cv::Mat& bgr);

} // namespace mtb::detect
