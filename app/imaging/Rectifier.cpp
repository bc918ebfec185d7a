#include "Rectifier.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace mtb {

namespace {

double dist(cv::Point2f a, cv::Point2f b) { return std::hypot(double(a.x) - b.x, double(a.y) - b.y); }

// Width / height of the outline's own TL-TR side against its TL-BL side, from the mean lengths of
// opposite sides (what the pixels say; perspective distorts it).
double naiveWidthOverHeight(const Quad& q)
{
    const double w = 0.5 * (dist(q.pts[0], q.pts[1]) + dist(q.pts[3], q.pts[2]));
    const double h = 0.5 * (dist(q.pts[0], q.pts[3]) + dist(q.pts[1], q.pts[2]));
    return h > 1e-9 ? w / h : 1.0;
}

// Zhang & He, "Whiteboard scanning and image enhancement" (Digital Signal Processing 17(2), 2007):
// the rectangle's width/height from its projected corners, with the focal length estimated from
// the quad and the principal point assumed at the image centre. Returns <= 0 when degenerate.
double zhangWidthOverHeight(const Quad& q, const cv::Size& imageSize)
{
    const double u0 = (imageSize.width - 1) / 2.0, v0 = (imageSize.height - 1) / 2.0;
    // Corners relative to the principal point: m1 TL, m2 TR, m3 BL, m4 BR.
    auto hom = [&](cv::Point2f p) { return cv::Vec3d(p.x - u0, p.y - v0, 1.0); };
    const cv::Vec3d m1 = hom(q.pts[0]), m2 = hom(q.pts[1]), m3 = hom(q.pts[3]), m4 = hom(q.pts[2]);
    const double den2 = (m2.cross(m4)).dot(m3), den3 = (m3.cross(m4)).dot(m2);
    if (std::abs(den2) < 1e-9 || std::abs(den3) < 1e-9) return -1;
    const double k2 = (m1.cross(m4)).dot(m3) / den2;
    const double k3 = (m1.cross(m4)).dot(m2) / den3;
    const cv::Vec3d n2 = k2 * m2 - m1, n3 = k3 * m3 - m1;
    // Affine (fronto-parallel) limit: the focal length cancels.
    if (std::abs(n2[2]) < 1e-6 || std::abs(n3[2]) < 1e-6) {
        const double a = n2[0] * n2[0] + n2[1] * n2[1], b = n3[0] * n3[0] + n3[1] * n3[1];
        return b > 1e-12 ? std::sqrt(a / b) : -1;
    }
    const double f2 = -(n2[0] * n3[0] + n2[1] * n3[1]) / (n2[2] * n3[2]); // principal point already at origin
    if (!(f2 > 0) || !std::isfinite(f2)) return -1;
    // Very long or very short focal lengths are not a camera: treat as degenerate.
    const double diag = std::hypot(imageSize.width, imageSize.height);
    if (f2 < std::pow(0.2 * diag, 2) || f2 > std::pow(20.0 * diag, 2)) return -1;
    const double a = (n2[0] * n2[0] + n2[1] * n2[1]) / f2 + n2[2] * n2[2];
    const double b = (n3[0] * n3[0] + n3[1] * n3[1]) / f2 + n3[2] * n3[2];
    return b > 1e-12 ? std::sqrt(a / b) : -1;
}

double widthOverHeight(const Quad& q, const cv::Size& imageSize)
{
    const double z = zhangWidthOverHeight(q, imageSize);
    if (z > 0.1 && z < 10) return z;
    return naiveWidthOverHeight(q);
}

bool clockwiseConvex(const Quad& q)
{
    for (int i = 0; i < 4; ++i) {
        const cv::Point2f a = q.pts[size_t(i)], b = q.pts[size_t((i + 1) % 4)], c = q.pts[size_t((i + 2) % 4)];
        const double z = double(b.x - a.x) * (c.y - b.y) - double(b.y - a.y) * (c.x - b.x);
        if (z <= 0) return false; // y down: clockwise on screen has positive cross products
    }
    return true;
}

struct Known { const char* name; double w, h; };
const Known kPapers[] = {{"A4", 210, 297}, {"Letter", 215.9, 279.4}};

} // namespace

double Rectifier::trueAspectRatio(const Quad& corners, const cv::Size& imageSize)
{
    const Quad q = clockwiseConvex(corners) ? corners : Quad::ordered(corners.pts);
    const double r = widthOverHeight(q, imageSize);
    return r >= 1 ? r : 1.0 / r;
}

Rectified Rectifier::rectify(const cv::Mat& input, const Quad& corners, int targetDpi) const
{
    Rectified out;
    if (input.empty() || targetDpi <= 0) return out;
    cv::Mat bgr = input;
    if (bgr.depth() != CV_8U) { cv::Mat t; bgr.convertTo(t, CV_8U, bgr.depth() == CV_16U ? 1 / 257.0 : 1.0); bgr = t; }
    if (bgr.channels() == 1) cv::cvtColor(bgr, bgr, cv::COLOR_GRAY2BGR);
    else if (bgr.channels() == 4) cv::cvtColor(bgr, bgr, cv::COLOR_BGRA2BGR);

    const Quad q = clockwiseConvex(corners) ? corners : Quad::ordered(corners.pts);
    if (q.area() < 4) return out;
    const double wh = widthOverHeight(q, bgr.size());
    const bool landscape = wh > 1;
    const double ratio = landscape ? wh : 1 / wh; // long / short

    // Snap to a known format within 4%. A4, A5 and B5 share the ISO 1:sqrt(2) shape and cannot be told
    // apart from a photo, so the ISO shape is reported (and sized) as A4, the common case.
    out.paper = PaperSize{QString(), 210.0, 210.0 * ratio};
    for (const Known& k : kPapers) {
        if (std::abs(ratio / (k.h / k.w) - 1) <= 0.04) {
            out.paper = PaperSize{QString::fromLatin1(k.name), k.w, k.h};
            break;
        }
    }
    const double pageWmm = landscape ? out.paper.heightMm : out.paper.widthMm;
    const double pageHmm = landscape ? out.paper.widthMm : out.paper.heightMm;
    const int outW = std::max(1, int(std::lround(pageWmm / 25.4 * targetDpi)));
    const int outH = std::max(1, int(std::lround(pageHmm / 25.4 * targetDpi)));

    // Source pixels per inch along the page, from the mean side lengths.
    const double srcW = 0.5 * (dist(q.pts[0], q.pts[1]) + dist(q.pts[3], q.pts[2]));
    const double srcH = 0.5 * (dist(q.pts[0], q.pts[3]) + dist(q.pts[1], q.pts[2]));
    out.effectiveDpi = 0.5 * (srcW / (pageWmm / 25.4) + srcH / (pageHmm / 25.4));

    // Up to a 2x reduction (a 12 MP phone photo of A4 is ~300 dpi, 1.5x the 200 dpi output) the page
    // is warped straight to the output with bilinear sampling: one pass over the output pixels,
    // strokes stay crisp, and the mild aliasing at <= 2x is not visible on text. Stronger reductions
    // are warped near the source resolution (an integer 2-4x the target) and then area-averaged, so
    // fine rules and small print do not alias into stripes.
    const double reduction = out.effectiveDpi / targetDpi;
    const int f = reduction <= 2.0 ? 1 : std::clamp(int(std::ceil(reduction - 0.25)), 2, 4);
    const std::vector<cv::Point2f> src(q.pts.begin(), q.pts.end());
    const float W = float(outW * f), H = float(outH * f);
    const std::vector<cv::Point2f> dst = {{-0.5f, -0.5f}, {W - 0.5f, -0.5f}, {W - 0.5f, H - 0.5f}, {-0.5f, H - 0.5f}};
    const cv::Mat Hm = cv::getPerspectiveTransform(src, dst);
    cv::Mat warped;
    cv::warpPerspective(bgr, warped, Hm, cv::Size(outW * f, outH * f),
                        out.effectiveDpi < targetDpi * 0.9 ? cv::INTER_CUBIC : cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                        cv::Scalar(255, 255, 255));
    if (f > 1) cv::resize(warped, out.page, cv::Size(outW, outH), 0, 0, cv::INTER_AREA);
    else out.page = warped;
    return out;
}

} // namespace mtb
