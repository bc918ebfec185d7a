// mtbdesk-quality-bench: how the quality gate's blur flag agrees with the blur put into synthetic
// captures (mtb_synth), the issue's "blurred pages flagged, sharp ones not". Not a test; prints figures
// for docs/scanning.md and docs/benchmarks.md.
//
//   mtbdesk-quality-bench [--per N] [--size WxH] [--start S] [--strata dark,light,...] [--detect]
//                         [--csv FILE]
//
// Each capture goes through the pipeline up to the gate (PipelineOptions::analyseOnly) with the
// generator's exact corners as the outline, so that a wrong outline does not count against the gate;
// --detect uses the detector's outline instead. The blur a capture was given (defocus radius or half
// the motion length, in capture px) is converted to px of the page at the gate's 200 dpi through the
// capture's effective dpi: the gate's threshold was set so that a disk blur of radius >= 3 px at 200 dpi
// is flagged and <= 2 px is not (docs/scanning.md, quality gate table).
#include "PagePipeline.h"
#include "Synth.h"

#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

using namespace mtb;

namespace {

struct Row
{
    std::string stratum;
    int seed = 0;
    double pageBlur = 0; // blur radius in px of the page at 200 dpi
    double dpi = 0;      // effective dpi of the capture
    double sharpness = 0;
    bool flaggedBlur = false, flaggedLowRes = false;
};

// The bins the gate's threshold was chosen for: no blur added, at most 2 px (not to be flagged),
// 2-3 px (either answer is fine), at least 3 px (to be flagged).
const char* binOf(const Row& r)
{
    if (r.pageBlur <= 0)
        return "1 none";
    if (r.pageBlur <= 2)
        return "2 <=2px";
    if (r.pageBlur < 3)
        return "3 2-3px";
    return "4 >=3px";
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void report(const char* title, const std::vector<const Row*>& rows)
{
    std::map<std::string, std::vector<const Row*>> bins;
    for (const Row* r : rows)
        bins[binOf(*r)].push_back(r);
    std::printf("\n%s (%zu captures)\n", title, rows.size());
    std::printf("  %-8s %5s %12s %10s %14s\n", "blur", "n", "flagged", "sharpness", "low_res too");
    for (const auto& [bin, rs] : bins) {
        int flagged = 0, lowRes = 0;
        std::vector<double> sharp;
        for (const Row* r : rs) {
            flagged += r->flaggedBlur;
            lowRes += r->flaggedLowRes;
            sharp.push_back(r->sharpness);
        }
        std::printf("  %-8s %5zu %5d (%3.0f%%) %10.3f %8d (%3.0f%%)\n", bin.c_str() + 2, rs.size(), flagged,
                    100.0 * flagged / rs.size(), median(sharp), lowRes, 100.0 * lowRes / rs.size());
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv); // fonts for the rendered pages
    int per = 15, start = 3000;
    cv::Size size(4000, 3000);
    bool detect = false;
    std::string csvPath;
    std::vector<synth::Stratum> strata = synth::allStrata();
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : std::string(); };
        if (a == "--per")
            per = std::max(1, std::stoi(next()));
        else if (a == "--start")
            start = std::stoi(next());
        else if (a == "--size") {
            const std::string s = next();
            const size_t x = s.find('x');
            if (x == std::string::npos)
                return 2;
            size = cv::Size(std::stoi(s.substr(0, x)), std::stoi(s.substr(x + 1)));
        } else if (a == "--detect")
            detect = true;
        else if (a == "--csv")
            csvPath = next();
        else if (a == "--strata")
            strata = synth::strataNamedIn(next());
        else {
            std::printf(
                "usage: %s [--per N] [--size WxH] [--start S] [--strata a,b] [--detect] [--csv FILE]\n",
                argv[0]);
            return 2;
        }
    }
    cv::setNumThreads(1);
    std::printf("mtbdesk-quality-bench: %d captures per stratum from seed %d, %dx%d, outline from %s\n", per,
                start, size.width, size.height, detect ? "the detector" : "the generator (exact)");
    QFile csv(QString::fromStdString(csvPath));
    QTextStream out(&csv);
    if (!csvPath.empty() && csv.open(QIODevice::WriteOnly | QIODevice::Truncate))
        out << "stratum,seed,capture_blur_px,page_blur_px,effective_dpi,sharpness,blur,low_resolution\n";

    const PagePipeline pipeline;
    std::vector<Row> rows;
    for (auto st : strata)
        for (int k = 0; k < per; ++k) {
            const synth::Capture cap = synth::generate(synth::paramsForSeed(start + k, st, size));
            PipelineOptions options;
            options.analyseOnly = true;
            if (!detect)
                options.manualCorners = cap.corners;
            const ProcessedPage page = pipeline.process(cap.image, options);
            Row r;
            r.stratum = cap.stratum;
            r.seed = start + k;
            r.dpi = page.quality.effectiveDpi;
            r.pageBlur = r.dpi > 0 ? cap.blurRadius * 200.0 / r.dpi : 0;
            r.sharpness = page.quality.sharpness;
            r.flaggedBlur = page.quality.issues.contains(QualityIssue::Blur);
            r.flaggedLowRes = page.quality.issues.contains(QualityIssue::LowResolution);
            rows.push_back(r);
            if (csv.isOpen())
                out << QString::fromStdString(r.stratum) << ',' << r.seed << ',' << cap.blurRadius << ','
                    << r.pageBlur << ',' << r.dpi << ',' << r.sharpness << ',' << int(r.flaggedBlur) << ','
                    << int(r.flaggedLowRes) << '\n';
        }
    std::vector<const Row*> all, sharpRes, lowRes;
    for (const Row& r : rows) {
        all.push_back(&r);
        (r.dpi >= QualityGate::kWarnDpi ? sharpRes : lowRes).push_back(&r);
    }
    report("All captures", all);
    report("Effective dpi >= 150 (not flagged low_resolution)", sharpRes);
    report("Effective dpi < 150", lowRes);
    return 0;
}
