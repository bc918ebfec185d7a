// Rectifier: the page's true aspect ratio from a perspective outline (Zhang & He 2007), snapping to
// paper sizes, output size at the requested dpi, effective dpi, and warping of real captures.
#include "Rectifier.h"
#include "Synth.h"

#include <QTest>

#include <opencv2/calib3d.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

using namespace mtb;

namespace {

constexpr double kA4 = 297.0 / 210.0;

// An A4 page seen by a pinhole camera (principal point at the image centre).
Quad projectedA4(cv::Size image, double focal, double tiltDeg, double axisDeg, double rollDeg, double distanceMm)
{
    const double t = tiltDeg * CV_PI / 180, a = axisDeg * CV_PI / 180, r = rollDeg * CV_PI / 180;
    cv::Matx33d Rt;
    cv::Rodrigues(cv::Vec3d(std::cos(a), std::sin(a), 0) * t, Rt);
    const cv::Matx33d Rz(std::cos(r), -std::sin(r), 0, std::sin(r), std::cos(r), 0, 0, 0, 1);
    const cv::Matx33d R = Rt * Rz;
    const cv::Vec3d local[4] = {{-105, -148.5, 0}, {105, -148.5, 0}, {105, 148.5, 0}, {-105, 148.5, 0}};
    Quad q;
    for (int i = 0; i < 4; ++i) {
        const cv::Vec3d P = R * local[i] + cv::Vec3d(0, 0, distanceMm);
        q.pts[size_t(i)] = cv::Point2f(float(focal * P[0] / P[2] + (image.width - 1) / 2.0), float(focal * P[1] / P[2] + (image.height - 1) / 2.0));
    }
    return Quad::ordered(q.pts);
}

} // namespace

class TestRectifier : public QObject
{
    Q_OBJECT

private slots:
    void frontoParallelA4()
    {
        const Quad q{{cv::Point2f(200, 100), cv::Point2f(200 + 840, 100), cv::Point2f(200 + 840, 100 + 1188), cv::Point2f(200, 100 + 1188)}};
        QVERIFY(std::abs(Rectifier::trueAspectRatio(q, cv::Size(1400, 1400)) - kA4) < 0.005);
    }

    void perspectiveA4_data()
    {
        QTest::addColumn<double>("tilt");
        QTest::addColumn<double>("axis");
        QTest::addColumn<double>("roll");
        for (double tilt : {10.0, 25.0, 35.0})
            for (double axis : {0.0, 40.0, 90.0, 135.0})
                QTest::addRow("tilt %.0f axis %.0f", tilt, axis) << tilt << axis << (axis / 9.0 - 5.0);
    }

    void perspectiveA4()
    {
        // Naive pixel lengths are far off under a strong tilt; the projective estimate stays within 3%.
        QFETCH(double, tilt);
        QFETCH(double, axis);
        QFETCH(double, roll);
        const cv::Size image(4000, 3000);
        const Quad q = projectedA4(image, 0.72 * image.width, tilt, axis, roll, 600);
        const double est = Rectifier::trueAspectRatio(q, image);
        QVERIFY2(std::abs(est / kA4 - 1) < 0.03, qPrintable(QString::number(est)));
    }

    void outputSizeAndSnap()
    {
        const Rectifier rect;
        cv::Mat img(1600, 1400, CV_8UC3, cv::Scalar(40, 40, 40));
        const Quad q{{cv::Point2f(200, 100), cv::Point2f(200 + 840, 100), cv::Point2f(200 + 840, 100 + 1188), cv::Point2f(200, 100 + 1188)}};
        const Rectified r = rect.rectify(img, q, 200);
        QCOMPARE(r.paper.name, QStringLiteral("A4"));
        QCOMPARE(r.page.size(), cv::Size(1654, 2339));
        // 840 px over 210 mm = 101.6 dpi
        QVERIFY(std::abs(r.effectiveDpi - 101.6) < 1.0);
        // Landscape outline -> landscape page
        const Quad l{{cv::Point2f(50, 100), cv::Point2f(50 + 1188, 100), cv::Point2f(50 + 1188, 100 + 840), cv::Point2f(50, 100 + 840)}};
        QCOMPARE(rect.rectify(img, l, 200).page.size(), cv::Size(2339, 1654));
        // A square is not a known format: measured aspect, no name
        const Quad s{{cv::Point2f(100, 100), cv::Point2f(900, 100), cv::Point2f(900, 900), cv::Point2f(100, 900)}};
        const Rectified rs = rect.rectify(img, s, 100);
        QVERIFY(rs.paper.name.isEmpty());
        QVERIFY(std::abs(double(rs.page.rows) / rs.page.cols - 1.0) < 0.01);
        // Letter
        const Quad lt{{cv::Point2f(100, 100), cv::Point2f(100 + 850, 100), cv::Point2f(100 + 850, 100 + 1100), cv::Point2f(100, 100 + 1100)}};
        QCOMPARE(rect.rectify(img, lt, 100).paper.name, QStringLiteral("Letter"));
    }

    void cornersOutsideAreFilledWhite()
    {
        cv::Mat img(600, 800, CV_8UC3, cv::Scalar(30, 30, 30));
        const Quad q{{cv::Point2f(-200, -100), cv::Point2f(400, -100), cv::Point2f(400, 750), cv::Point2f(-200, 750)}};
        const Rectified r = Rectifier().rectify(img, q, 100);
        QVERIFY(!r.page.empty());
        QCOMPARE(r.page.at<cv::Vec3b>(5, 5), cv::Vec3b(255, 255, 255)); // outside the photo
        const cv::Vec3b inside = r.page.at<cv::Vec3b>(r.page.rows / 2, r.page.cols - 20);
        QVERIFY(inside[0] < 60);
    }

    void rectifiesASyntheticCapture()
    {
        // Warp a tilted capture with its ground truth: A4 snapped, markers where they belong.
        synth::Params p = synth::paramsForSeed(77, synth::Stratum::Dark, cv::Size(1600, 1200));
        p.markers = true;
        p.pageMm = {210, 297};
        p.tiltDeg = 30;
        p.coverage = 0.5;
        p.cornersOut = 0;
        p.finger = p.dogEar = p.glare = p.shadow = p.edgeContent = false;
        p.defocusRadius = p.motionLength = 0;
        const synth::Capture cap = synth::generate(p);
        const Quad q = Quad::ordered(cap.corners.pts);
        const double est = Rectifier::trueAspectRatio(q, cap.image.size());
        QVERIFY2(std::abs(est / kA4 - 1) < 0.03, qPrintable(QString::number(est)));
        const Rectified r = Rectifier().rectify(cap.image, cap.corners, 100);
        QCOMPARE(r.paper.name, QStringLiteral("A4"));
        QVERIFY(r.effectiveDpi > 40 && r.effectiveDpi < 150);
        const bool portrait = r.page.rows > r.page.cols;
        QVERIFY(portrait); // corners given in the page's own order: upright page
        cv::Mat gray;
        cv::cvtColor(r.page, gray, cv::COLOR_BGR2GRAY);
        const double k = 100 / 25.4;
        const cv::Rect marker(int(13.5 * k), int(13.5 * k), int(3 * k), int(3 * k));
        QVERIFY(cv::mean(gray(marker))[0] < 100);
    }

    void strongReductionStillAntiAliased()
    {
        // A fine line pattern reduced 4x must average to grey, not alias into stripes.
        cv::Mat img(2400, 1700, CV_8UC3);
        for (int y = 0; y < img.rows; ++y) img.row(y).setTo(cv::Scalar::all((y % 2) ? 255 : 0));
        const Quad q{{cv::Point2f(0, 0), cv::Point2f(1653, 0), cv::Point2f(1653, 2338), cv::Point2f(0, 2338)}};
        const Rectified r = Rectifier().rectify(img, q, 50);
        cv::Mat gray;
        cv::cvtColor(r.page, gray, cv::COLOR_BGR2GRAY);
        cv::Scalar mean, sd;
        cv::meanStdDev(gray(cv::Rect(10, 10, gray.cols - 20, gray.rows - 20)), mean, sd);
        QVERIFY(std::abs(mean[0] - 127.5) < 10);
        QVERIFY2(sd[0] < 25, qPrintable(QString::number(sd[0])));
    }
};

QTEST_MAIN(TestRectifier)
#include "test_rectifier.moc"
