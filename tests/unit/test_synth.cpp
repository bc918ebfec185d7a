// mtb_synth: the SmartDoc Jaccard index and the synthetic capture generator (exact ground truth,
// reproducible from a seed). docs/scanning.md "Synthetic captures".
#include "IdNumber.h"
#include "Synth.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace mtb;
using namespace mtb::synth;

namespace {

Quad rectQuad(double x, double y, double w, double h)
{
    return Quad{{cv::Point2f(float(x), float(y)), cv::Point2f(float(x + w), float(y)), cv::Point2f(float(x + w), float(y + h)),
                 cv::Point2f(float(x), float(y + h))}};
}

Quad mapped(const Quad& q, const cv::Matx33d& H)
{
    Quad out;
    for (int i = 0; i < 4; ++i) {
        const cv::Vec3d v = H * cv::Vec3d(q.pts[size_t(i)].x, q.pts[size_t(i)].y, 1);
        out.pts[size_t(i)] = cv::Point2f(float(v[0] / v[2]), float(v[1] / v[2]));
    }
    return out;
}

// A clean sample: no blur, glare, finger or fold, page fully inside.
Params cleanParams(int seed, Stratum s)
{
    Params p = paramsForSeed(seed, s, cv::Size(1000, 750));
    p.defocusRadius = p.motionLength = 0;
    p.glare = p.shadow = p.finger = p.dogEar = false;
    p.cornersOut = 0;
    p.edgeContent = false;
    p.illumGradient = 0.1;
    p.vignette = 0;
    p.jpegQuality = 92;
    return p;
}

} // namespace

class TestSynth : public QObject
{
    Q_OBJECT

private slots:
    void jaccardOfQuadWithItselfIsOne()
    {
        const Quad g = rectQuad(100, 80, 420, 594);
        QVERIFY2(std::abs(smartDocJaccard(g, g, {210, 297}) - 1.0) < 1e-6, qPrintable(QString::number(smartDocJaccard(g, g, {210, 297}), 'g', 10)));
        QVERIFY(maxCornerErrorPercent(g, g, {210, 297}) < 1e-4);
    }

    void shiftedQuadGivesExpectedJaccard()
    {
        // Page 210 x 297 mm drawn 2 px/mm; detection shifted right by 21 mm (10% of the width):
        // intersection 189 x 297, union 231 x 297.
        const Quad g = rectQuad(100, 80, 420, 594);
        const Quad s = rectQuad(100 + 42, 80, 420, 594);
        QVERIFY(std::abs(smartDocJaccard(g, s, {210, 297}) - 189.0 / 231.0) < 1e-4);
        // Max corner error: 21 mm of a 363.7 mm diagonal.
        QVERIFY(std::abs(maxCornerErrorPercent(g, s, {210, 297}) - 100.0 * 21 / std::hypot(210, 297)) < 0.01);
        // Disjoint: zero.
        QCOMPARE(smartDocJaccard(g, rectQuad(900, 900, 100, 100), {210, 297}), 0.0);
    }

    void jaccardIgnoresVertexOrderAndPerspective()
    {
        const Quad g = rectQuad(100, 80, 420, 594);
        const Quad s = rectQuad(120, 90, 400, 600);
        const double ji = smartDocJaccard(g, s, {210, 297});
        Quad rotated;
        for (int i = 0; i < 4; ++i) rotated.pts[size_t(i)] = s.pts[size_t((i + 1) % 4)];
        Quad reversed;
        for (int i = 0; i < 4; ++i) reversed.pts[size_t(i)] = s.pts[size_t(3 - i)];
        QVERIFY(std::abs(smartDocJaccard(g, rotated, {210, 297}) - ji) < 1e-6);
        QVERIFY(std::abs(smartDocJaccard(g, reversed, {210, 297}) - ji) < 1e-6);
        // The same pair seen through a strong perspective scores the same in the page frame.
        const cv::Matx33d H(0.9, 0.2, 30, -0.1, 1.1, 40, 0.0004, 0.0002, 1);
        QVERIFY(std::abs(smartDocJaccard(mapped(g, H), mapped(s, H), {210, 297}) - ji) < 1e-3);
    }

    void generatorIsReproducible()
    {
        const Params p = paramsForSeed(42, Stratum::Clutter, cv::Size(640, 480));
        const Capture a = generate(p);
        const Capture b = generate(p);
        QCOMPARE(a.image.size(), cv::Size(640, 480));
        QCOMPARE(a.image.type(), CV_8UC3);
        QCOMPARE(cv::norm(a.image, b.image, cv::NORM_INF), 0.0);
        QVERIFY(a.corners == b.corners);
        const Capture c = generate(paramsForSeed(43, Stratum::Clutter, cv::Size(640, 480)));
        QVERIFY(cv::norm(a.image, c.image, cv::NORM_L1) > 0);
    }

    void everyStratumProducesAnImage()
    {
        for (Stratum s : allStrata()) {
            const Capture c = generate(paramsForSeed(7, s, cv::Size(480, 360)));
            QVERIFY2(!c.image.empty() && c.image.type() == CV_8UC3, stratumName(s));
            QCOMPARE(c.stratum, std::string(stratumName(s)));
            QVERIFY(c.corners.area() > 0.03 * c.image.total());
        }
    }

    void groundTruthCornersAreThePageCorners_data()
    {
        QTest::addColumn<int>("seed");
        QTest::addColumn<int>("stratum");
        QTest::newRow("dark") << 11 << int(Stratum::Dark);
        QTest::newRow("wood") << 12 << int(Stratum::Wood);
        QTest::newRow("light") << 13 << int(Stratum::Light);
        QTest::newRow("mat") << 14 << int(Stratum::Mat);
        QTest::newRow("flatbed") << 15 << int(Stratum::Flatbed);
    }

    void groundTruthCornersAreThePageCorners()
    {
        // Warp the capture back with the ground truth and find the black 6 mm markers drawn 15 mm
        // in from each page corner: dark at their centres, paper 6 mm further towards the corner.
        QFETCH(int, seed);
        QFETCH(int, stratum);
        Params p = cleanParams(seed, Stratum(stratum));
        p.markers = true;
        p.coverage = std::max(p.coverage, 0.4);
        const Capture cap = generate(p);
        const double k = 2.0; // px per mm
        const cv::Size out(int(cap.pageMm.width * k), int(cap.pageMm.height * k));
        std::vector<cv::Point2f> src(cap.corners.pts.begin(), cap.corners.pts.end());
        std::vector<cv::Point2f> dst = {{-0.5f, -0.5f}, {out.width - 0.5f, -0.5f}, {out.width - 0.5f, out.height - 0.5f}, {-0.5f, out.height - 0.5f}};
        cv::Mat page, gray;
        cv::warpPerspective(cap.image, page, cv::getPerspectiveTransform(src, dst), out, cv::INTER_AREA);
        cv::cvtColor(page, gray, cv::COLOR_BGR2GRAY);
        const double W = cap.pageMm.width, H = cap.pageMm.height;
        const double centres[4][2] = {{15, 15}, {W - 15, 15}, {W - 15, H - 15}, {15, H - 15}};
        for (const auto& c : centres) {
            const cv::Rect marker(int((c[0] - 1.5) * k), int((c[1] - 1.5) * k), int(3 * k), int(3 * k));
            const double dark = cv::mean(gray(marker))[0];
            const double ox = c[0] < W / 2 ? -6.5 : 6.5, oy = c[1] < H / 2 ? -6.5 : 6.5;
            const cv::Rect paper(int((c[0] + ox - 1) * k), int((c[1] + oy - 1) * k), int(2 * k), int(2 * k));
            const double light = cv::mean(gray(paper))[0];
            QVERIFY2(dark < 90, qPrintable(QStringLiteral("marker at (%1,%2) mm: %3").arg(c[0]).arg(c[1]).arg(dark)));
            QVERIFY2(light > dark + 60, qPrintable(QStringLiteral("paper next to (%1,%2) mm: %3").arg(c[0]).arg(c[1]).arg(light)));
        }
    }

    void cutOffSamplesHaveCornersOutside()
    {
        for (int seed = 1; seed <= 6; ++seed) {
            Params p = paramsForSeed(seed, Stratum::Dark, cv::Size(640, 480));
            p.cornersOut = 1 + seed % 2;
            const Capture c = generate(p);
            QVERIFY(!c.complete);
            int outside = 0;
            for (auto q : c.corners.pts)
                if (q.x < 0 || q.y < 0 || q.x > 639 || q.y > 479) ++outside;
            // one corner asked for; a page square to the frame loses two
            QVERIFY(outside >= p.cornersOut);
            QCOMPARE(c.params.cornersOut, outside);
        }
        Params p = paramsForSeed(1, Stratum::Dark, cv::Size(640, 480));
        p.cornersOut = 0;
        QVERIFY(generate(p).complete);
    }

    // The bench splits clutter by the share of the page under another paper: about 30 % of clutter
    // samples have one (dev seed 1004: ~22 % of its page), no other stratum does.
    void coveredShareIsRecordedForClutterOnly()
    {
        int covered = 0;
        for (int seed = 1000; seed < 1010; ++seed) {
            const double share = generate(paramsForSeed(seed, Stratum::Clutter, cv::Size(640, 480))).coveredShare;
            QVERIFY2(share >= 0 && share <= 1, qPrintable(QString::number(share)));
            covered += share > 0.05;
            QCOMPARE(generate(paramsForSeed(seed, Stratum::Wood, cv::Size(640, 480))).coveredShare, 0.0);
        }
        QVERIFY2(covered >= 1 && covered <= 6, qPrintable(QString::number(covered)));
        const double share1004 =
            generate(paramsForSeed(1004, Stratum::Clutter, cv::Size(2000, 1500))).coveredShare;
        QVERIFY2(share1004 > 0.2 && share1004 < 0.25, qPrintable(QString::number(share1004)));
    }

    void fictitiousIdsAreValid()
    {
        for (int seed = 0; seed < 50; ++seed) {
            const QString id = QString::fromStdString(fictitiousId(seed));
            QCOMPARE(id.size(), 18);
            QVERIFY2(IdNumber::parse(id).isValid(), qPrintable(id));
        }
    }
};

QTEST_MAIN(TestSynth)
#include "test_synth.moc"
