#pragma once

// mtb_synth: synthetic photos and scans of Chinese medical records with exact ground truth, for the
// page-localisation tests and benchmark (docs/scanning.md "Synthetic captures"). Test-data tool only:
// nothing in the app links it. Everything is reproducible from Params (paramsForSeed(seed, stratum)).
//
// Text is drawn with QPainter, so a QGuiApplication (offscreen platform is fine) must exist.

#include "Quad.h"

#include <opencv2/core.hpp>

#include <string>
#include <vector>

namespace mtb::synth {

enum class Stratum {
    Dark,    // plain dark desk, good contrast
    Light,   // white/cream page on a pale desk: low contrast
    Wood,    // procedural wood grain
    Fabric,  // procedural woven cloth
    Clutter, // other white papers partly under/around the page, pens, a keyboard
    Mat,     // 高拍仪 document camera: near frontal, page fills most of the frame, printed mat
    Flatbed, // flatbed scan: no perspective, small skew, white or black lid
};
const char* stratumName(Stratum s);
std::vector<Stratum> allStrata();
// The strata whose names appear in `list` (e.g. "dark,clutter"), in allStrata() order: the benchmarks' --strata.
std::vector<Stratum> strataNamedIn(const std::string& list);

enum class DocKind { Outpatient, Discharge, LabReport, Certificate }; // 门诊病历 出院小结 检验报告 诊断证明

struct Params
{
    int seed = 0;
    Stratum stratum = Stratum::Dark;
    cv::Size imageSize{1200, 900};
    // Document
    DocKind doc = DocKind::Outpatient;
    cv::Size2d pageMm{210, 297}; // portrait width x height
    std::string paperName = "A4";
    bool edgeContent = false;    // content (bands, rules, text) within ~2 mm of the page edge
    bool markers = false;        // black 6 mm squares centred 15 mm from each page corner (tests)
    cv::Vec3b paperColour{245, 247, 248}; // BGR
    // Geometry (pinhole camera, principal point at the image centre)
    double focalFactor = 0.72;   // f = focalFactor * image width (26 mm-equivalent)
    double rollDeg = 0;          // in-plane rotation of the page
    double tiltDeg = 0;          // angle between page normal and optical axis
    double tiltAxisDeg = 0;      // direction of the tilt axis in the page plane
    double coverage = 0.5;       // wanted share of the frame covered by the page (before cut-off)
    int cornersOut = 0;          // 0: complete; 1 or 2 corners placed outside the frame
    // Occlusion and deformation
    bool finger = false;         // skin-coloured thumb over one edge
    bool dogEar = false;         // one corner folded back
    // Photometry
    double illumGradient = 0;    // 0..0.5 multiplicative linear gradient depth
    double illumAngleDeg = 0;
    double vignette = 0;         // 0..0.4
    bool shadow = false;         // cast shadow polygon (x0.45-0.8, blurred edge)
    bool glare = false;          // additive Gaussian blob clipped at 255
    cv::Vec3d wbGains{1, 1, 1};  // B, G, R
    double noiseSigma = 2;       // Gaussian noise, DN
    int jpegQuality = 90;        // 0: no re-encode
    // Optics
    double defocusRadius = 0;    // disk PSF radius, px at output size
    double motionLength = 0;     // line PSF length, px
    double motionAngleDeg = 0;
    int supersample = 2;         // render the page layer at this factor, then INTER_AREA down
};

struct Capture
{
    cv::Mat image;               // BGR 8-bit, params.imageSize (flatbed: portrait, see paramsForSeed)
    Quad corners;                // the page's own TL, TR, BR, BL in image px (pixel centres at integers); may lie outside
    cv::Size2d pageMm;           // page width x height (the page's own portrait orientation)
    std::string stratum;
    bool complete = true;        // all four corners inside the frame
    double blurRadius = 0;       // max(defocus radius, motion length / 2), px
    double coveredShare = 0;     // clutter: share of the page (in frame px) under another paper lying on it
    Params params;
};

// Draws the flat page (BGR) at the given resolution. Deterministic for params.seed.
cv::Mat renderPage(const Params& p, double dpi);
// Nuisance parameters for one sample of a stratum. About 15% of samples (not flatbed) are cut off.
Params paramsForSeed(int seed, Stratum stratum, cv::Size imageSize = cv::Size(1200, 900));
Capture generate(const Params& p);

// SmartDoc 2015 Challenge 1 Jaccard index (scanning.md §1.1): both quads mapped into the document frame
// by the homography taking the ground truth to the page rectangle (pageSize, e.g. mm); G' is then the
// page rectangle, S' the mapped detection; JI = area(G'∩S')/area(G'∪S'). Vertex order does not matter.
double smartDocJaccard(const Quad& gt, const Quad& detected, cv::Size2d pageSize);
// Largest corner distance in the document frame, as % of the page diagonal, after matching the
// detected corners to the ground truth (best cyclic order, either direction).
double maxCornerErrorPercent(const Quad& gt, const Quad& detected, cv::Size2d pageSize);

// A fictitious 18-digit resident ID (Nanchong region code) with a valid check character.
std::string fictitiousId(int seed);

} // namespace mtb::synth
