#include "Enhancer.h"

#include "Background.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/ximgproc.hpp>

#include <algorithm>
#include <cmath>

namespace mtb {

namespace detail {

namespace {
// 1/8 scale: at 200 dpi one small pixel is 1 mm. The closing kernel (9 small px, ~9 mm) is wider than
// any stroke and than a 五号/小四 glyph, so it removes the ink and keeps the paper; the median then
// removes what is left of dense blocks (table rules, seals) and the blur smooths the upscaling.
constexpr int kBackgroundScale = 8;
constexpr int kCloseKernel = 9;
constexpr int kMedian = 5;
} // namespace

cv::Mat estimateBackground(const cv::Mat& page, int scale)
{
    const cv::Size small(std::max(1, page.cols / kBackgroundScale), std::max(1, page.rows / kBackgroundScale));
    cv::Mat bg;
    cv::resize(page, bg, small, 0, 0, cv::INTER_AREA);
    static const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_ELLIPSE, {kCloseKernel, kCloseKernel});
    cv::morphologyEx(bg, bg, cv::MORPH_CLOSE, kernel, {-1, -1}, 1, cv::BORDER_REPLICATE);
    if (std::min(bg.cols, bg.rows) > kMedian)
        cv::medianBlur(bg, bg, kMedian);
    cv::blur(bg, bg, {3, 3}, {-1, -1}, cv::BORDER_REPLICATE);
    if (scale == kBackgroundScale)
        return bg;
    const cv::Size target = scale <= 1 ? page.size()
                                       : cv::Size(std::max(1, page.cols / scale), std::max(1, page.rows / scale));
    cv::Mat up;
    cv::resize(bg, up, target, 0, 0, cv::INTER_LINEAR);
    return up;
}

cv::Mat flattenIllumination(const cv::Mat& page)
{
    const cv::Mat bg = estimateBackground(page);
    cv::Mat out;
    cv::divide(page, cv::max(bg, 1), out, 255.0); // 8-bit in, 8-bit out, saturated
    return out;
}

} // namespace detail

namespace {

// After the division paper sits at ~255 with a little noise, ink well below. The curve maps
// everything above kWhitePoint to pure white (clean, compressible background), stretches the rest
// and darkens mid-tones (gamma > 1) so faint ballpoint and thin strokes get darker. Chosen by eye on
// rendered pages under gradients and on phone photos of prescriptions; paper noise (sigma ~5 after
// division) stays above the white point.
constexpr double kWhitePoint = 222;
constexpr double kBlackPoint = 24;
constexpr double kGamma = 1.5;

const cv::Mat& toneCurve()
{
    static const cv::Mat lut = [] {
        cv::Mat l(1, 256, CV_8U);
        for (int v = 0; v < 256; ++v) {
            const double t = std::clamp((v - kBlackPoint) / (kWhitePoint - kBlackPoint), 0.0, 1.0);
            l.at<uchar>(v) = cv::saturate_cast<uchar>(255.0 * std::pow(t, kGamma));
        }
        return l;
    }();
    return lut;
}

// Sauvola on the flattened page: block ~4 mm at 200 dpi (a stroke and its surroundings), k = 0.2,
// the usual value; after flattening the method matters little (scanning.md §4.2).
constexpr int kSauvolaBlock = 31;
constexpr double kSauvolaK = 0.2;

} // namespace

cv::Mat Enhancer::enhance(const cv::Mat& bgrPage, ColorMode mode) const
{
    if (bgrPage.empty())
        return {};
    cv::Mat src = bgrPage;
    if (src.depth() != CV_8U)
        src.convertTo(src, CV_8U);
    if (src.channels() == 4)
        cv::cvtColor(src, src, cv::COLOR_BGRA2BGR);

    cv::Mat work;
    if (mode == ColorMode::Color) {
        work = src.channels() == 1 ? [&] { cv::Mat c; cv::cvtColor(src, c, cv::COLOR_GRAY2BGR); return c; }() : src;
    } else if (src.channels() == 3) {
        cv::cvtColor(src, work, cv::COLOR_BGR2GRAY);
    } else {
        work = src;
    }

    // Per channel in colour mode: each channel is divided by its own paper level, which also removes
    // a colour cast, and red seals stay red (their R stays high, G and B stay low).
    cv::Mat flat = detail::flattenIllumination(work);
    if (mode == ColorMode::BlackWhite) {
        cv::Mat bw;
        cv::ximgproc::niBlackThreshold(flat, bw, 255, cv::THRESH_BINARY, kSauvolaBlock, kSauvolaK,
                                       cv::ximgproc::BINARIZATION_SAUVOLA);
        return bw;
    }
    cv::LUT(flat, toneCurve(), flat);
    return flat;
}

} // namespace mtb
