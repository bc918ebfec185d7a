#include "PagePipeline.h"

#include <QElapsedTimer>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

namespace mtb {

namespace {

// Size budget: 300 KB for a colour A4 page at 200 dpi (1654 x 2339 px), scaled with the pixel count.
// A page over budget (a dense colour form, a photo on the page) is re-encoded at lower quality, in
// steps of 10, down to kMinJpegQuality; the enhanced page's white background keeps most pages far
// below the budget at the default quality 75 (see docs/scanning.md for the measured sizes).
constexpr double kBudgetBytesA4 = 300.0 * 1024;
constexpr double kA4Pixels200 = 1654.0 * 2339.0;
constexpr int kMinJpegQuality = 45;

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

bool insideFrame(const Quad& q, const cv::Size& size)
{
    const float tol = 1.0f;
    return std::all_of(q.pts.begin(), q.pts.end(), [&](const cv::Point2f& p) {
        return p.x >= -tol && p.y >= -tol && p.x <= size.width + tol && p.y <= size.height + tol;
    });
}

QByteArray encode(const cv::Mat& image, const char* ext, const std::vector<int>& params)
{
    std::vector<uchar> buffer;
    if (!cv::imencode(ext, image, buffer, params))
        return {};
    return QByteArray(reinterpret_cast<const char*>(buffer.data()), qsizetype(buffer.size()));
}

} // namespace

ProcessedPage PagePipeline::process(const cv::Mat& bgrIn, const PipelineOptions& options) const
{
    ProcessedPage out;
    QElapsedTimer total;
    total.start();
    if (bgrIn.empty())
        return out;
    cv::Mat bgr = bgrIn;
    if (bgr.channels() == 1)
        cv::cvtColor(bgr, bgr, cv::COLOR_GRAY2BGR);
    else if (bgr.channels() == 4)
        cv::cvtColor(bgr, bgr, cv::COLOR_BGRA2BGR);
    const int dpi = std::clamp(options.dpi, 50, 1200);

    // 1. Where the page is.
    QElapsedTimer t;
    t.start();
    if (options.manualCorners) {
        out.detection.found = true;
        out.detection.corners = *options.manualCorners;
        out.detection.complete = insideFrame(out.detection.corners, bgr.size());
        out.detection.confidence = 1;
    } else if (options.skipDetection) {
        out.detection.corners = Quad::fromRect(bgr.size());
        out.detection.complete = true;
        out.detection.confidence = 1;
    } else {
        out.detection = PageDetector().detect(bgr);
    }
    out.msDetect = msSince(t);

    // 2. Undo the perspective (or, for a page that is already flat, bring it to the output dpi).
    t.restart();
    if (options.skipDetection && !options.manualCorners) {
        const double longInches = std::max(bgr.cols, bgr.rows) / (297.0 / 25.4);
        const double sourceDpi = options.sourceDpi > 0 ? options.sourceDpi : longInches;
        out.rectified.effectiveDpi = sourceDpi;
        const double f = dpi / sourceDpi;
        if (std::abs(f - 1.0) > 0.02)
            cv::resize(bgr, out.rectified.page, {}, f, f, f < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
        else
            out.rectified.page = bgr;
        out.rectified.paper.widthMm = bgr.cols / sourceDpi * 25.4;
        out.rectified.paper.heightMm = bgr.rows / sourceDpi * 25.4;
    } else {
        out.rectified = Rectifier().rectify(bgr, out.detection.corners, dpi);
        if (options.sourceDpi > 0 && options.skipDetection)
            out.rectified.effectiveDpi = std::min(out.rectified.effectiveDpi, options.sourceDpi);
    }
    out.msRectify = msSince(t);

    // 3. Quality, on the page before enhancement (enhancement would hide darkness and glare).
    t.restart();
    out.quality = QualityGate().assess(out.rectified.page, out.detection, out.rectified.effectiveDpi, dpi);
    out.msQuality = msSince(t);
    if (options.analyseOnly || out.rectified.page.empty()) {
        out.msTotal = msSince(total);
        return out;
    }

    // 4. Enhance, then turn (cheaper after gray/bw conversion; the result is the same).
    t.restart();
    out.output = Enhancer().enhance(out.rectified.page, options.mode);
    out.rectified.page.release(); // only the enhanced page is kept
    switch (((options.rotationQuarterTurns % 4) + 4) % 4) {
    case 1: cv::rotate(out.output, out.output, cv::ROTATE_90_CLOCKWISE); break;
    case 2: cv::rotate(out.output, out.output, cv::ROTATE_180); break;
    case 3: cv::rotate(out.output, out.output, cv::ROTATE_90_COUNTERCLOCKWISE); break;
    default: break;
    }
    out.widthMm = out.output.cols / double(dpi) * 25.4;
    out.heightMm = out.output.rows / double(dpi) * 25.4;
    out.msEnhance = msSince(t);

    // 5. Encode what is stored and put into PDFs.
    t.restart();
    if (options.mode == ColorMode::BlackWhite) {
        out.encoded = encode(out.output, ".png", {cv::IMWRITE_PNG_BILEVEL, 1, cv::IMWRITE_PNG_COMPRESSION, 9});
        out.encodedFormat = QStringLiteral("png");
    } else {
        // libjpeg's defaults: 4:2:0 chroma subsampling for colour; optimised Huffman tables and
        // progressive coding (allowed in PDF 1.3+) take another ~5-10% off text pages.
        // Over budget, the next quality is chosen from the size ratios measured on text pages
        // (relative to q75: q65 0.88, q55 0.79, q45 0.72), so a dense page needs two encodes, not four.
        int quality = std::clamp(options.jpegQuality, 1, 100);
        const double budget = kBudgetBytesA4 * double(out.output.total()) / kA4Pixels200;
        const auto jpeg = [&](int q) {
            return encode(out.output, ".jpg",
                          {cv::IMWRITE_JPEG_QUALITY, q, cv::IMWRITE_JPEG_OPTIMIZE, 1, cv::IMWRITE_JPEG_PROGRESSIVE, 1});
        };
        out.encoded = jpeg(quality);
        if (out.encoded.size() > budget && quality > kMinJpegQuality) {
            const double need = budget / double(out.encoded.size());
            const double ratio75[] = {1.0, 0.88, 0.79, 0.72};
            int step = 1;
            while (step < 3 && ratio75[step] > need * 0.98)
                ++step;
            quality = std::max(kMinJpegQuality, std::min(quality - 10, 75 - 10 * step));
            out.encoded = jpeg(quality);
        }
        while (out.encoded.size() > budget && quality - 10 >= kMinJpegQuality) {
            quality -= 10;
            out.encoded = jpeg(quality);
        }
        out.encodedFormat = QStringLiteral("jpeg");
    }
    out.msEncode = msSince(t);
    out.msTotal = msSince(total);
    return out;
}

} // namespace mtb
