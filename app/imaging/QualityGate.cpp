#include "QualityGate.h"

#include "Background.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace mtb {

QString qualityIssueKey(QualityIssue issue)
{
    switch (issue) {
    case QualityIssue::Blur: return QStringLiteral("blur");
    case QualityIssue::Glare: return QStringLiteral("glare");
    case QualityIssue::CutOff: return QStringLiteral("cut_off");
    case QualityIssue::LowResolution: return QStringLiteral("low_resolution");
    case QualityIssue::TooDark: return QStringLiteral("too_dark");
    case QualityIssue::Blank: return QStringLiteral("blank");
    }
    return {};
}

QString qualityIssueText(QualityIssue issue)
{
    switch (issue) {
    case QualityIssue::Blur:
        return QCoreApplication::translate("QualityGate", "The page is blurred. Hold the camera still, let it focus and take the photo again.");
    case QualityIssue::Glare:
        return QCoreApplication::translate("QualityGate", "Glare covers part of the text. Tilt the page or move the light and take the photo again.");
    case QualityIssue::CutOff:
        return QCoreApplication::translate("QualityGate", "Part of the page is outside the photo. Take the photo again with the whole page in the frame.");
    case QualityIssue::LowResolution:
        return QCoreApplication::translate("QualityGate", "The resolution is too low for small print. Move the camera closer or scan at 200 dpi or more.");
    case QualityIssue::TooDark:
        return QCoreApplication::translate("QualityGate", "The photo is too dark. Add light and take the photo again.");
    case QualityIssue::Blank:
        return QCoreApplication::translate("QualityGate", "The page looks blank. Check that this is the right page and the right side.");
    }
    return {};
}

namespace {

// --- Thresholds. Calibrated with tests/unit/test_quality_gate.cpp's generated pages (text rendered
// at 200 dpi, blurred with a disk PSF of known radius, JPEG q75, lighting gradients, noise sigma 3);
// the figures are in docs/scanning.md "Enhancement, quality gate and output". ---

// Blur is judged at 200 dpi (the output resolution): pages rendered at more are resampled first.
constexpr double kBlurDpi = 200;
// Text tiles: 64 px (8 mm) squares whose smoothed min..max range is at least this many levels.
constexpr int kTile = 64;
constexpr double kMinTileContrast = 40;
constexpr int kMinTextTiles = 4;
constexpr size_t kMaxBlurTiles = 160; // fewer: no blur verdict (a blank or nearly blank page)
// Per tile: sqrt(second-derivative energy / first-derivative energy), ~1 / edge width in pixels,
// independent of contrast. The page's sharpness is the median over text tiles, so a locally sharp
// corner does not hide a blurred page and one blurry fold does not sink a sharp one. Not a lower
// percentile: a medical record's seal, handwriting and signature have softer edges than print, and on
// a sharp photo of a record with a seal they were about a quarter of the tiles (flatbed capture 3000 of
// mtbdesk-quality-bench: 25th percentile 0.350, flagged; median 0.445).
// Measured at 200 dpi over noise sigma 1-6 and JPEG q60-90 (tools: tests/unit/test_quality_gate.cpp),
// 25th percentile: sharp 0.52-0.53, disk r=1 0.44, r=2 0.38-0.40, r=3 0.30-0.34, r=4 0.25, r=6 0.22;
// the median is ~0.01 higher on these all-text pages (r=2 0.391, r=3 0.313 at noise 3). On 12 MP
// synthetic captures (seeds 3000-3014, blur in px of the page at 200 dpi) the median was at most 0.361
// for >= 3 px and at least 0.403 for <= 2 px; the threshold sits between: a defocus radius >= 3 px at
// 200 dpi is flagged, <= 2 px is not (docs/scanning.md "The blur flag on captures").
constexpr double kTilePercentile = 0.5;
constexpr double kBlurThreshold = 0.38;

// Glare: near-white (max channel >= 250) and unsaturated (max - min <= 30) pixels where the paper is
// clearly brighter than its usual level (>= +12 levels over the page's median paper), in ~4 mm cells
// that have lost their ink while the same text row has ink on both sides (see assess()). Flagged when
// the washed-out cells cover >= 1% of the page (an A4 page at 200 dpi: ~6 cm², a few words). A
// flatbed scan whose paper is clipped to 255 everywhere has no "brighter than paper" and is never
// flagged; an overexposed corner whose text is still there is not flagged either.
constexpr int kGlareValue = 250;
constexpr int kGlareMaxChroma = 30;
constexpr double kGlareOverPaper = 12;
constexpr int kGlareCell = 16;              // half-resolution pixels (~4 mm at 200 dpi)
constexpr float kGlareTextCell = 0.02f;     // a cell with this much ink is text
constexpr float kGlareWashedCell = 0.005f;  // ... and one with less than this has lost it
constexpr double kGlareFlag = 0.01;
constexpr double kGlarePaperCeiling = 245; // paper already this bright: a clipped scan, no glare test

// Too dark: mean luminance (0..255) of the rectified page under 70. A well-lit page averages 170-230,
// a dim counter photo 90-140 (still fixed by the enhancer); under 70 the noise swamps the ink.
constexpr double kTooDarkMean = 70;

// Blank: ink (pixels under 65% of their local paper level, page margins of 4% excluded) under
// 0.05% of the page. One short handwritten word on A4 at 200 dpi is ~0.1%; paper noise and JPEG
// ringing stay below 0.01% after flattening.
constexpr double kInkLevel = 0.65 * 255;
constexpr double kMargin = 0.04;
constexpr double kBlankInk = 0.0005;

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    const size_t k = std::min(values.size() - 1, size_t(p * double(values.size())));
    std::nth_element(values.begin(), values.begin() + long(k), values.end());
    return values[k];
}

double sharpnessOf(const cv::Mat& gray200, int* textTiles)
{
    // Text tiles first (cheap: min/max on 8-bit), then the derivatives on at most kMaxBlurTiles of
    // them spread evenly over the page: the percentile is stable and the cost stays ~10 ms.
    std::vector<cv::Rect> tiles;
    for (int y = 1; y + kTile + 1 <= gray200.rows; y += kTile) {
        for (int x = 1; x + kTile + 1 <= gray200.cols; x += kTile) {
            const cv::Rect r(x, y, kTile, kTile);
            double lo = 0, hi = 0;
            cv::minMaxLoc(gray200(r), &lo, &hi);
            if (hi - lo >= kMinTileContrast + 10) // + noise: min/max here are of the unsmoothed tile
                tiles.push_back(r);
        }
    }
    const size_t step = std::max<size_t>(1, (tiles.size() + kMaxBlurTiles - 1) / kMaxBlurTiles);
    std::vector<double> scores;
    cv::Mat smooth, f, dx, dy, lap;
    for (size_t i = 0; i < tiles.size(); i += step) {
        // One pixel of context around the tile so the filters see real neighbours, not a border.
        const cv::Rect r = tiles[i];
        const cv::Rect padded(r.x - 1, r.y - 1, r.width + 2, r.height + 2);
        // Light smoothing keeps sensor and JPEG noise out of the second derivative.
        cv::GaussianBlur(gray200(padded), smooth, {3, 3}, 0.7);
        smooth.convertTo(f, CV_32F);
        cv::Sobel(f, dx, CV_32F, 1, 0, 1); // central differences, no extra smoothing
        cv::Sobel(f, dy, CV_32F, 0, 1, 1);
        cv::Laplacian(f, lap, CV_32F, 1);
        const cv::Rect inner(1, 1, r.width, r.height);
        double lo = 0, hi = 0;
        cv::minMaxLoc(smooth(inner), &lo, &hi);
        if (hi - lo < kMinTileContrast)
            continue;
        const double e1 = dx(inner).dot(dx(inner)) + dy(inner).dot(dy(inner));
        const double e2 = lap(inner).dot(lap(inner));
        if (e1 <= 0)
            continue;
        // Second- over first-derivative energy: ~1 / (width of the ink's edges) in pixels,
        // whatever the contrast and whether strokes are thinner than the blur or not.
        scores.push_back(std::sqrt(e2 / e1));
    }
    *textTiles = int(scores.size());
    return percentile(std::move(scores), kTilePercentile);
}

} // namespace

QualityReport QualityGate::assess(const cv::Mat& rectifiedBgr, const Detection& detection, double effectiveDpi,
                                  double pageDpi) const
{
    QualityReport report;
    report.effectiveDpi = effectiveDpi;
    if (!detection.complete)
        report.issues << QualityIssue::CutOff;
    if (effectiveDpi > 0 && effectiveDpi < kWarnDpi)
        report.issues << QualityIssue::LowResolution;
    if (rectifiedBgr.empty())
        return report;

    cv::Mat gray;
    if (rectifiedBgr.channels() == 3)
        cv::cvtColor(rectifiedBgr, gray, cv::COLOR_BGR2GRAY);
    else if (rectifiedBgr.channels() == 4)
        cv::cvtColor(rectifiedBgr, gray, cv::COLOR_BGRA2GRAY);
    else
        gray = rectifiedBgr;
    if (pageDpi <= 0)
        pageDpi = std::max(gray.cols, gray.rows) / (297.0 / 25.4);

    report.meanLuminance = cv::mean(gray)[0];
    const bool tooDark = report.meanLuminance < kTooDarkMean;

    // Ink and glare at half the page resolution (~100 dpi): strokes still span a pixel or more.
    cv::Mat half, halfBgr;
    // From the even part of the page (an odd last row or column dropped): an exact 2x reduction takes
    // OpenCV's fast INTER_AREA path, 2339 -> 1169 rows a general one that costs ~10x as much.
    const cv::Size halfSize(std::max(1, gray.cols / 2), std::max(1, gray.rows / 2));
    const cv::Rect even(0, 0, std::min(gray.cols, halfSize.width * 2), std::min(gray.rows, halfSize.height * 2));
    cv::resize(gray(even), half, halfSize, 0, 0, cv::INTER_AREA);
    const cv::Mat bgSmall = detail::estimateBackgroundSmall(half); // once: the ink and glare tests share it
    const cv::Mat bg = detail::upscaleBackground(bgSmall, half.size());
    cv::Mat flat;
    cv::divide(half, cv::max(bg, 1), flat, 255.0);
    const cv::Mat ink = flat < kInkLevel;
    const int mx = int(half.cols * kMargin), my = int(half.rows * kMargin);
    const cv::Rect inner(mx, my, std::max(1, half.cols - 2 * mx), std::max(1, half.rows - 2 * my));
    report.inkCoverage = cv::countNonZero(ink(inner)) / double(inner.area());
    const bool blank = !tooDark && report.inkCoverage < kBlankInk;

    // Blur on text tiles at 200 dpi.
    cv::Mat g200 = gray;
    if (pageDpi > kBlurDpi * 1.05)
        cv::resize(gray, g200, {}, kBlurDpi / pageDpi, kBlurDpi / pageDpi, cv::INTER_AREA);
    int textTiles = 0;
    report.sharpness = sharpnessOf(g200, &textTiles);
    const bool blurred = !blank && textTiles >= kMinTextTiles && report.sharpness < kBlurThreshold;

    // Glare (colour pages only: glare is judged on "white and unsaturated"). Value and chroma are only
    // computed when the paper is not already clipped bright.
    std::vector<double> bgValues(bgSmall.begin<uchar>(), bgSmall.end<uchar>());
    const double paper = percentile(bgValues, 0.5);
    if (paper < kGlarePaperCeiling) {
        cv::Mat value, chroma;
        if (rectifiedBgr.channels() >= 3) {
            cv::resize(rectifiedBgr(even), halfBgr, half.size(), 0, 0, cv::INTER_AREA);
            std::vector<cv::Mat> ch;
            cv::split(halfBgr, ch);
            cv::Mat lo = cv::min(cv::min(ch[0], ch[1]), ch[2]);
            value = cv::max(cv::max(ch[0], ch[1]), ch[2]);
            chroma = value - lo;
        } else {
            value = half;
            chroma = cv::Mat::zeros(half.size(), CV_8U);
        }
        const cv::Mat bright = (value >= kGlareValue) & (chroma <= kGlareMaxChroma) & (bg >= paper + kGlareOverPaper);
        const cv::Mat inkRaw = half < kInkLevel; // raw gray: the background estimate is lifted by glare too
        // Cells of ~4 mm. A cell is washed out when it is mostly glare-bright, holds no ink, and its row
        // of cells has ink on both sides outside the bright area: a text line interrupted by the glare.
        // An overexposed corner keeps its text (its cells hold ink); an overexposed empty margin has no
        // text beside it; gaps between lines have no ink on either side.
        const int cw = kGlareCell, cols = half.cols / cw, rows = half.rows / cw;
        // Fraction of set pixels per cell: the 0/1 masks area-averaged by exactly cw (one pass each,
        // instead of two countNonZero calls per cell).
        cv::Mat satFrac, inkFrac;
        if (rows > 0 && cols > 0) {
            const cv::Rect cells(0, 0, cols * cw, rows * cw);
            cv::Mat f;
            bright(cells).convertTo(f, CV_32F, 1.0 / 255);
            cv::resize(f, satFrac, {cols, rows}, 0, 0, cv::INTER_AREA);
            inkRaw(cells).convertTo(f, CV_32F, 1.0 / 255);
            cv::resize(f, inkFrac, {cols, rows}, 0, 0, cv::INTER_AREA);
        }
        int washed = 0;
        std::vector<char> inkLeft(static_cast<size_t>(cols)), inkRight(static_cast<size_t>(cols));
        for (int cy = 0; cy < rows; ++cy) {
            const auto textCell = [&](int cx) {
                return satFrac.at<float>(cy, cx) < 0.5f && inkFrac.at<float>(cy, cx) >= kGlareTextCell;
            };
            bool seen = false;
            for (int cx = 0; cx < cols; ++cx) {
                inkLeft[size_t(cx)] = seen;
                seen = seen || textCell(cx);
            }
            seen = false;
            for (int cx = cols - 1; cx >= 0; --cx) {
                inkRight[size_t(cx)] = seen;
                seen = seen || textCell(cx);
            }
            for (int cx = 0; cx < cols; ++cx)
                if (satFrac.at<float>(cy, cx) >= 0.5f && inkFrac.at<float>(cy, cx) < kGlareWashedCell &&
                    inkLeft[size_t(cx)] && inkRight[size_t(cx)])
                    ++washed;
        }
        report.glareFraction = rows * cols > 0 ? washed / double(rows * cols) : 0;
    }
    const bool glare = report.glareFraction >= kGlareFlag;

    if (blurred)
        report.issues << QualityIssue::Blur;
    if (glare)
        report.issues << QualityIssue::Glare;
    if (tooDark)
        report.issues << QualityIssue::TooDark;
    if (blank)
        report.issues << QualityIssue::Blank;
    return report;
}

} // namespace mtb
