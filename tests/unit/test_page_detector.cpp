// PageDetector on synthetic captures with exact ground truth (mtb_synth), the cut-off flag, images
// without a page, and odd inputs. Thresholds sit just below what the detector measured on these
// seeds (docs/scanning.md "Page localisation"); the seeds are outside the benchmark's tuning range.
#include "AreaShrink.h"
#include "DetectCandidates.h"
#include "PageDetector.h"
#include "Synth.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace mtb;
using namespace mtb::synth;

namespace {

// Complete pages on cluttered desks (2000 x 1500 captures of the benchmark's tuning seeds) that must
// be found whole and not flagged as cut off.
void verifyClutterPagesFound(std::initializer_list<int> seeds)
{
    const PageDetector detector;
    for (int seed : seeds) {
        const Capture cap = generate(paramsForSeed(seed, Stratum::Clutter, cv::Size(2000, 1500)));
        QVERIFY(cap.complete);
        const Detection d = detector.detect(cap.image);
        const double ji = d.found ? smartDocJaccard(cap.corners, d.corners, cap.pageMm) : 0;
        QVERIFY2(ji > 0.95, qPrintable(QStringLiteral("seed %1: JI %2").arg(seed).arg(ji)));
        QVERIFY2(d.complete, qPrintable(QStringLiteral("seed %1 flagged as cut off").arg(seed)));
    }
}

} // namespace

class TestPageDetector : public QObject
{
    Q_OBJECT

private slots:
    void findsPagesAcrossStrata()
    {
        const PageDetector detector;
        double sum = 0;
        int n = 0, good = 0, flaggedWrongly = 0;
        QStringList report;
        for (Stratum s : allStrata())
            for (int k = 0; k < 3; ++k) {
                Params p = paramsForSeed(9000 + k, s, cv::Size(800, 600));
                p.cornersOut = 0; // completeness is tested separately
                const Capture cap = generate(p);
                const Detection d = detector.detect(cap.image);
                const double ji = d.found ? smartDocJaccard(cap.corners, d.corners, cap.pageMm) : 0;
                sum += ji;
                ++n;
                if (ji >= 0.95)
                    ++good;
                if (d.found && !d.complete)
                    ++flaggedWrongly;
                report << QStringLiteral("%1/%2: %3%4")
                              .arg(QString::fromLatin1(stratumName(s)))
                              .arg(9000 + k)
                              .arg(ji, 0, 'f', 3)
                              .arg(d.complete ? QString() : QStringLiteral(" (flagged)"));
            }
        const double mean = sum / n;
        qInfo("%d samples: mean JI %.4f, %d >= 0.95, %d complete pages flagged incomplete", n, mean, good,
              flaggedWrongly);
        QVERIFY2(mean >= kMinMeanJaccard, qPrintable(report.join(QStringLiteral(", "))));
        QVERIFY2(good >= kMinGood, qPrintable(report.join(QStringLiteral(", "))));
        QVERIFY2(flaggedWrongly <= kMaxFalseFlags, qPrintable(report.join(QStringLiteral(", "))));
    }

    void flagsPagesRunningOffTheFrame()
    {
        const PageDetector detector;
        int flagged = 0, n = 0;
        for (Stratum s : {Stratum::Dark, Stratum::Wood, Stratum::Mat, Stratum::Fabric})
            for (int k = 0; k < 2; ++k) {
                Params p = paramsForSeed(9100 + k, s, cv::Size(800, 600));
                p.cornersOut = 1 + k % 2;
                p.finger = p.dogEar = false;
                const Capture cap = generate(p);
                QVERIFY2(!cap.complete, stratumName(s));
                const Detection d = detector.detect(cap.image);
                ++n;
                if (d.found && !d.complete)
                    ++flagged;
            }
        qInfo("cut-off flagged on %d of %d", flagged, n);
        QVERIFY(flagged >= n - 1);
    }

    void oneCornerOutsideIsExtrapolated()
    {
        // A single corner outside: the two sides that reach it are visible, so the corner is
        // recovered outside the frame rather than clamped to the border.
        Params p = paramsForSeed(9200, Stratum::Dark, cv::Size(800, 600));
        p.cornersOut = 1;
        p.finger = p.dogEar = p.glare = false;
        const Capture cap = generate(p);
        const Detection d = PageDetector().detect(cap.image);
        QVERIFY(d.found);
        QVERIFY(!d.complete);
        QVERIFY2(smartDocJaccard(cap.corners, d.corners, cap.pageMm) > 0.95, "outside corner not recovered");
    }

    void noPageInBlankOrNoiseImages()
    {
        const PageDetector detector;
        cv::Mat blank(600, 800, CV_8UC3, cv::Scalar(200, 200, 200));
        cv::Mat noise(600, 800, CV_8UC3);
        cv::randn(noise, cv::Scalar::all(128), cv::Scalar::all(30));
        cv::Mat smooth(12, 16, CV_8UC3);
        cv::randu(smooth, cv::Scalar::all(0), cv::Scalar::all(255));
        cv::resize(smooth, smooth, cv::Size(800, 600), 0, 0, cv::INTER_CUBIC);
        for (const cv::Mat* m : {&blank, &noise, &smooth}) {
            const Detection d = detector.detect(*m);
            QVERIFY2(!d.found, qPrintable(QStringLiteral("image %1: confidence %2")
                                              .arg(m == &blank   ? 0
                                                   : m == &noise ? 1
                                                                 : 2)
                                              .arg(d.confidence)));
            QVERIFY(d.corners == Quad::fromRect(m->size()));
        }
    }

    void oddInputsDoNotCrash()
    {
        const PageDetector detector;
        const Capture cap = generate(paramsForSeed(9300, Stratum::Dark, cv::Size(640, 480)));
        cv::Mat gray, bgra, wide, flt;
        cv::cvtColor(cap.image, gray, cv::COLOR_BGR2GRAY);
        cv::cvtColor(cap.image, bgra, cv::COLOR_BGR2BGRA);
        cap.image.convertTo(wide, CV_16UC3, 257.0);
        cap.image.convertTo(flt, CV_32FC3, 1 / 255.0);
        for (const cv::Mat& m :
             {cv::Mat(), cv::Mat(1, 1, CV_8UC3, cv::Scalar::all(9)), cv::Mat(3, 3, CV_8UC1, cv::Scalar(200)),
              cv::Mat(2, 900, CV_8UC3, cv::Scalar::all(100)), gray, bgra, wide, flt}) {
            const Detection d = detector.detect(m);
            QVERIFY(d.confidence >= 0 && d.confidence <= 1);
            if (m.rows < 16 || m.cols < 16)
                QVERIFY(!d.found);
        }
        // Gray, 4-channel, 16-bit and float copies of a clear capture still find the page.
        for (const cv::Mat& m : {gray, bgra, wide, flt}) {
            const Detection d = detector.detect(m);
            QVERIFY(d.found);
            QVERIFY(smartDocJaccard(cap.corners, d.corners, cap.pageMm) > 0.9);
        }
    }

    void flatbedPagesNearTheGlassEdgeAreComplete()
    {
        // A flatbed scan: the page a few millimetres from the glass's corner, often under a white lid.
        // The frame border is no edge, so a quad using it must not beat the page's own side.
        const PageDetector detector;
        int flaggedWrongly = 0, good = 0;
        QStringList report;
        for (int k = 0; k < kFlatbedSamples; ++k) {
            const Capture cap = generate(paramsForSeed(9400 + k, Stratum::Flatbed, cv::Size(1000, 750)));
            QVERIFY(cap.complete);
            const Detection d = detector.detect(cap.image);
            const double ji = d.found ? smartDocJaccard(cap.corners, d.corners, cap.pageMm) : 0;
            if (ji >= 0.95)
                ++good;
            if (d.found && !d.complete)
                ++flaggedWrongly;
            report << QStringLiteral("%1: %2%3")
                          .arg(9400 + k)
                          .arg(ji, 0, 'f', 3)
                          .arg(d.complete ? QString() : QStringLiteral(" (flagged)"));
        }
        qInfo("flatbed: %d of %d with JI >= 0.95, %d flagged incomplete", good, kFlatbedSamples,
              flaggedWrongly);
        QVERIFY2(flaggedWrongly <= kMaxFlatbedFalseFlags, qPrintable(report.join(QStringLiteral(", "))));
        QVERIFY2(good >= kMinFlatbedGood, qPrintable(report.join(QStringLiteral(", "))));

        // The capture that showed it (benchmark tuning seed 1028): under a white lid the best quad took
        // the left frame border for its side, 25-54 px (working copy) left of the page's own edge.
        const Capture cap = generate(paramsForSeed(1028, Stratum::Flatbed, cv::Size(2000, 1500)));
        const Detection d = detector.detect(cap.image);
        QVERIFY(d.found);
        QVERIFY2(d.complete, "page near the glass edge flagged as cut off");
        QVERIFY(smartDocJaccard(cap.corners, d.corners, cap.pageMm) > 0.95);
    }

    void thePageNotTheSheetBesideIt()
    {
        // Cluttered desks (benchmark tuning seeds): the page's sides lie partly on other paper, where
        // they are faint, and a sheet beside it outscored it — the part of a sheet at the frame's
        // edge (1005), a smaller sheet above the page (1021). The page, whole and larger, must win.
        verifyClutterPagesFound({1005, 1021});
    }

    // A page lying on another sheet of slightly different tint (benchmark tuning seeds). The outline of
    // page and sheet together contains the page's own outline and scores nearly as well, and the
    // inner-rectangle rule used to take it for a page around a table: JI 0.747 (1046), 0.776 (1055),
    // 0.797 (1071). Beyond the page's own side lies the other sheet, a colour step a printed rule
    // does not make, so the page stays the answer.
    void notThePageMergedWithTheSheetBeneath() { verifyClutterPagesFound({1046, 1055, 1071}); }

    // White paper on a white scanner lid (dev seed 1017 of the benchmark, one of the four flatbed
    // pages the second pass was tuned for): the page's sides are a shadow a few levels darker than
    // the lid and no outline reaches the found threshold at first; the pass on the locally
    // equalised copy finds the page (JI 0.992 when measured). Without it this page is not found.
    void faintPageOnAWhiteLidIsFound()
    {
        const Capture cap = generate(paramsForSeed(1017, Stratum::Flatbed, cv::Size(2000, 1500)));
        const Detection d = PageDetector().detect(cap.image);
        QVERIFY(d.found);
        const double ji = smartDocJaccard(cap.corners, d.corners, cap.pageMm);
        QVERIFY2(ji >= 0.98, qPrintable(QString::number(ji)));
        QVERIFY(d.complete);
    }

    void stripsAreNotPages()
    {
        // A bright band (a letterhead bar, a ruler, a keyboard edge) is not a page outline.
        cv::Mat img(600, 800, CV_8UC3, cv::Scalar(60, 50, 45));
        cv::rectangle(img, cv::Rect(100, 250, 600, 110), cv::Scalar(235, 235, 235), cv::FILLED);
        const Detection d = PageDetector().detect(img);
        QVERIFY2(!d.found, qPrintable(QStringLiteral("confidence %1").arg(d.confidence)));
        // The same band at page proportions is one.
        cv::Mat page(600, 800, CV_8UC3, cv::Scalar(60, 50, 45));
        cv::rectangle(page, cv::Rect(250, 80, 300, 424), cv::Scalar(235, 235, 235), cv::FILLED);
        QVERIFY(PageDetector().detect(page).found);
    }

    // Two candidate quads from dev seed 1007 that lie side by side, overlapping in a ~4.6 px strip
    // along a table rule: OpenCV 4.6's intersectConvexConvex returned the whole left quad (114,979
    // px²) for this pair, so it passed for a container of the right one.
    void overlapOfQuadsSideBySide()
    {
        const Quad left{{cv::Point2f(156.010958f, 523.260964f), cv::Point2f(119.951560f, 91.923479f),
                         cv::Point2f(379.180844f, 80.933029f), cv::Point2f(453.824259f, 460.594292f)}};
        const Quad right{{cv::Point2f(698.080176f, 409.197308f), cv::Point2f(599.923766f, 75.595427f),
                          cv::Point2f(374.572121f, 81.786922f), cv::Point2f(449.354549f, 461.534820f)}};
        const double strip = detect::overlapArea(left, right);
        QVERIFY2(strip > 1000 && strip < 2500, qPrintable(QString::number(strip)));
        QCOMPARE(qRound(detect::overlapArea(right, left)), qRound(strip));
        // nested, identical, disjoint; either orientation
        const Quad big{{cv::Point2f(0, 0), cv::Point2f(100, 0), cv::Point2f(100, 80), cv::Point2f(0, 80)}};
        const Quad small{
            {cv::Point2f(10, 10), cv::Point2f(10, 30), cv::Point2f(50, 30), cv::Point2f(50, 10)}};
        const Quad away{
            {cv::Point2f(200, 0), cv::Point2f(300, 0), cv::Point2f(300, 80), cv::Point2f(200, 80)}};
        QCOMPARE(detect::overlapArea(big, small), 800.0);
        QCOMPARE(detect::overlapArea(small, big), 800.0);
        QCOMPARE(detect::overlapArea(big, big), 8000.0);
        QCOMPARE(detect::overlapArea(big, away), 0.0);
        const Quad shifted{
            {cv::Point2f(50, 40), cv::Point2f(150, 40), cv::Point2f(150, 120), cv::Point2f(50, 120)}};
        QCOMPARE(detect::overlapArea(big, shifted), 2000.0);
    }

    void shrinkAreaMatchesOneAreaReduction()
    {
        // Odd sizes on purpose: each halving drops an odd last row or column.
        cv::Mat src(3023, 4031, CV_8UC3);
        cv::randu(src, cv::Scalar::all(0), cv::Scalar::all(255));
        cv::GaussianBlur(src, src, cv::Size(0, 0), 6); // image-like: detail at several scales
        const cv::Size target(760, 570);
        cv::Size covered;
        const cv::Mat fast = shrinkArea(src, target, &covered);
        QCOMPARE(fast.size(), target);
        // 4031 x 3023 -> 2015 x 1511 -> 1007 x 755 (each odd last column/row dropped), then 760 x 570.
        QCOMPARE(covered, cv::Size(1007 * 4, 755 * 4));
        cv::Mat direct;
        cv::resize(src(cv::Rect(cv::Point(0, 0), covered)), direct, target, 0, 0, cv::INTER_AREA);
        cv::Mat diff;
        cv::absdiff(fast, direct, diff);
        double maxDiff = 0;
        cv::minMaxLoc(diff.reshape(1), nullptr, &maxDiff);
        const double meanDiff = cv::mean(diff)[0];
        qInfo("halvings + one step against one INTER_AREA step: mean |diff| %.3f, max %.0f", meanDiff,
              maxDiff);
        QVERIFY(meanDiff < 0.5);
        QVERIFY(maxDiff <= 6);
        // No reduction needed: a copy, not a view of the input.
        const cv::Mat same = shrinkArea(fast, target);
        QCOMPARE(same.size(), target);
        QVERIFY(same.data != fast.data);
    }

private:
    static constexpr double kMinMeanJaccard = 0.98; // measured 0.9923 (21 samples, 800x600)
    static constexpr int kMinGood = 19;             // measured 20 of 21
    static constexpr int kMaxFalseFlags = 2;        // measured 1
    static constexpr int kFlatbedSamples = 12;
    static constexpr int kMinFlatbedGood = 8;       // measured 9 of 12
    static constexpr int kMaxFlatbedFalseFlags = 1; // measured 0
};

QTEST_MAIN(TestPageDetector)
#include "test_page_detector.moc"
