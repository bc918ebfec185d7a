// mtbdesk-localisation-bench: page-localisation accuracy on synthetic captures (mtb_synth), per stratum,
// on a development seed range (used for tuning) and a held-out seed range (reported).
//
//   mtbdesk-localisation-bench [--per N] [--size WxH] [--dev-start S] [--held-start S] [--only dev|held]
//                              [--baseline] [--csv FILE] [--dump DIR] [--strata dark,light,...]
#include "DetectCandidates.h"
#include "PageDetector.h"
#include "Synth.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <numeric>
#include <string>
#include <vector>

using namespace mtb;

namespace {

struct Row
{
    std::string stratum;
    int seed = 0;
    bool complete = true, flaggedComplete = true, found = false, uncertain = false;
    double ji = 0, cornerErr = 0, ms = 0, conf = 0, baseJi = 0;
    double covered = 0; // share of the page under another paper lying on it (clutter)
};

// Share of a page under another paper from which on a clutter sample counts as obstructed: the
// material must be 无遮挡 (unobstructed), so such a photo is one to retake, not to localise.
constexpr double kCoveredFrom = 0.05;

double pct(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const double idx = p * (v.size() - 1);
    const size_t lo = size_t(idx), hi = std::min(v.size() - 1, lo + 1);
    return v[lo] + (v[hi] - v[lo]) * (idx - lo);
}

void report(const char* title, const std::vector<Row>& rows, bool baseline)
{
    std::map<std::string, std::vector<const Row*>> by;
    for (const auto& r : rows)
        by[r.stratum].push_back(&r);
    std::vector<std::pair<std::string, std::vector<const Row*>>> groups(by.begin(), by.end());
    std::vector<const Row*> all;
    for (const auto& r : rows)
        all.push_back(&r);
    // Clutter split by whether another paper lies over the page (the ground truth is the whole page).
    std::vector<const Row*> covered, clear;
    for (const Row* r : by["clutter"])
        (r->covered >= kCoveredFrom ? covered : clear).push_back(r);
    if (!covered.empty() || !clear.empty()) {
        groups.emplace_back("cl.clear", clear);
        groups.emplace_back("cl.cover", covered);
    }
    groups.emplace_back("ALL", all);
    std::printf("\n== %s ==\n", title);
    std::printf("%-8s %5s %5s | %6s %6s %6s %6s %7s | %6s %5s | %6s %6s | %7s %7s | %6s %6s%s\n", "stratum",
                "n", "cmpl", "meanJI", "medJI", "p10JI", ">=.95", "cErr95%", "found", "", "cutRec", "falseF",
                "chkBad", "chkOk", "ms50", "ms95", baseline ? "  baseJI" : "");
    for (const auto& [name, rs] : groups) {
        std::vector<double> ji, err, ms, base;
        int nInc = 0, incFlagged = 0, nComp = 0, compFlagged = 0, found = 0, ge95 = 0;
        int badChecked = 0, goodChecked = 0; // complete pages whose outline is marked for a look
        for (const Row* r : rs) {
            ms.push_back(r->ms);
            if (r->complete) {
                ++nComp;
                ji.push_back(r->ji);
                err.push_back(r->cornerErr);
                base.push_back(r->baseJi);
                if (r->ji >= 0.95)
                    ++ge95;
                if (r->uncertain)
                    ++(r->ji >= 0.95 ? goodChecked : badChecked);
                if (r->found)
                    ++found;
                if (!r->flaggedComplete)
                    ++compFlagged;
            } else {
                ++nInc;
                if (!r->flaggedComplete)
                    ++incFlagged;
            }
        }
        const double mean = ji.empty() ? 0 : std::accumulate(ji.begin(), ji.end(), 0.0) / ji.size();
        const double bmean = base.empty() ? 0 : std::accumulate(base.begin(), base.end(), 0.0) / base.size();
        char cut[16] = "   -  ";
        if (nInc)
            std::snprintf(cut, sizeof cut, "%5.1f%%", 100.0 * incFlagged / nInc);
        char chkBad[32], chkOk[32];
        std::snprintf(chkBad, sizeof chkBad, "%d/%d", badChecked, nComp - ge95);
        std::snprintf(chkOk, sizeof chkOk, "%d/%d", goodChecked, ge95);
        std::printf(
            "%-8s %5d %5d | %6.4f %6.4f %6.4f %5.1f%% %7.2f | %5.1f%% %5s | %6s %5.1f%% | %7s %7s | %6.1f "
            "%6.1f",
            name.c_str(), int(rs.size()), nComp, mean, pct(ji, 0.5), pct(ji, 0.1),
            nComp ? 100.0 * ge95 / nComp : 0.0, pct(err, 0.95), nComp ? 100.0 * found / nComp : 0.0, "", cut,
            nComp ? 100.0 * compFlagged / nComp : 0.0, chkBad, chkOk, pct(ms, 0.5), pct(ms, 0.95));
        if (baseline)
            std::printf("  %6.4f", bmean);
        std::printf("\n");
    }
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int per = 60, devStart = 1000, heldStart = 50000;
    cv::Size size(2000, 1500);
    std::string only, csvPath, dumpDir;
    bool baseline = false;
    std::vector<synth::Stratum> strata = synth::allStrata();
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() { return i + 1 < argc ? std::string(argv[++i]) : std::string(); };
        if (a == "--per")
            per = std::stoi(next());
        else if (a == "--size") {
            const std::string s = next();
            size = cv::Size(std::stoi(s), std::stoi(s.substr(s.find('x') + 1)));
        } else if (a == "--dev-start")
            devStart = std::stoi(next());
        else if (a == "--held-start")
            heldStart = std::stoi(next());
        else if (a == "--only")
            only = next();
        else if (a == "--baseline")
            baseline = true;
        else if (a == "--csv")
            csvPath = next();
        else if (a == "--dump")
            dumpDir = next();
        else if (a == "--strata")
            strata = synth::strataNamedIn(next());
        else {
            std::printf("usage: %s [--per N] [--size WxH] [--dev-start S] [--held-start S] [--only dev|held] "
                        "[--baseline] [--csv FILE] [--dump DIR] [--strata a,b]\n",
                        argv[0]);
            return 2;
        }
    }
    cv::setNumThreads(1);
    std::printf("mtbdesk-localisation-bench: %d samples per stratum, %dx%d, OpenCV single-threaded\n", per,
                size.width, size.height);
    std::printf(
        "dev seeds %d..%d (tuning), held-out seeds %d..%d (report); JI = SmartDoc Jaccard in the page frame, "
        "not-found counts as 0; cErr95 = p95 max corner error, %% of page diagonal; cutRec = incomplete "
        "pages flagged; "
        "falseF = complete pages flagged incomplete; chkBad / chkOk = complete pages marked for staff to "
        "check "
        "the outline (Detection::outlineUncertain) among wrong (JI < 0.95) / right outlines; cl.clear / "
        "cl.cover = clutter samples without / with another paper over at least 5 %% of the page (in ALL "
        "once, as clutter)\n",
        devStart, devStart + per - 1, heldStart, heldStart + per - 1);
    QFile csv(QString::fromStdString(csvPath));
    QTextStream out(&csv);
    if (!csvPath.empty() && csv.open(QIODevice::WriteOnly | QIODevice::Truncate))
        out << "set,stratum,seed,complete,found,flagged_complete,ji,corner_err_pct,confidence,ms,blur,finger,"
               "dog_ear,corners_out,covered_share\n";

    const PageDetector detector;
    for (const char* setName : {"dev", "held"}) {
        const std::string set = setName;
        if (!only.empty() && only != set)
            continue;
        const int start = set == "dev" ? devStart : heldStart;
        std::vector<Row> rows;
        double genMs = 0;
        for (auto st : strata)
            for (int k = 0; k < per; ++k) {
                const int seed = start + k;
                const auto g0 = std::chrono::steady_clock::now();
                const synth::Capture cap = synth::generate(synth::paramsForSeed(seed, st, size));
                genMs +=
                    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - g0).count();
                const auto t0 = std::chrono::steady_clock::now();
                const Detection det = detector.detect(cap.image);
                const double ms =
                    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
                Row r;
                r.stratum = cap.stratum;
                r.seed = seed;
                r.complete = cap.complete;
                r.found = det.found;
                r.flaggedComplete = !det.found || det.complete;
                r.ji = det.found ? synth::smartDocJaccard(cap.corners, det.corners, cap.pageMm) : 0;
                r.cornerErr =
                    det.found ? synth::maxCornerErrorPercent(cap.corners, det.corners, cap.pageMm) : 100;
                r.ms = ms;
                r.conf = det.confidence;
                r.uncertain = det.outlineUncertain();
                r.covered = cap.coveredShare;
                if (baseline) {
                    const auto b = detect::baselineLargestContour(cap.image);
                    r.baseJi = b.found ? synth::smartDocJaccard(cap.corners, b.corners, cap.pageMm) : 0;
                }
                rows.push_back(r);
                if (csv.isOpen())
                    out << QString::fromStdString(set) << ',' << QString::fromStdString(r.stratum) << ','
                        << seed << ',' << int(r.complete) << ',' << int(r.found) << ','
                        << int(r.flaggedComplete) << ',' << r.ji << ',' << r.cornerErr << ',' << r.conf << ','
                        << ms << ',' << cap.blurRadius << ',' << int(cap.params.finger) << ','
                        << int(cap.params.dogEar) << ',' << cap.params.cornersOut << ',' << cap.coveredShare
                        << '\n';
                if (!dumpDir.empty() && (r.complete ? r.ji < 0.95 : r.flaggedComplete)) {
                    cv::Mat vis = cap.image.clone();
                    std::vector<cv::Point> g, d;
                    for (auto p : cap.corners.pts)
                        g.emplace_back(p);
                    for (auto p : det.corners.pts)
                        d.emplace_back(p);
                    cv::polylines(vis, g, true, cv::Scalar(0, 255, 0), 2, cv::LINE_AA);
                    cv::polylines(vis, d, true, cv::Scalar(0, 0, 255), 2, cv::LINE_AA);
                    std::printf(
                        "  fail %s %s %d: ji %.3f found %d flaggedComplete %d conf %.2f gtScore %.3f\n",
                        set.c_str(), r.stratum.c_str(), seed, r.ji, int(r.found), int(r.flaggedComplete),
                        r.conf, detect::scoreCandidate(cap.image, cap.corners));
                    cv::imwrite(dumpDir + "/" + set + "_" + r.stratum + "_" + std::to_string(seed) + ".jpg",
                                vis);
                    // The capture itself (PNG, not re-compressed) to re-run the detector on with
                    // MTB_DETECT_DEBUG.
                    cv::imwrite(dumpDir + "/" + set + "_" + r.stratum + "_" + std::to_string(seed) +
                                    "-raw.png",
                                cap.image);
                }
            }
        std::printf("(generation %.0f ms per sample)\n", genMs / std::max<size_t>(1, rows.size()));
        report(set == "dev" ? "DEV seeds (tuning)" : "HELD-OUT seeds (report)", rows, baseline);
    }
    return 0;
}
