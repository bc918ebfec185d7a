#pragma once

#include "Enhancer.h"
#include "PageDetector.h"
#include "QualityGate.h"
#include "Rectifier.h"

#include <QByteArray>
#include <optional>

namespace mtb {

struct PipelineOptions
{
    ColorMode mode = ColorMode::Color;
    int dpi = 200;                        // output resolution
    int jpegQuality = 75;
    std::optional<Quad> manualCorners;   // staff corrected the outline: use it instead of detecting
    int rotationQuarterTurns = 0;        // clockwise quarter turns applied after rectification
    bool skipDetection = false;          // the input is already a clean page (a digital PDF page, a flat scan)
    double sourceDpi = 0;                // known input resolution (PDF render, scan tag); 0 when unknown
    bool analyseOnly = false;            // stop after the quality gate: no enhancement, no encoding (detect)
};

struct ProcessedPage
{
    Detection detection;
    Rectified rectified;    // before enhancement (kept only as long as needed)
    cv::Mat output;         // enhanced, rotated page
    QualityReport quality;
    QByteArray encoded;     // JPEG (colour/gray) or PNG (black and white), what is stored and put in PDFs
    QString encodedFormat;  // "jpeg" or "png"
    double msTotal = 0;
    double msDetect = 0, msRectify = 0, msQuality = 0, msEnhance = 0, msEncode = 0; // per stage
    double widthMm = 0, heightMm = 0; // physical size of `output` (after rotation), for the PDF page
};

// decode -> detect -> rectify -> quality -> enhance -> encode, for one page. Pure: no Qt widgets, no I/O.
class PagePipeline
{
public:
    ProcessedPage process(const cv::Mat& bgr, const PipelineOptions& options) const;
};

} // namespace mtb
