#include "Enhancer.h"

#include "Background.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/ximgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

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

cv::Mat estimateBackgroundSmall(const cv::Mat& page)
{
    const cv::Size small(std::max(1, page.cols / kBackgroundScale), std::max(1, page.rows / kBackgroundScale));
    cv::Mat bg;
    // From the part of the page that is a whole number of small pixels (all but < 8 px at the right
    // and bottom): an exact 8x INTER_AREA reduction takes OpenCV's fast path, a ratio like 1654/206 a
    // general one that costs several times as much. upscaleBackground() maps it back the same way.
    const cv::Rect whole(0, 0, std::min(page.cols, small.width * kBackgroundScale),
                         std::min(page.rows, small.height * kBackgroundScale));
    cv::resize(page(whole), bg, small, 0, 0, cv::INTER_AREA);
    static const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_ELLIPSE, {kCloseKernel, kCloseKernel});
    cv::morphologyEx(bg, bg, cv::MORPH_CLOSE, kernel, {-1, -1}, 1, cv::BORDER_REPLICATE);
    if (std::min(bg.cols, bg.rows) > kMedian)
        cv::medianBlur(bg, bg, kMedian);
    cv::blur(bg, bg, {3, 3}, {-1, -1}, cv::BORDER_REPLICATE);
    return bg;
}

cv::Mat estimateBackground(const cv::Mat& page, int scale)
{
    const cv::Mat bg = estimateBackgroundSmall(page);
    if (scale == kBackgroundScale)
        return bg;
    const cv::Size target = scale <= 1 ? page.size()
                                       : cv::Size(std::max(1, page.cols / scale), std::max(1, page.rows / scale));
    return upscaleBackground(bg, target);
}

cv::Mat upscaleBackground(const cv::Mat& small, const cv::Size& size)
{
    // Small pixel i covers page pixels 8i .. 8i+7 (see estimateBackgroundSmall); the few columns and
    // rows past the last whole small pixel take the nearest edge value.
    const cv::Size covered(std::min(size.width, small.cols * kBackgroundScale),
                           std::min(size.height, small.rows * kBackgroundScale));
    cv::Mat up;
    cv::resize(small, up, covered, 0, 0, cv::INTER_LINEAR);
    if (covered != size)
        cv::copyMakeBorder(up, up, 0, size.height - covered.height, 0, size.width - covered.width, cv::BORDER_REPLICATE);
    return up;
}

namespace {
// 255 * p / max(b, 1), rounded and saturated (what cv::divide(page, max(bg, 1), out, 255) gives), then
// optionally mapped through a curve: one 64 KB table [b][p], one lookup per sample.
std::vector<uchar> divisionTable()
{
    std::vector<uchar> t(256 * 256);
    for (int b = 0; b < 256; ++b)
        for (int p = 0; p < 256; ++p)
            t[size_t(b * 256 + p)] = cv::saturate_cast<uchar>(255.0 * p / std::max(b, 1));
    return t;
}
} // namespace

cv::Mat flattenIllumination(const cv::Mat& page, const uchar* curve)
{
    const cv::Mat bg = estimateBackground(page);
    static const std::vector<uchar> plain = divisionTable();
    std::vector<uchar> mapped;
    if (curve) {
        mapped.resize(plain.size());
        for (size_t i = 0; i < plain.size(); ++i)
            mapped[i] = curve[plain[i]];
    }
    const uchar* table = curve ? mapped.data() : plain.data();
    cv::Mat out(page.size(), page.type());
    const int n = page.cols * page.channels();
    for (int y = 0; y < page.rows; ++y) {
        const uchar* p = page.ptr<uchar>(y);
        const uchar* b = bg.ptr<uchar>(y);
        uchar* o = out.ptr<uchar>(y);
        for (int x = 0; x < n; ++x)
            o[x] = table[(unsigned(b[x]) << 8) | p[x]];
    }
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
    if (mode == ColorMode::BlackWhite) {
        const cv::Mat flat = detail::flattenIllumination(work);
        cv::Mat bw;
        cv::ximgproc::niBlackThreshold(flat, bw, 255, cv::THRESH_BINARY, kSauvolaBlock, kSauvolaK,
                                       cv::ximgproc::BINARIZATION_SAUVOLA);
        return bw;
    }
    // Division and tone curve in one table lookup per sample.
    static const std::vector<uchar> curve(toneCurve().ptr<uchar>(), toneCurve().ptr<uchar>() + 256);
    return detail::flattenIllumination(work, curve.data());
}

} // namespace mtb
