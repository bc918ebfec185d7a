// PagePipeline end to end on generated captures: geometry from manual corners, rotation, modes,
// digital pages, size budget, stage timings. Independent of which page detector is built in.
#include "ImagingTestPages.h"
#include "PagePipeline.h"

#include <QTest>

using namespace mtb;

namespace {
// The A4 page at 200 dpi, photographed: shrunk, slightly tilted onto a dark desk, uneven light, JPEG.
struct Capture
{
    cv::Mat image;
    Quad corners;
};

Capture photo()
{
    const cv::Mat page = test::textPage(200, 21);
    const cv::Size frame(2400, 3000);
    const std::vector<cv::Point2f> src{{0, 0}, {float(page.cols), 0}, {float(page.cols), float(page.rows)}, {0, float(page.rows)}};
    const std::vector<cv::Point2f> dst{{300, 200}, {2130, 260}, {2100, 2850}, {270, 2790}}; // A4 proportions, turned ~2°
    cv::Mat desk(frame, CV_8UC3, cv::Scalar(60, 50, 40));
    cv::warpPerspective(page, desk, cv::getPerspectiveTransform(src, dst), frame, cv::INTER_LINEAR, cv::BORDER_TRANSPARENT);
    Capture c;
    c.image = test::jpegRoundTrip(test::addNoise(test::unevenLight(desk, 0.6), 3), 90);
    c.corners = Quad{{dst[0], dst[1], dst[2], dst[3]}};
    return c;
}
} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_capture = photo(); }
    void manualCornersColour();
    void rotation();
    void grayAndBlackWhite();
    void cornersOutsideFrameAreCutOff();
    void digitalPage();
    void analyseOnly();
    void detectorPathRuns();

private:
    Capture m_capture;
};

void TestPipeline::manualCornersColour()
{
    PipelineOptions o;
    o.manualCorners = m_capture.corners;
    const ProcessedPage p = PagePipeline().process(m_capture.image, o);
    QVERIFY(p.detection.found);
    QVERIFY(p.detection.complete);
    QVERIFY2(std::abs(p.output.cols - 1654) <= 4 && std::abs(p.output.rows - 2339) <= 4,
             qPrintable(QStringLiteral("%1x%2").arg(p.output.cols).arg(p.output.rows)));
    QCOMPARE(p.output.type(), CV_8UC3);
    QVERIFY2(p.quality.ok(), qPrintable(QString::number(p.quality.issues.size())));
    QVERIFY(p.quality.effectiveDpi > 200); // ~2580 px along 297 mm
    QVERIFY(std::abs(p.widthMm - 210) < 1 && std::abs(p.heightMm - 297) < 1);
    // The desk is gone: the corners of the output are paper.
    const cv::Vec3b tl = p.output.at<cv::Vec3b>(6, 6), br = p.output.at<cv::Vec3b>(p.output.rows - 7, p.output.cols - 7);
    QVERIFY2(tl[0] > 200 && br[0] > 200, "desk left in the page");
    // Stored compactly: a colour A4 page at 200 dpi within 300 KB, a JPEG that decodes to the page.
    QCOMPARE(p.encodedFormat, QStringLiteral("jpeg"));
    QVERIFY2(p.encoded.size() <= 300 * 1024, qPrintable(QString::number(p.encoded.size())));
    QVERIFY(p.encoded.startsWith("\xFF\xD8"));
    const cv::Mat back = cv::imdecode(cv::Mat(1, int(p.encoded.size()), CV_8U, const_cast<char*>(p.encoded.constData())), cv::IMREAD_UNCHANGED);
    QCOMPARE(back.size(), p.output.size());
    QVERIFY(p.msTotal > 0 && p.msEnhance > 0 && p.msEncode > 0);
    QVERIFY(p.msTotal + 1 >= p.msDetect + p.msRectify + p.msQuality + p.msEnhance + p.msEncode);
    QVERIFY(p.rectified.page.empty()); // not kept after enhancement
}

void TestPipeline::rotation()
{
    PipelineOptions o;
    o.manualCorners = m_capture.corners;
    o.mode = ColorMode::Gray;
    o.rotationQuarterTurns = 1;
    const ProcessedPage p = PagePipeline().process(m_capture.image, o);
    QVERIFY(p.output.cols > p.output.rows);
    QVERIFY(std::abs(p.widthMm - 297) < 1 && std::abs(p.heightMm - 210) < 1);
    o.rotationQuarterTurns = -2; // same as two turns
    const ProcessedPage q = PagePipeline().process(m_capture.image, o);
    QVERIFY(q.output.rows > q.output.cols);
    // Turned by half: the seal (bottom right) is now top left.
    const cv::Point s = test::sealCentre();
    QVERIFY(q.output.at<uchar>(q.output.rows - 1 - s.y, q.output.cols - 1 - s.x) < 200);
}

void TestPipeline::grayAndBlackWhite()
{
    PipelineOptions o;
    o.manualCorners = m_capture.corners;
    o.mode = ColorMode::Gray;
    ProcessedPage p = PagePipeline().process(m_capture.image, o);
    QCOMPARE(p.output.channels(), 1);
    QCOMPARE(p.encodedFormat, QStringLiteral("jpeg"));
    o.mode = ColorMode::BlackWhite;
    p = PagePipeline().process(m_capture.image, o);
    QCOMPARE(p.output.channels(), 1);
    QCOMPARE(p.encodedFormat, QStringLiteral("png"));
    QVERIFY(p.encoded.startsWith("\x89PNG"));
    QVERIFY2(p.encoded.size() < 150 * 1024, qPrintable(QString::number(p.encoded.size())));
}

void TestPipeline::cornersOutsideFrameAreCutOff()
{
    PipelineOptions o;
    Quad q = m_capture.corners;
    q.pts[1] = {2500, 100}; // past the right edge of the 2400 px frame
    o.manualCorners = q;
    o.analyseOnly = true;
    const ProcessedPage p = PagePipeline().process(m_capture.image, o);
    QVERIFY(!p.detection.complete);
    QVERIFY(p.quality.issues.contains(QualityIssue::CutOff));
}

void TestPipeline::digitalPage()
{
    const cv::Mat page = test::textPage(100, 9, 20); // a PDF page rendered at 100 dpi
    PipelineOptions o;
    o.skipDetection = true;
    o.sourceDpi = 100;
    const ProcessedPage p = PagePipeline().process(page, o);
    QVERIFY(std::abs(p.output.cols - 1654) <= 2 && std::abs(p.output.rows - 2339) <= 2);
    QCOMPARE(p.quality.effectiveDpi, 100.0);
    QVERIFY(p.quality.issues.contains(QualityIssue::LowResolution));
    QVERIFY(std::abs(p.widthMm - 210) < 1);
}

void TestPipeline::analyseOnly()
{
    PipelineOptions o;
    o.manualCorners = m_capture.corners;
    o.analyseOnly = true;
    const ProcessedPage p = PagePipeline().process(m_capture.image, o);
    QVERIFY(p.encoded.isEmpty());
    QVERIFY(p.output.empty());
    QVERIFY(p.quality.meanLuminance > 0);
    QVERIFY(PagePipeline().process(cv::Mat(), o).encoded.isEmpty()); // empty input: nothing, no crash
}

void TestPipeline::detectorPathRuns()
{
    // Whatever the detector finds (the whole frame with the placeholder), the page comes out encoded.
    const ProcessedPage p = PagePipeline().process(m_capture.image, PipelineOptions());
    QVERIFY(!p.encoded.isEmpty());
    QVERIFY(!p.output.empty());
}

QTEST_GUILESS_MAIN(TestPipeline)
#include "test_pipeline.moc"
