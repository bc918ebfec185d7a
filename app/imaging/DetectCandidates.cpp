#include "DetectCandidates.h"

#include "AreaShrink.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numeric>

namespace mtb::detect {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr int kWorkLongSide = 760;
constexpr double kContainSlack = 0.05;
// A separate, whole candidate at least kRivalArea times the best one's visible area wins when it scores
// within kRivalSlack of it (the "separate larger page" rule in findPage).
constexpr double kRivalSlack = 0.10;
constexpr double kRivalArea = 1.8;
constexpr double kFoundThreshold = 0.62;
constexpr double kRingPaperMin = 0.5; // paper share of the ring between nested quads
// Score a nested in-frame quad may lose against one at the frame edge.
constexpr double kNestedSlack = 0.08;
// LSD's own reduction of the working copy (its default, 0.8, took 3x as long).
constexpr double kLsdScale = 0.4;
// Longest over shortest mean side length of a page outline.
constexpr double kMaxAspect = 3.2;
// Score an in-frame twin of a quad on the frame border may lose, and how far inside that border
// (share of the frame) the twin's side may lie.
constexpr double kTwinSlack = 0.03;
constexpr double kTwinBand = 0.12;
// Side replacement: the longest lines are paired into quads; a larger pool replaces sides of the
// best quads, whose results are scored finely; a replaced quad keeps at least kReplaceMinArea of the
// original's area (and at most its inverse).
constexpr size_t kLinesPaired = 28;
constexpr size_t kLinePool = 90;
constexpr size_t kReplaceTop = 8;
constexpr int kReplaceRounds = 1;
constexpr size_t kReplaceFine = 20;
constexpr double kReplaceMinArea = 0.45;
// The second pass for faint pages (findPage): CLAHE's clip limit and tiles across (dev seeds: clip 2
// missed one of the four flatbed pages, 3 put one at JI 0.83, 4 and 6 found all four at 0.87-1.00).
constexpr double kFaintClipLimit = 4.0;
constexpr int kFaintTiles = 8;
// The inner-rectangle rule (findPage) does not swap the best quad for a larger one containing it when a
// side of the best quad lying at least kSeparatingSideMin working px inside the larger one has another
// sheet beyond it: a colour step of at least kOtherSheetStep (paperStepAcross) between bands 5-7 px
// either side. Dev seeds (docs/scanning.md): the same outcome for any step from 6 to 8 and a distance of
// 20 or 25 px (30 px put one more page right, 10 px five slightly wrong).
constexpr double kSeparatingSideMin = 25;
constexpr double kOtherSheetStep = 7;

using Q = std::array<cv::Point2d, 4>;

struct Ctx
{
    cv::Mat small;  // BGR working copy
    cv::Mat lab;    // blurred Lab (8-bit)
    cv::Mat gx, gy; // colour gradient (channel of largest magnitude), DN per px
    double thr = 2.5;
    int W = 0, H = 0;
};

struct Line
{
    cv::Point2d p, d; // point, unit direction
    double support = 0;
    bool border = false;
};

// std::lround without the libm call: in the side sampling below that call was an eighth of the
// detector's instructions (callgrind). The same result for every |v| < 2^31: v - int(v) is exact.
inline int roundHalfAway(double v)
{
    int t = int(v); // toward zero
    const double frac = v - t;
    if (frac >= 0.5)
        ++t;
    else if (frac <= -0.5)
        --t;
    return t;
}

// The upper median of v (0 when empty); reorders v.
double medianOf(std::vector<float>& v)
{
    if (v.empty())
        return 0;
    std::nth_element(v.begin(), v.begin() + long(v.size() / 2), v.end());
    return v[v.size() / 2];
}

double cross(cv::Point2d a, cv::Point2d b)
{
    return a.x * b.y - a.y * b.x;
}

bool intersect(const Line& a, const Line& b, cv::Point2d& out)
{
    const double den = cross(a.d, b.d);
    if (std::abs(den) < 1e-9)
        return false;
    const double t = cross(b.p - a.p, b.d) / den;
    out = a.p + a.d * t;
    return true;
}

Line lineThrough(cv::Point2d a, cv::Point2d b)
{
    Line l;
    l.p = a;
    const double n = cv::norm(b - a);
    l.d = n > 1e-9 ? (b - a) / n : cv::Point2d(1, 0);
    return l;
}

double polyArea(const Q& q)
{
    double a = 0;
    for (int i = 0; i < 4; ++i)
        a += cross(q[size_t(i)], q[size_t((i + 1) % 4)]);
    return a / 2;
}

bool convexQuad(const Q& q)
{
    int sign = 0;
    for (int i = 0; i < 4; ++i) {
        const cv::Point2d a = q[size_t(i)], b = q[size_t((i + 1) % 4)], c = q[size_t((i + 2) % 4)];
        const double z = cross(b - a, c - b);
        if (std::abs(z) < 1e-9)
            return false;
        const int s = z > 0 ? 1 : -1;
        if (sign == 0)
            sign = s;
        else if (s != sign)
            return false;
    }
    return true;
}

void buildContext(const cv::Mat& bgr, Ctx& c, double& scale)
{
    const int longSide = std::max(bgr.cols, bgr.rows);
    scale = longSide > kWorkLongSide ? double(kWorkLongSide) / longSide : 1.0;
    cv::Size covered = bgr.size();
    if (scale < 1.0)
        c.small = shrinkArea(bgr,
                             cv::Size(std::max(8, int(std::lround(bgr.cols * scale))),
                                      std::max(8, int(std::lround(bgr.rows * scale)))),
                             &covered);
    else
        c.small = bgr.clone();
    scale = double(c.small.cols) / covered.width;
    c.W = c.small.cols;
    c.H = c.small.rows;
    cv::Mat blurred;
    cv::GaussianBlur(c.small, blurred, cv::Size(5, 5), 1.0);
    cv::cvtColor(blurred, c.lab, cv::COLOR_BGR2Lab);
    // Per pixel, the gradient of whichever of B, G, R, 2a*, 2b* is strongest (the first on ties).
    // Integer Sobel on the 8-bit channels and one pass to pick: the same values as float Sobel per
    // channel, at a fraction of the time (this was a quarter of the detector's time).
    std::vector<cv::Mat> planes(3), labc;
    cv::split(blurred, planes);
    cv::split(c.lab, labc);
    planes.push_back(labc[1]);
    planes.push_back(labc[2]);
    std::vector<cv::Mat> dxs(5), dys(5);
    for (size_t i = 0; i < 5; ++i) {
        cv::Sobel(planes[i], dxs[i], CV_16S, 1, 0, 3);
        cv::Sobel(planes[i], dys[i], CV_16S, 0, 1, 3);
    }
    c.gx.create(c.small.size(), CV_32F);
    c.gy.create(c.small.size(), CV_32F);
    cv::Mat best(c.small.size(), CV_32F);
    for (int y = 0; y < c.H; ++y) {
        const short* dx[5];
        const short* dy[5];
        for (size_t i = 0; i < 5; ++i) {
            dx[i] = dxs[i].ptr<short>(y);
            dy[i] = dys[i].ptr<short>(y);
        }
        float* gx = c.gx.ptr<float>(y);
        float* gy = c.gy.ptr<float>(y);
        float* bp = best.ptr<float>(y);
        for (int x = 0; x < c.W; ++x) {
            float bm = 0, bx = 0, by = 0;
            for (size_t i = 0; i < 5; ++i) {
                const float k = i < 3 ? 1.0f / 8 : 2.0f / 8; // a*, b* count double
                const float fx = dx[i][x] * k, fy = dy[i][x] * k;
                const float m2 = fx * fx + fy * fy;
                if (m2 > bm) {
                    bm = m2;
                    bx = fx;
                    by = fy;
                }
            }
            gx[x] = bx;
            gy[x] = by;
            bp[x] = bm;
        }
    }
    // Edge-support threshold from the image's own gradient level: low for clean scans (faint page
    // shadows count), higher on textured desks and noisy photos.
    cv::Mat mag;
    cv::sqrt(best, mag);
    cv::Mat sub = mag(cv::Rect(0, 0, c.W, c.H)).reshape(1, 1);
    std::vector<float> v;
    for (int i = 0; i < int(sub.total()); i += 7)
        v.push_back(sub.at<float>(0, i));
    if (!v.empty())
        c.thr = std::clamp(4.0 * medianOf(v), 1.0, 3.0);
}

struct SideEval
{
    double len = 0, vis = 0, sup = 0;
    std::vector<float> contrast;
    double medianContrast() const
    {
        std::vector<float> c = contrast;
        return medianOf(c);
    }
};

SideEval evalSide(const Ctx& c, cv::Point2d a, cv::Point2d b, cv::Point2d centroid, double step)
{
    SideEval e;
    e.len = cv::norm(b - a);
    if (e.len < 1)
        return e;
    const cv::Point2d dir = (b - a) / e.len;
    cv::Point2d n(-dir.y, dir.x);
    if (n.dot((a + b) * 0.5 - centroid) < 0)
        n = -n; // outward
    const int N = int(e.len / step);
    cv::Vec3d inSum(0, 0, 0), outSum(0, 0, 0);
    int cnt = 0;
    double chunkStart = 0;
    for (int i = 0; i <= N; ++i) {
        const cv::Point2d p = a + dir * (i * step);
        if (p.x < 3 || p.y < 3 || p.x > c.W - 4 || p.y > c.H - 4)
            continue;
        e.vis += 1;
        double best = 0;
        for (int o = -2; o <= 2; ++o) {
            const int x = roundHalfAway(p.x + n.x * o), y = roundHalfAway(p.y + n.y * o);
            const float gx = c.gx.at<float>(y, x), gy = c.gy.at<float>(y, x);
            const double proj = std::abs(gx * n.x + gy * n.y);
            const double mag = std::sqrt(double(gx) * gx + double(gy) * gy);
            if (proj >= 0.75 * mag && proj > best)
                best = proj;
        }
        if (best >= c.thr) {
            // An edge, not a smooth ramp: the gradient across the side must peak near it.
            double away = 0;
            for (int o : {-6, 6}) {
                const int x = std::clamp(roundHalfAway(p.x + n.x * o), 0, c.W - 1),
                          y = std::clamp(roundHalfAway(p.y + n.y * o), 0, c.H - 1);
                away =
                    std::max(away, double(std::abs(c.gx.at<float>(y, x) * n.x + c.gy.at<float>(y, x) * n.y)));
            }
            if (best >= 1.15 * away)
                e.sup += 1;
        }
        // Band colours 3 and 6 px either side, averaged over chunks of ~24 px along the side.
        for (double off : {3.0, 6.0}) {
            if (step > 3)
                break; // coarse pass: edge support only
            const cv::Point2d pi = p - n * off, po = p + n * off;
            if (po.x >= 0 && po.y >= 0 && po.x < c.W && po.y < c.H && pi.x >= 0 && pi.y >= 0 && pi.x < c.W &&
                pi.y < c.H) {
                const cv::Vec3b ci = c.lab.at<cv::Vec3b>(int(pi.y), int(pi.x)),
                                co = c.lab.at<cv::Vec3b>(int(po.y), int(po.x));
                inSum += cv::Vec3d(ci[0], ci[1], ci[2]);
                outSum += cv::Vec3d(co[0], co[1], co[2]);
                ++cnt;
            }
        }
        if ((i + 1) * step - chunkStart >= 24 || i == N) {
            if (cnt >= 4) {
                const cv::Vec3d dv = (inSum - outSum) / double(cnt);
                e.contrast.push_back(float(std::sqrt(dv[0] * dv[0] + 4 * dv[1] * dv[1] + 4 * dv[2] * dv[2])));
            }
            inSum = outSum = cv::Vec3d(0, 0, 0);
            cnt = 0;
            chunkStart = (i + 1) * step;
        }
    }
    e.vis *= step;
    e.sup *= step;
    return e;
}

struct Scored
{
    Q q;
    double score = -1;
    int missing = 0;        // sides (almost) entirely outside the frame
    double visibleFrac = 1; // share of the quad's area inside the frame
    double contrast = 0;    // median inside/outside colour difference along the sides
};

// Area shared by two convex quads (either orientation): Sutherland-Hodgman, `a` clipped by each side
// of `b`. Not cv::intersectConvexConvex: in OpenCV 4.6 (opencv/opencv#22812, #26972) it can miss the
// crossings of two quads that overlap along a shared side and return the whole of one of them, so a
// page half lying beside the best quad passed for a larger quad containing it (dev seed 1007: the
// inner-rectangle rule then swapped one half of a page split by a table rule for the other).
double intersectionArea(const Q& a, const Q& b)
{
    const double orient = polyArea(b) < 0 ? -1 : 1; // keep the inside of b on the positive side
    std::vector<cv::Point2d> poly(a.begin(), a.end());
    for (int i = 0; i < 4 && !poly.empty(); ++i) {
        const cv::Point2d p = b[size_t(i)], d = b[size_t((i + 1) % 4)] - p;
        auto inside = [&](cv::Point2d x) { return orient * cross(d, x - p); };
        std::vector<cv::Point2d> out;
        for (size_t k = 0; k < poly.size(); ++k) {
            const cv::Point2d u = poly[k], v = poly[(k + 1) % poly.size()];
            const double iu = inside(u), iv = inside(v);
            if (iu >= 0)
                out.push_back(u);
            if ((iu >= 0) != (iv >= 0))
                out.push_back(u + (v - u) * (iu / (iu - iv)));
        }
        poly.swap(out);
    }
    double area = 0;
    for (size_t k = 0; poly.size() >= 3 && k < poly.size(); ++k)
        area += cross(poly[k], poly[(k + 1) % poly.size()]);
    return std::abs(area) / 2;
}

// Area of q inside the frame (its pixel-edge rectangle).
double visibleArea(const Q& q, int W, int H)
{
    const double x1 = W - 0.5, y1 = H - 0.5;
    return intersectionArea(q, Q{cv::Point2d(-0.5, -0.5), {x1, -0.5}, {x1, y1}, {-0.5, y1}});
}

double scoreQuad(const Ctx& c, const Q& q, double step = 1.5, bool dbg = false, Scored* info = nullptr)
{
    if (!convexQuad(q))
        return -1;
    const double area = std::abs(polyArea(q));
    const double frame = double(c.W) * c.H;
    if (area < 0.04 * frame || area > 4 * frame)
        return -1;
    for (auto p : q)
        if (p.x < -1.5 * c.W || p.x > 2.5 * c.W || p.y < -1.5 * c.H || p.y > 2.5 * c.H)
            return -1;
    // Corner angles
    for (int i = 0; i < 4; ++i) {
        const cv::Point2d a = q[size_t((i + 3) % 4)] - q[size_t(i)],
                          b = q[size_t((i + 1) % 4)] - q[size_t(i)];
        const double cosv = a.dot(b) / (cv::norm(a) * cv::norm(b) + 1e-9);
        if (std::abs(cosv) > 0.8)
            return -1; // outside ~37..143 degrees
    }
    // Shape: the material is A4/A5/B5/Letter paper or an ID card (1:1.41-1.59); even seen at a steep
    // angle its outline is not a strip. Strips are letterhead bands and table rows cut off by a rule.
    {
        const double s1 = cv::norm(q[1] - q[0]) + cv::norm(q[3] - q[2]),
                     s2 = cv::norm(q[2] - q[1]) + cv::norm(q[0] - q[3]);
        if (std::max(s1, s2) > kMaxAspect * std::min(s1, s2))
            return -1;
    }
    const double vArea = std::min(area, visibleArea(q, c.W, c.H));
    if (vArea < 0.04 * frame)
        return -1;
    cv::Point2d centroid(0, 0);
    for (auto p : q)
        centroid += p * 0.25;
    double vis = 0, sup = 0, per = 0, minSup = 1, minContrast = 1e9;
    int missing = 0;
    std::vector<float> contrast;
    for (int i = 0; i < 4; ++i) {
        const SideEval e = evalSide(c, q[size_t(i)], q[size_t((i + 1) % 4)], centroid, step);
        per += e.len;
        vis += e.vis;
        sup += e.sup;
        if (e.vis < 0.15 * e.len || e.vis < 8) {
            ++missing;
            continue;
        }
        minSup = std::min(minSup, e.sup / e.vis);
        minContrast = std::min(minContrast, e.medianContrast());
        contrast.insert(contrast.end(), e.contrast.begin(), e.contrast.end());
    }
    if (missing > 1 || vis < 0.4 * per)
        return -1;
    const double support = sup / std::max(1.0, vis);
    const double medContrast = medianOf(contrast);
    if (minContrast > 1e8)
        minContrast = 0;
    const double contrastTerm =
        std::min(1.0, std::log1p((medContrast + minContrast) / 8.0) / std::log1p(200.0 / 8.0));
    double s = 0.45 * support + 0.3 * minSup + (step > 3 ? 0.2 : 0.2 * contrastTerm) +
               0.1 * std::sqrt(vArea / frame);
    s -= 0.08 * (1 - vArea / area);
    if (missing == 1)
        s -= 0.03 + 0.1 * (1 - std::min(1.0, vArea / (0.15 * frame)));
    if (info) {
        info->missing = missing;
        info->visibleFrac = vArea / area;
        info->contrast = minContrast;
    }
    if (dbg)
        std::fprintf(stderr,
                     "  quad (%.0f,%.0f)(%.0f,%.0f)(%.0f,%.0f)(%.0f,%.0f) sup %.3f minSup %.3f contrast "
                     "%.1f/%.1f vArea %.3f area %.3f missing %d -> %.3f\n",
                     q[0].x, q[0].y, q[1].x, q[1].y, q[2].x, q[2].y, q[3].x, q[3].y, support, minSup,
                     medContrast, minContrast, vArea / frame, area / frame, missing, s);
    return s;
}

bool containsQuad(const Q& big, const Q& small, double frac)
{
    return intersectionArea(big, small) >= frac * std::abs(polyArea(small));
}

// Intersection over union of two convex quads.
double overlapRatio(const Q& a, const Q& b)
{
    const double i = intersectionArea(a, b);
    const double u = std::abs(polyArea(a)) + std::abs(polyArea(b)) - i;
    return u > 0 ? i / u : 0;
}

// Whether `border` has a side lying on the frame border (both ends on or beyond it) and `inner` a side
// nearly parallel to that border, both ends within kTwinBand of the frame size inside it.
bool hasTwinSide(const Q& border, const Q& inner, int W, int H)
{
    for (int edge = 0; edge < 4; ++edge) {
        // distance inside the frame from frame edge `edge` (left, top, right, bottom)
        auto inside = [&](cv::Point2d p) {
            return edge == 0 ? p.x : edge == 1 ? p.y : edge == 2 ? W - 1 - p.x : H - 1 - p.y;
        };
        const double band = kTwinBand * (edge % 2 == 0 ? W : H);
        bool onBorder = false, twin = false;
        for (int i = 0; i < 4; ++i) {
            const cv::Point2d a = border[size_t(i)], b = border[size_t((i + 1) % 4)];
            if (inside(a) < 1.5 && inside(b) < 1.5)
                onBorder = true;
            const cv::Point2d c = inner[size_t(i)], d = inner[size_t((i + 1) % 4)];
            const double len = cv::norm(d - c);
            if (inside(c) > 1.5 && inside(d) > 1.5 && inside(c) < band && inside(d) < band &&
                std::abs(inside(c) - inside(d)) < 0.09 * len) // within ~5 degrees
                twin = true;
        }
        if (onBorder && twin)
            return true;
    }
    return false;
}

// Share of the ring B \ S (inside the frame) that has the paper colour of S's interior: high when B
// adds page margins around an inner rectangle S, low when B merges S with desk or the frame edge.
double ringPaperFraction(const Ctx& c, const Q& S, const Q& B)
{
    auto toPts = [](const Q& q) {
        std::vector<cv::Point> v;
        for (auto p : q)
            v.emplace_back(int(std::lround(p.x * 4)), int(std::lround(p.y * 4)));
        return v;
    };
    cv::Mat ms = cv::Mat::zeros(c.H, c.W, CV_8U), mb = cv::Mat::zeros(c.H, c.W, CV_8U);
    cv::fillConvexPoly(ms, toPts(S), cv::Scalar(255), cv::LINE_8, 2);
    cv::fillConvexPoly(mb, toPts(B), cv::Scalar(255), cv::LINE_8, 2);
    std::vector<int> Ls, As, Bs;
    for (int y = 1; y < c.H; y += 3) {
        const uchar* m = ms.ptr<uchar>(y);
        const cv::Vec3b* lp = c.lab.ptr<cv::Vec3b>(y);
        for (int x = 1; x < c.W; x += 3)
            if (m[x]) {
                Ls.push_back(lp[x][0]);
                As.push_back(lp[x][1]);
                Bs.push_back(lp[x][2]);
            }
    }
    if (Ls.size() < 50)
        return 1;
    auto med = [](std::vector<int>& v, double q) {
        std::nth_element(v.begin(), v.begin() + long(q * (v.size() - 1)), v.end());
        return v[size_t(q * (v.size() - 1))];
    };
    const int L0 = med(Ls, 0.7), a0 = med(As, 0.5), b0 = med(Bs, 0.5);
    int ring = 0, paper = 0;
    for (int y = 1; y < c.H; y += 3) {
        const uchar* m = ms.ptr<uchar>(y);
        const uchar* n = mb.ptr<uchar>(y);
        const cv::Vec3b* lp = c.lab.ptr<cv::Vec3b>(y);
        for (int x = 1; x < c.W; x += 3) {
            if (!n[x] || m[x])
                continue;
            ++ring;
            if (lp[x][0] >= 0.88 * L0 && std::abs(int(lp[x][1]) - a0) + std::abs(int(lp[x][2]) - b0) <= 6)
                ++paper;
        }
    }
    return ring < 30 ? 1 : double(paper) / ring;
}

double distanceToLine(cv::Point2d p, cv::Point2d a, cv::Point2d b)
{
    const cv::Point2d d = b - a;
    return std::abs(cross(d, p - a)) / std::max(1e-9, cv::norm(d));
}

// How clearly another sheet lies beyond S where S lies inside B: the largest colour step, over the sides
// of S at least kSeparatingSideMin from every side line of B, between the bands 5-7 px inside and outside
// that side (median along its middle 80 %). Lightness counts half: within one page the light changes it
// (a gradient, a shadow, a block of text beside a blank margin), while the paper's tint stays the same;
// a sheet beneath differs in tint or, under the page's shadow, in lightness by much more. A printed rule
// (a table's border, a letterhead band) has the same paper on both sides and gives no step.
double paperStepAcross(const Ctx& c, const Q& S, const Q& B)
{
    cv::Point2d centroid(0, 0);
    for (auto p : S)
        centroid += p * 0.25;
    double largest = 0;
    for (int i = 0; i < 4; ++i) {
        const cv::Point2d a = S[size_t(i)], b = S[size_t((i + 1) % 4)], mid = (a + b) * 0.5;
        double nearest = 1e9;
        for (int k = 0; k < 4; ++k)
            nearest = std::min(nearest, distanceToLine(mid, B[size_t(k)], B[size_t((k + 1) % 4)]));
        if (nearest < kSeparatingSideMin)
            continue; // a side S shares with B, or nearly
        const double len = cv::norm(b - a);
        if (len < 8)
            continue; // too short to have a median of bands
        const cv::Point2d dir = (b - a) / len;
        cv::Point2d n(-dir.y, dir.x);
        if (n.dot(mid - centroid) < 0)
            n = -n; // outward
        std::vector<float> dL, dA, dB;
        for (double t = 0.1 * len; t <= 0.9 * len; t += 1.5) {
            const cv::Point2d p = a + dir * t;
            cv::Vec3d in(0, 0, 0), out(0, 0, 0);
            bool inFrame = true;
            for (int o = 5; o <= 7 && inFrame; ++o) {
                const cv::Point2i pi(roundHalfAway(p.x - n.x * o), roundHalfAway(p.y - n.y * o)),
                    po(roundHalfAway(p.x + n.x * o), roundHalfAway(p.y + n.y * o));
                inFrame = pi.x >= 0 && pi.y >= 0 && po.x >= 0 && po.y >= 0 && pi.x < c.W && po.x < c.W &&
                          pi.y < c.H && po.y < c.H;
                if (!inFrame)
                    break;
                const cv::Vec3b ci = c.lab.at<cv::Vec3b>(pi), co = c.lab.at<cv::Vec3b>(po);
                in += cv::Vec3d(ci[0], ci[1], ci[2]);
                out += cv::Vec3d(co[0], co[1], co[2]);
            }
            if (!inFrame)
                continue;
            const cv::Vec3d d = (in - out) / 3.0;
            dL.push_back(float(d[0]));
            dA.push_back(float(d[1]));
            dB.push_back(float(d[2]));
        }
        if (dL.size() < 8)
            continue;
        const double l = 0.5 * medianOf(dL), ca = 2 * medianOf(dA), cb = 2 * medianOf(dB);
        largest = std::max(largest, std::sqrt(l * l + ca * ca + cb * cb));
    }
    return largest;
}

// ---- Candidate sources ---------------------------------------------------------------------

void quadsFromPolygon(const std::vector<cv::Point>& poly, std::vector<Q>& out)
{
    const int n = int(poly.size());
    if (n == 4) {
        Q q;
        for (int i = 0; i < 4; ++i)
            q[size_t(i)] = cv::Point2d(poly[size_t(i)]);
        out.push_back(q);
    } else if (n == 5 || n == 6) {
        // A corner cut by the frame or a fold: drop one (or two) edges and extend the neighbours.
        std::vector<Line> L;
        for (int i = 0; i < n; ++i)
            L.push_back(lineThrough(cv::Point2d(poly[size_t(i)]), cv::Point2d(poly[size_t((i + 1) % n)])));
        std::vector<std::vector<int>> keeps;
        if (n == 5)
            for (int drop = 0; drop < 5; ++drop) {
                std::vector<int> k;
                for (int i = 0; i < 5; ++i)
                    if (i != drop)
                        k.push_back(i);
                keeps.push_back(k);
            }
        else
            for (int d1 = 0; d1 < 6; ++d1)
                for (int d2 = d1 + 2; d2 < 6; ++d2) {
                    if (d1 == 0 && d2 == 5)
                        continue;
                    std::vector<int> k;
                    for (int i = 0; i < 6; ++i)
                        if (i != d1 && i != d2)
                            k.push_back(i);
                    keeps.push_back(k);
                }
        for (const auto& k : keeps) {
            Q q;
            bool ok = true;
            for (int i = 0; i < 4 && ok; ++i)
                ok = intersect(L[size_t(k[size_t(i)])], L[size_t(k[size_t((i + 1) % 4)])],
                               q[size_t((i + 1) % 4)]);
            if (ok)
                out.push_back(q);
        }
    }
}

void contourCandidates(const cv::Mat& bin, int mode, double minArea, std::vector<Q>& out)
{
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(bin, contours, mode, cv::CHAIN_APPROX_SIMPLE);
    std::sort(contours.begin(), contours.end(),
              [](const auto& a, const auto& b) { return cv::contourArea(a) > cv::contourArea(b); });
    int used = 0;
    for (const auto& ct : contours) {
        if (used >= 12)
            break;
        std::vector<cv::Point> hull;
        cv::convexHull(ct, hull);
        if (cv::contourArea(hull) < minArea)
            continue;
        ++used;
        const double arc = cv::arcLength(hull, true);
        for (double eps : {0.01, 0.02, 0.035, 0.05, 0.08}) {
            std::vector<cv::Point> ap;
            cv::approxPolyDP(hull, ap, eps * arc, true);
            quadsFromPolygon(ap, out);
            if (ap.size() <= 4)
                break;
        }
        std::vector<cv::Point> ap;
        cv::approxPolyDP(ct, ap, 0.02 * cv::arcLength(ct, true), true);
        if (ap.size() == 4 && cv::isContourConvex(ap))
            quadsFromPolygon(ap, out);
    }
}

std::vector<Line> mergeSegments(const std::vector<cv::Vec4f>& segs, double minLen, size_t keep)
{
    struct Cluster
    {
        std::vector<cv::Point2f> pts;
        double len = 0;
        Line line;
        double ang = 0;
    };
    std::vector<std::pair<double, cv::Vec4f>> sorted;
    for (const auto& s : segs) {
        const double l = std::hypot(s[2] - s[0], s[3] - s[1]);
        if (l >= minLen * 0.3)
            sorted.emplace_back(l, s);
    }
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<Cluster> cl;
    for (const auto& [l, s] : sorted) {
        const cv::Point2d a(s[0], s[1]), b(s[2], s[3]);
        const Line sl = lineThrough(a, b);
        bool merged = false;
        for (auto& c : cl) {
            if (std::abs(cross(c.line.d, sl.d)) > 0.035)
                continue; // ~2 degrees
            const double da = std::abs(cross(c.line.d, a - c.line.p)),
                         db = std::abs(cross(c.line.d, b - c.line.p));
            if (da > 2.0 || db > 2.0)
                continue;
            c.pts.emplace_back(a);
            c.pts.emplace_back(b);
            c.len += l;
            cv::Vec4f fl;
            cv::fitLine(c.pts, fl, cv::DIST_L2, 0, 0.01, 0.01);
            c.line.d = cv::Point2d(fl[0], fl[1]);
            c.line.p = cv::Point2d(fl[2], fl[3]);
            merged = true;
            break;
        }
        if (!merged) {
            Cluster c;
            c.pts = {cv::Point2f(a), cv::Point2f(b)};
            c.len = l;
            c.line = sl;
            cl.push_back(c);
        }
    }
    std::sort(cl.begin(), cl.end(), [](const Cluster& a, const Cluster& b) { return a.len > b.len; });
    std::vector<Line> out;
    for (const auto& c : cl) {
        if (c.len < minLen || out.size() >= keep)
            break;
        Line l = c.line;
        l.support = c.len;
        out.push_back(l);
    }
    return out;
}

void lineCandidates(const Ctx& c, const std::vector<Line>& lines, std::vector<Q>& out)
{
    const int n = int(lines.size());
    const double minSep = 0.12 * std::min(c.W, c.H);
    struct Pair
    {
        int a, b;
        cv::Point2d dir;
    };
    std::vector<Pair> pairs;
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) {
            if (lines[size_t(i)].border && lines[size_t(j)].border)
                continue;
            const double sinv = std::abs(cross(lines[size_t(i)].d, lines[size_t(j)].d));
            if (sinv > 0.6)
                continue; // within ~37 degrees: candidates for opposite sides
            const double sep = std::abs(cross(lines[size_t(i)].d, lines[size_t(j)].p - lines[size_t(i)].p));
            if (sep < minSep)
                continue;
            cv::Point2d d =
                lines[size_t(i)].d +
                (lines[size_t(i)].d.dot(lines[size_t(j)].d) > 0 ? lines[size_t(j)].d : -lines[size_t(j)].d);
            d /= cv::norm(d);
            pairs.push_back({i, j, d});
        }
    for (size_t p = 0; p < pairs.size(); ++p)
        for (size_t q = p + 1; q < pairs.size(); ++q) {
            const Pair& A = pairs[p];
            const Pair& B = pairs[q];
            if (std::abs(cross(A.dir, B.dir)) < 0.7)
                continue; // the two pairs must cross (> ~45 degrees)
            int borders = 0;
            for (int k : {A.a, A.b, B.a, B.b})
                borders += lines[size_t(k)].border ? 1 : 0;
            if (borders > 1)
                continue;
            const Line& a = lines[size_t(A.a)];
            const Line& b = lines[size_t(A.b)];
            const Line& cc = lines[size_t(B.a)];
            const Line& d = lines[size_t(B.b)];
            Q quad;
            if (!intersect(a, cc, quad[0]) || !intersect(cc, b, quad[1]) || !intersect(b, d, quad[2]) ||
                !intersect(d, a, quad[3]))
                continue;
            out.push_back(quad);
        }
}

// The cheap pass (6 px sampling, edge support only): quads scoring over 0.2, best first.
std::vector<Scored> coarseScored(const Ctx& c, const std::vector<Q>& quads)
{
    std::vector<Scored> out;
    for (const auto& q : quads) {
        const double s = scoreQuad(c, q, 6.0);
        if (s > 0.2)
            out.push_back({q, s});
    }
    std::sort(out.begin(), out.end(), [](const Scored& a, const Scored& b) { return a.score > b.score; });
    return out;
}

bool sameQuad(const Q& a, const Q& b)
{
    for (int i = 0; i < 4; ++i)
        if (cv::norm(a[size_t(i)] - b[size_t(i)]) > 1.0)
            return false;
    return true;
}

// Side replacement: the page's own side is often a shorter line than the ones paired into quads (other
// papers, keyboards and wood grain give many long lines), so the best quads get each side replaced in
// turn by every near-parallel line of the larger pool; the best results are scored finely and added to
// `fine`. A page merged with a neighbouring paper differs from its true outline by one or two sides;
// a further round (kReplaceRounds) would replace a second side, but gained nothing on the dev seeds.
// `expanded` holds the quads already expanded, so a round never expands one twice.
void replaceSides(const Ctx& c, const std::vector<Line>& pool, std::vector<Scored>& fine,
                  std::vector<Q>& expanded)
{
    std::sort(fine.begin(), fine.end(), [](const Scored& a, const Scored& b) { return a.score > b.score; });
    std::vector<Q> extra;
    size_t used = 0;
    for (size_t t = 0; t < fine.size() && used < kReplaceTop; ++t) {
        const Q& q = fine[t].q;
        if (std::any_of(expanded.begin(), expanded.end(), [&](const Q& e) { return sameQuad(e, q); }))
            continue;
        expanded.push_back(q);
        ++used;
        for (int i = 0; i < 4; ++i) {
            const cv::Point2d a = q[size_t(i)], b = q[size_t((i + 1) % 4)];
            const Line side = lineThrough(a, b);
            const Line prev = lineThrough(q[size_t((i + 3) % 4)], a),
                       next = lineThrough(b, q[size_t((i + 2) % 4)]);
            const cv::Point2d mid = (a + b) * 0.5;
            for (const Line& l : pool) {
                if (std::abs(cross(side.d, l.d)) > 0.26)
                    continue; // within ~15 degrees
                if (std::abs(cross(l.d, mid - l.p)) < 3)
                    continue; // the same side
                Q r = q;
                if (!intersect(prev, l, r[size_t(i)]) || !intersect(l, next, r[size_t((i + 1) % 4)]))
                    continue;
                // A page merged with a neighbour is at most about twice the page; a much smaller quad
                // would be a band of the page (letterhead, table) cut off by a printed rule.
                const double ratio = std::abs(polyArea(r)) / std::max(1.0, std::abs(polyArea(q)));
                if (ratio < kReplaceMinArea || ratio > 1 / kReplaceMinArea)
                    continue;
                extra.push_back(r);
            }
        }
    }
    const std::vector<Scored> more = coarseScored(c, extra);
    size_t added = 0;
    for (size_t i = 0; i < more.size() && added < kReplaceFine; ++i) {
        if (std::any_of(fine.begin(), fine.end(), [&](const Scored& f) { return sameQuad(f.q, more[i].q); }))
            continue;
        Scored sc{more[i].q};
        sc.score = scoreQuad(c, more[i].q, 1.5, false, &sc);
        fine.push_back(sc);
        ++added;
    }
}

// ---- Full-resolution refinement -----------------------------------------------------------

cv::Vec3f sampleBilinear(const cv::Mat& img, double x, double y)
{
    x = std::clamp(x, 0.0, img.cols - 1.001);
    y = std::clamp(y, 0.0, img.rows - 1.001);
    const int x0 = int(x), y0 = int(y);
    const float fx = float(x - x0), fy = float(y - y0);
    const cv::Vec3b* r0 = img.ptr<cv::Vec3b>(y0);
    const cv::Vec3b* r1 = img.ptr<cv::Vec3b>(y0 + 1);
    cv::Vec3f out;
    for (int k = 0; k < 3; ++k)
        out[k] = (1 - fy) * ((1 - fx) * r0[x0][k] + fx * r0[x0 + 1][k]) +
                 fy * ((1 - fx) * r1[x0][k] + fx * r1[x0 + 1][k]);
    return out;
}

Q refineFullRes(const cv::Mat& full, const Q& q, double scale)
{
    const double R = 2.5 / scale + 2;
    const int W = full.cols, H = full.rows;
    cv::Point2d centroid(0, 0);
    for (auto p : q)
        centroid += p * 0.25;
    std::array<Line, 4> lines;
    for (int i = 0; i < 4; ++i) {
        const cv::Point2d a = q[size_t(i)], b = q[size_t((i + 1) % 4)];
        lines[size_t(i)] = lineThrough(a, b);
        const double len = cv::norm(b - a);
        const cv::Point2d dir = (b - a) / len;
        cv::Point2d n(-dir.y, dir.x);
        if (n.dot((a + b) * 0.5 - centroid) < 0)
            n = -n;
        const int N = std::clamp(int(len / 6), 10, 150);
        std::vector<cv::Point2f> pts;
        int tried = 0;
        const int steps = int(std::ceil(R));
        std::vector<float> prof(size_t(2 * steps + 3));
        for (int s = 1; s < N; ++s) {
            const cv::Point2d p = a + dir * (len * s / N);
            if (p.x < R + 2 || p.y < R + 2 || p.x > W - R - 3 || p.y > H - R - 3)
                continue;
            ++tried;
            // colour at offsets -steps-1 .. steps+1, averaged over 3 positions along the side
            std::vector<cv::Vec3f> col(size_t(2 * steps + 3));
            for (int t = -steps - 1; t <= steps + 1; ++t) {
                cv::Vec3f acc(0, 0, 0);
                for (int u = -1; u <= 1; ++u)
                    acc += sampleBilinear(full, p.x + n.x * t + dir.x * u * 1.5,
                                          p.y + n.y * t + dir.y * u * 1.5);
                col[size_t(t + steps + 1)] = acc / 3.f;
            }
            double bestV = 0;
            int bestT = 0;
            std::vector<double> D(size_t(2 * steps + 1));
            for (int t = -steps; t <= steps; ++t) {
                const cv::Vec3f dv = col[size_t(t + steps + 2)] - col[size_t(t + steps)];
                const double v = std::sqrt(dv.dot(dv));
                D[size_t(t + steps)] = v;
                const double w = v * (1 - 0.5 * std::abs(t) / (steps + 1.0));
                if (w > bestV) {
                    bestV = w;
                    bestT = t;
                }
            }
            if (bestV < 8)
                continue;
            double off = bestT;
            if (bestT > -steps && bestT < steps) {
                const double l = D[size_t(bestT + steps - 1)], m = D[size_t(bestT + steps)],
                             r = D[size_t(bestT + steps + 1)];
                const double den = l - 2 * m + r;
                if (std::abs(den) > 1e-6)
                    off += std::clamp(0.5 * (l - r) / den, -0.5, 0.5);
            }
            pts.emplace_back(cv::Point2f(p + n * off));
        }
        if (pts.size() >= 8 && pts.size() >= size_t(0.35 * tried)) {
            cv::Vec4f fl;
            cv::fitLine(pts, fl, cv::DIST_HUBER, 0, 0.01, 0.01);
            Line l;
            l.d = cv::Point2d(fl[0], fl[1]);
            l.p = cv::Point2d(fl[2], fl[3]);
            // keep only small corrections (angle and offset)
            if (std::abs(cross(l.d, lines[size_t(i)].d)) < 0.05 &&
                std::abs(cross(lines[size_t(i)].d, l.p - lines[size_t(i)].p)) < R + 1)
                lines[size_t(i)] = l;
        }
    }
    Q out;
    for (int i = 0; i < 4; ++i) {
        cv::Point2d p;
        if (!intersect(lines[size_t((i + 3) % 4)], lines[size_t(i)], p) ||
            cv::norm(p - q[size_t(i)]) > 4 * R + 0.05 * cv::norm(q[size_t(i)] - centroid))
            return q;
        out[size_t(i)] = p;
    }
    return out;
}

Quad toQuad(const Q& q)
{
    std::array<cv::Point2f, 4> a;
    for (int i = 0; i < 4; ++i)
        a[size_t(i)] = cv::Point2f(float(q[size_t(i)].x), float(q[size_t(i)].y));
    return Quad::ordered(a);
}

} // namespace

double overlapArea(const Quad& a, const Quad& b)
{
    Q qa, qb;
    for (size_t i = 0; i < 4; ++i) {
        qa[i] = a.pts[i];
        qb[i] = b.pts[i];
    }
    return intersectionArea(qa, qb);
}

// One pass of the detector over `bgr` (findPage below may make a second on an equalised copy).
static Result findPageOnce(const cv::Mat& bgr)
{
    Result res;
    res.corners = Quad::fromRect(bgr.size());
    Ctx c;
    double scale = 1;
    const bool dbgT = std::getenv("MTB_DETECT_TIME") != nullptr;
    auto t0 = cv::getTickCount();
    auto lap = [&](const char* what) {
        if (!dbgT)
            return;
        const auto t = cv::getTickCount();
        std::fprintf(stderr, "  %s %.1f ms\n", what, double(t - t0) * 1000 / cv::getTickFrequency());
        t0 = t;
    };
    buildContext(bgr, c, scale);
    lap("context");
    const double frame = double(c.W) * c.H;

    std::vector<Q> cands;
    // (1) Colour edges: Canny per channel (B, G, R, L, a*, b*), dilated, all contours.
    std::vector<cv::Mat> chans, labc;
    cv::Mat blurred;
    cv::GaussianBlur(c.small, blurred, cv::Size(5, 5), 1.0);
    cv::split(blurred, chans);
    cv::split(c.lab, labc);
    cv::Mat edges = cv::Mat::zeros(c.small.size(), CV_8U), e;
    for (auto& ch : chans) {
        cv::Canny(ch, e, 20, 50);
        edges |= e;
    }
    for (int i = 0; i < 3; ++i) {
        cv::Mat s;
        if (i == 0)
            s = labc[0];
        else
            labc[size_t(i)].convertTo(s, CV_8U, 3.0, -3.0 * 128 + 128);
        cv::Canny(s, e, 15, 40);
        edges |= e;
    }
    cv::Mat dil;
    cv::dilate(edges, dil, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    contourCandidates(dil, cv::RETR_LIST, 0.04 * frame, cands);
    lap("edge contours");

    // (2) Paper-coloured regions: bright and unsaturated (Otsu), text closed away.
    cv::Mat whiteness(c.small.size(), CV_8U);
    for (int y = 0; y < c.H; ++y) {
        const cv::Vec3b* lp = c.lab.ptr<cv::Vec3b>(y);
        uchar* wp = whiteness.ptr<uchar>(y);
        for (int x = 0; x < c.W; ++x) {
            const int chroma = std::abs(int(lp[x][1]) - 128) + std::abs(int(lp[x][2]) - 128);
            wp[x] = cv::saturate_cast<uchar>(int(lp[x][0]) - 3 * chroma);
        }
    }
    const int k = std::max(3, int(0.015 * std::max(c.W, c.H)) | 1);
    const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_RECT, cv::Size(k, k));
    for (const cv::Mat* src : {&labc[0], &whiteness}) {
        cv::Mat bin;
        cv::threshold(*src, bin, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
        cv::morphologyEx(bin, bin, cv::MORPH_CLOSE, kernel);
        cv::morphologyEx(bin, bin, cv::MORPH_OPEN, kernel);
        contourCandidates(bin, cv::RETR_EXTERNAL, 0.04 * frame, cands);
    }

    lap("region contours");
    std::vector<Line> pool; // the longest merged lines, for side replacement below
    // (3) Line segments (LSD on L and on whiteness), merged into lines, assembled into 4- and 3-line quads
    //     (the frame border can stand in for one side of a cut-off page).
    {
        std::vector<cv::Vec4f> segs, s2;
        cv::Ptr<cv::LineSegmentDetector> lsd = cv::createLineSegmentDetector(cv::LSD_REFINE_NONE, kLsdScale);
        lsd->detect(labc[0], segs);
        lsd->detect(whiteness, s2);
        segs.insert(segs.end(), s2.begin(), s2.end());
        pool = mergeSegments(segs, 0.06 * std::min(c.W, c.H), kLinePool);
        std::vector<Line> lines(pool.begin(),
                                pool.begin() + long(std::min<size_t>(kLinesPaired, pool.size())));
        const double W = c.W - 1, H = c.H - 1;
        for (auto [a, b] : {std::pair{cv::Point2d(0, 0), cv::Point2d(W, 0)},
                            {cv::Point2d(W, 0), cv::Point2d(W, H)},
                            {cv::Point2d(W, H), cv::Point2d(0, H)},
                            {cv::Point2d(0, H), cv::Point2d(0, 0)}}) {
            Line l = lineThrough(a, b);
            l.border = true;
            lines.push_back(l);
        }
        lap("lsd");
        lineCandidates(c, lines, cands);
        lap("line quads");
    }
    res.candidates = int(cands.size());

    // Coarse score for all, fine score for the best few.
    // Drop near-duplicates (same corners within ~3 px, any starting corner).
    {
        std::vector<std::array<int, 8>> keys;
        std::vector<Q> unique;
        for (const auto& q : cands) {
            int start = 0;
            for (int i = 1; i < 4; ++i)
                if (q[size_t(i)].x + q[size_t(i)].y < q[size_t(start)].x + q[size_t(start)].y)
                    start = i;
            std::array<int, 8> k;
            for (int i = 0; i < 4; ++i) {
                k[size_t(2 * i)] = int(std::floor(q[size_t((start + i) % 4)].x / 3));
                k[size_t(2 * i + 1)] = int(std::floor(q[size_t((start + i) % 4)].y / 3));
            }
            keys.push_back(k);
        }
        std::vector<size_t> idx(cands.size());
        std::iota(idx.begin(), idx.end(), 0);
        std::sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return keys[a] < keys[b]; });
        for (size_t i = 0; i < idx.size(); ++i)
            if (i == 0 || keys[idx[i]] != keys[idx[i - 1]])
                unique.push_back(cands[idx[i]]);
        cands.swap(unique);
    }
    const std::vector<Scored> coarse = coarseScored(c, cands);
    lap("coarse scoring");
    Scored best;
    std::vector<Scored> fine;
    for (size_t i = 0; i < std::min<size_t>(60, coarse.size()); ++i) {
        Scored sc{coarse[i].q};
        sc.score = scoreQuad(c, coarse[i].q, 1.5, false, &sc);
        fine.push_back(sc);
        if (sc.score > best.score)
            best = sc;
    }
    std::vector<Q> expanded;
    for (int round = 0; round < kReplaceRounds; ++round)
        replaceSides(c, pool, fine, expanded);
    for (const auto& f : fine)
        if (f.score > best.score)
            best = f;
    lap("side replacement");
    // A quad running to the frame edge often merges the page with desk or another paper that leaves
    // the frame. Prefer a nested candidate that stays inside the frame when it scores nearly as well and
    // the ring between them is mostly not its paper colour.
    auto atBorder = [&](const Q& q) {
        for (auto p : q)
            if (p.x < 2 || p.y < 2 || p.x > c.W - 3 || p.y > c.H - 3)
                return true;
        return false;
    };
    if (best.score > 0 && atBorder(best.q)) {
        const double bestArea = std::abs(polyArea(best.q));
        Scored pick;
        for (const auto& f : fine) {
            if (f.score < best.score - kNestedSlack || f.score <= pick.score || atBorder(f.q))
                continue;
            if (std::abs(polyArea(f.q)) > 0.92 * bestArea || !containsQuad(best.q, f.q, 0.97))
                continue;
            if (ringPaperFraction(c, f.q, best.q) < kRingPaperMin)
                pick = f;
        }
        if (pick.score > 0)
            best = pick;
    }
    // A page laid a few millimetres from the frame edge (a flatbed's glass corner, a white lid, so the
    // ring rule above cannot tell lid from paper) also gives a quad that takes the frame border for one
    // side. Prefer the in-frame twin whose side runs along that border a little inside it, when it
    // overlaps the best one and scores nearly as well: the border itself is no evidence of an edge.
    if (best.score > 0 && best.missing > 0) {
        Scored pick;
        for (const auto& f : fine) {
            // The twin's weakest side must be about as distinct as the best one's: a printed rule near
            // the frame edge of a cut-off page is ink on paper, far weaker than a page edge on desk.
            if (f.score < best.score - kTwinSlack || f.score <= pick.score || atBorder(f.q) ||
                f.missing > 0 || f.contrast < 0.5 * best.contrast)
                continue;
            if (overlapRatio(best.q, f.q) < 0.6 || !hasTwinSide(best.q, f.q, c.W, c.H))
                continue;
            pick = f;
        }
        if (pick.score > 0)
            best = pick;
    }
    // On a desk with other papers, a neighbouring sheet (or the part of one in frame) can outscore the
    // page: the page's own sides lie partly on other paper, where its edges are faint. When a separate
    // candidate (hardly overlapping the best one) lies whole inside the frame, is clearly larger than
    // what is seen of the best one and scores nearly as well, it is the sheet the photo was taken of:
    // staff frame the document they are submitting, not the paper beside it.
    if (best.score > 0) {
        const double bestVis = best.visibleFrac * std::abs(polyArea(best.q));
        Scored pick;
        for (const auto& f : fine) {
            if (f.score < best.score - kRivalSlack || f.score <= pick.score || atBorder(f.q) || f.missing > 0)
                continue;
            if (std::abs(polyArea(f.q)) < kRivalArea * bestVis || overlapRatio(best.q, f.q) > 0.2)
                continue;
            pick = f;
        }
        if (pick.score > 0)
            best = pick;
    }
    // An inner rectangle (table, letterhead band, text column, edge rule) scores as well as the page
    // itself; prefer a clearly larger candidate that contains the best one when it scores nearly as well,
    // unless it reaches the frame edge and the ring it adds is mostly not the best one's paper colour
    // (a merge with desk or another paper running out of frame), or another sheet lies beyond a side
    // of the best one (the page merged with the sheet it lies on, in frame or not).
    if (best.score > 0) {
        const double bestArea = std::abs(polyArea(best.q));
        Scored pick = best;
        double pickArea = bestArea;
        for (const auto& f : fine) {
            const double a = std::abs(polyArea(f.q));
            if (f.score < best.score - kContainSlack || a < pickArea * 1.03 || f.missing > best.missing ||
                f.visibleFrac < best.visibleFrac - 0.02 || f.contrast < 0.5 * best.contrast)
                continue;
            if (!containsQuad(f.q, best.q, 0.97))
                continue;
            if (atBorder(f.q) && ringPaperFraction(c, best.q, f.q) < kRingPaperMin)
                continue;
            if (paperStepAcross(c, best.q, f.q) >= kOtherSheetStep)
                continue; // the page lying on another sheet, not an inner rectangle of it
            pick = f;
            pickArea = a;
        }
        best = pick;
    }
    if (std::getenv("MTB_DETECT_DEBUG")) {
        std::fprintf(stderr, "detect: %zu candidates, %zu coarse, best %.3f\n", cands.size(), coarse.size(),
                     best.score);
        std::sort(fine.begin(), fine.end(),
                  [](const Scored& a, const Scored& b) { return a.score > b.score; });
        for (size_t i = 0; i < std::min<size_t>(4, fine.size()); ++i)
            scoreQuad(c, fine[i].q, 1.5, true);
        Scored bm;
        for (const auto& q : cands) {
            Scored sc{q};
            sc.score = scoreQuad(c, q, 1.5, false, &sc);
            if (sc.missing == 1 && sc.score > bm.score)
                bm = sc;
        }
        std::fprintf(stderr, " best with a missing side:\n");
        if (bm.score > -1)
            scoreQuad(c, bm.q, 1.5, true);
        std::fprintf(stderr, " chosen:\n");
        scoreQuad(c, best.q, 1.5, true);
    }
    res.score = best.score;
    if (best.score < kFoundThreshold)
        return res;

    // Map to full resolution (pixel centres) and refine each side in a narrow band.
    Q fullQ;
    for (int i = 0; i < 4; ++i)
        fullQ[size_t(i)] = (best.q[size_t(i)] + cv::Point2d(0.5, 0.5)) / scale - cv::Point2d(0.5, 0.5);
    lap("fine scoring");
    fullQ = refineFullRes(bgr, fullQ, scale);
    lap("refine");

    res.found = true;
    res.corners = toQuad(fullQ);
    const double m = 0.01 * std::min(bgr.cols, bgr.rows);
    res.complete = true;
    for (auto p : res.corners.pts)
        if (p.x < m || p.y < m || p.x > bgr.cols - 1 - m || p.y > bgr.rows - 1 - m)
            res.complete = false;
    res.confidence = std::clamp((best.score - kFoundThreshold) / 0.3, 0.0, 1.0);
    return res;
}

// A white page on a white ground (a scanner lid, a pale document-camera base) can have edges so faint
// that no outline reaches the found threshold: the page's side is a slight shadow a few levels darker
// than the ground, too weak for the line detector. Only then is the frame tried once more with its
// lightness equalised locally (CLAHE), which lifts that shadow to an edge the candidates can use.
// Frames where a page is found are never changed by this; a blank or noisy frame stays not found
// (test_page_detector). On the dev seeds 1000-1089 it found 4 flatbed pages of 5 not found
// (JI 0 -> 0.87-1.00) and a cut-off one (docs/scanning.md).
Result findPage(const cv::Mat& bgr)
{
    Result first = findPageOnce(bgr);
    if (first.found)
        return first;
    cv::Mat lab;
    cv::cvtColor(bgr, lab, cv::COLOR_BGR2Lab);
    std::vector<cv::Mat> channels;
    cv::split(lab, channels);
    cv::createCLAHE(kFaintClipLimit, cv::Size(kFaintTiles, kFaintTiles))->apply(channels[0], channels[0]);
    cv::merge(channels, lab);
    cv::Mat equalised;
    cv::cvtColor(lab, equalised, cv::COLOR_Lab2BGR);
    Result second = findPageOnce(equalised);
    return second.found ? second : first;
}

double scoreCandidate(const cv::Mat& bgr, const Quad& full)
{
    Ctx c;
    double scale = 1;
    buildContext(bgr, c, scale);
    Q q;
    for (int i = 0; i < 4; ++i)
        q[size_t(i)] =
            (cv::Point2d(full.pts[size_t(i)]) + cv::Point2d(0.5, 0.5)) * scale - cv::Point2d(0.5, 0.5);
    return scoreQuad(c, q, 1.5, std::getenv("MTB_DETECT_DEBUG") != nullptr);
}

Result baselineLargestContour(const cv::Mat& bgr)
{
    Result res;
    res.corners = Quad::fromRect(bgr.size());
    const double scale = std::min(1.0, 640.0 / std::max(bgr.cols, bgr.rows));
    cv::Mat small, gray, edges;
    cv::resize(bgr, small, cv::Size(), scale, scale, cv::INTER_AREA);
    cv::cvtColor(small, gray, cv::COLOR_BGR2GRAY);
    cv::GaussianBlur(gray, gray, cv::Size(5, 5), 0);
    cv::Canny(gray, edges, 75, 200);
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(edges, contours, cv::RETR_LIST, cv::CHAIN_APPROX_SIMPLE);
    std::sort(contours.begin(), contours.end(),
              [](const auto& a, const auto& b) { return cv::contourArea(a) > cv::contourArea(b); });
    for (size_t i = 0; i < std::min<size_t>(5, contours.size()); ++i) {
        std::vector<cv::Point> ap;
        cv::approxPolyDP(contours[i], ap, 0.02 * cv::arcLength(contours[i], true), true);
        if (ap.size() == 4 && cv::contourArea(ap) >= 0.1 * small.total()) {
            std::array<cv::Point2f, 4> a;
            for (int k = 0; k < 4; ++k)
                a[size_t(k)] = cv::Point2f(ap[size_t(k)]) / float(scale);
            res.corners = Quad::ordered(a);
            res.found = true;
            res.confidence = 0.5;
            break;
        }
    }
    return res;
}

} // namespace mtb::detect
