#include "Quad.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace mtb {

Quad Quad::ordered(const std::array<cv::Point2f, 4>& corners)
{
    cv::Point2f c(0, 0);
    for (const auto& p : corners)
        c += p * 0.25f;
    std::array<cv::Point2f, 4> sorted = corners;
    // Image y grows downwards, so increasing atan2 goes clockwise on screen: TL, TR, BR, BL.
    std::sort(sorted.begin(), sorted.end(), [&](const cv::Point2f& a, const cv::Point2f& b) {
        return std::atan2(a.y - c.y, a.x - c.x) < std::atan2(b.y - c.y, b.x - c.x);
    });
    // Start at the corner closest to "top-left" (smallest x + y).
    const auto first = std::min_element(sorted.begin(), sorted.end(),
                                        [](const cv::Point2f& a, const cv::Point2f& b) { return a.x + a.y < b.x + b.y; });
    std::rotate(sorted.begin(), first, sorted.end());
    return Quad{sorted};
}

double Quad::area() const
{
    std::vector<cv::Point2f> poly(pts.begin(), pts.end());
    return std::abs(cv::contourArea(poly));
}

Quad Quad::scaled(double factor) const
{
    Quad q = *this;
    for (auto& p : q.pts)
        p *= float(factor);
    return q;
}

} // namespace mtb
