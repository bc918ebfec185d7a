#pragma once

#include <opencv2/core.hpp>

#include <array>

namespace mtb {

// A page outline: top-left, top-right, bottom-right, bottom-left, in source-image pixels.
struct Quad
{
    std::array<cv::Point2f, 4> pts{};

    static Quad fromRect(const cv::Size& size)
    {
        const float w = float(size.width), h = float(size.height);
        return Quad{{cv::Point2f(0, 0), cv::Point2f(w, 0), cv::Point2f(w, h), cv::Point2f(0, h)}};
    }
    // Puts four corners in TL, TR, BR, BL order (by angle around their centroid, starting top-left).
    static Quad ordered(const std::array<cv::Point2f, 4>& corners);
    double area() const;
    Quad scaled(double factor) const;
    bool operator==(const Quad& o) const { return pts == o.pts; }
};

} // namespace mtb
