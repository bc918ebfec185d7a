#include "PagePipeline.h"

#include <QElapsedTimer>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

namespace mtb {

namespace {

// Size budget: 300 KB for a colour A4 page at 200 dpi (1654 x 2339 px), scaled with the pixel count.
// A page over budget (a dense text page, a dense colour form, a photo on the page) is stored
// progressive and at a lower quality, in steps of 5, down to kMinJpegQuality. The encoding is chosen
// before the page is encoded, from trial encodes of a sample of the page (see chooseJpeg), so the
// page itself is encoded once; only when the prediction misses is it encoded again.
constexpr double kBudgetBytesA4 = 300.0 * 1024;
constexpr double kA4Pixels200 = 1654.0 * 2339.0;
constexpr int kMinJpegQuality = 45;
constexpr int kQualityStep = 5;
// The sample: every kSampleEvery-th band of 16 rows (one JPEG MCU row at 4:2:0, so the sample's 8x8
// blocks are exactly the page's blocks), about 1/8 of the page.
constexpr int kSampleBand = 16;
constexpr int kSampleEvery = 8;
// The sample overestimates the page by 4-6% (measured on the bench's photo and digital page, colour
// and gray, baseline and progressive): predictions are scaled by kSampleBias, and aim kPredictMargin
// under the budget. A miss costs one more encode, never an over-budget page.
constexpr double kSampleBias = 0.96;
constexpr double kPredictMargin = 0.98;

// Pages bigger than this (long side, pixels) are detected on a half-resolution copy: the detector
// works at ~760 px and refines the corners on the image it is given; a 2x area reduction is a cheap
// fixed-ratio pass, where the detector's own reduction from 4032 px is a slow general one.
constexpr int kDetectHalfAbove = 3000;

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

// Two encodings. Baseline with optimised Huffman tables: ~6% smaller than libjpeg's default tables
// for ~1.5x the time. Progressive (optimised tables too): another ~8% smaller, worth ~10 quality
// points at the same size on dense text, but ~2.3x the time of the baseline one. A page that fits the
// budget at the requested quality (the usual page: white background, a few paragraphs) is stored as
// optimised baseline; a dense page that does not fit is stored progressive, so it loses as little
// quality as possible (measured in docs/scanning.md).
struct JpegChoice
{
    int quality = 75;
    bool progressive = false;
};

std::vector<int> jpegParams(JpegChoice c)
{
    std::vector<int> p{cv::IMWRITE_JPEG_QUALITY, c.quality, cv::IMWRITE_JPEG_OPTIMIZE, 1};
    if (c.progressive)
        p.insert(p.end(), {cv::IMWRITE_JPEG_PROGRESSIVE, 1});
    return p;
}

// Size relative to quality 75 on text pages (both encodings; measured on the bench's dense page).
double sizeFactor(int q)
{
    static const double table[] = {0.674, 0.712, 0.748, 0.783, 0.822, 0.871, 0.934, 1.0}; // q40..q75
    if (q >= 75)
        return 1.0 + 0.013 * (q - 75);
    if (q <= 40)
        return table[0];
    const double k = (q - 40) / 5.0;
    const int i = int(k);
    return table[i] + (k - i) * (table[std::min(i + 1, 7)] - table[i]);
}

// What to encode with: predicted from trial encodes of a sample of the page (about 1/8 of its rows,
// see kSampleEvery), scaled by the page/sample row ratio. The usual page costs one baseline trial;
// a dense page one more (progressive) to estimate, and one per quality step the estimate was off.
JpegChoice chooseJpeg(const cv::Mat& page, int quality, double budget)
{
    if (page.rows < kSampleBand * kSampleEvery * 4)
        return {quality, false}; // small page: encoding it again is as cheap as predicting
    const int bands = page.rows / (kSampleBand * kSampleEvery);
    cv::Mat sample(bands * kSampleBand, page.cols, page.type());
    for (int b = 0; b < bands; ++b) {
        // Spread over the page, offset so that line spacing does not line up with the sampling.
        const int y = (b * page.rows / bands + kSampleBand * (b % 3)) / kSampleBand * kSampleBand;
        page.rowRange(y, y + kSampleBand).copyTo(sample.rowRange(b * kSampleBand, (b + 1) * kSampleBand));
    }
    const double scale = double(page.rows) / sample.rows, target = budget * kPredictMargin;
    std::vector<uchar> buffer;
    const auto predicted = [&](JpegChoice c) {
        // Headers and tables (quantisation, Huffman: per scan when progressive) are in every file
        // once, not once per sample: measured on a blank 16 x 16 image and not scaled.
        cv::imencode(".jpg", cv::Mat(kSampleBand, kSampleBand, page.type(), cv::Scalar::all(255)), buffer, jpegParams(c));
        const double header = double(buffer.size());
        cv::imencode(".jpg", sample, buffer, jpegParams(c));
        return kSampleBias * ((double(buffer.size()) - header) * scale + header);
    };
    const double baseline = quality <= kMinJpegQuality ? 0 : predicted({quality, false});
    if (baseline <= target)
        return {quality, false};
    // Dense: progressive (~0.92x the baseline size at the same quality), at the quality the size
    // model says fits; the sample is then tried from one step above that down, and the first that
    // fits is taken.
    JpegChoice c{quality, true};
    while (c.quality - kQualityStep >= kMinJpegQuality &&
           0.92 * baseline * sizeFactor(c.quality) / sizeFactor(quality) > target)
        c.quality -= kQualityStep;
    c.quality = std::min(quality, c.quality + kQualityStep);
    while (c.quality - kQualityStep >= kMinJpegQuality && predicted(c) > target)
        c.quality -= kQualityStep;
    return c;
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
    } else if (std::max(bgr.cols, bgr.rows) > kDetectHalfAbove) {
        cv::Mat half;
        // The even part (an odd last row or column dropped): an exact 2x reduction is OpenCV's fast path.
        cv::resize(bgr(cv::Rect(0, 0, bgr.cols / 2 * 2, bgr.rows / 2 * 2)), half, cv::Size(bgr.cols / 2, bgr.rows / 2), 0, 0,
                   cv::INTER_AREA);
        out.detection = PageDetector().detect(half);
        // Half-size pixel i covers full-size pixels 2i and 2i+1: its centre is at 2i + 0.5.
        for (cv::Point2f& p : out.detection.corners.pts)
            p = p * 2.0f + cv::Point2f(0.5f, 0.5f);
        if (!out.detection.found)
            out.detection.corners = Quad::fromRect(bgr.size());
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
        // libjpeg's 4:2:0 chroma subsampling for colour; the quality predicted to meet the budget.
        const double budget = kBudgetBytesA4 * double(out.output.total()) / kA4Pixels200;
        JpegChoice choice = chooseJpeg(out.output, std::clamp(options.jpegQuality, 1, 100), budget);
        out.encoded = encode(out.output, ".jpg", jpegParams(choice));
        while (out.encoded.size() > budget && (!choice.progressive || choice.quality - kQualityStep >= kMinJpegQuality)) {
            // The prediction missed (rare): progressive, then one step lower.
            if (choice.progressive)
                choice.quality -= kQualityStep;
            choice.progressive = true;
            out.encoded = encode(out.output, ".jpg", jpegParams(choice));
        }
        out.encodedFormat = QStringLiteral("jpeg");
    }
    out.msEncode = msSince(t);
    out.msTotal = msSince(total);
    return out;
}

} // namespace mtb
