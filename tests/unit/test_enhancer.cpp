// Enhancer: flat white paper and dark text out of uneven light, red seals kept red, the three modes.
#include "Enhancer.h"
#include "ImagingTestPages.h"

#include <QTest>

using namespace mtb;

namespace {
struct Masks
{
    cv::Mat paper, ink;
};

// Where the clean page is paper and where it is black text (the seal excluded).
Masks masksOf(const cv::Mat& clean)
{
    std::vector<cv::Mat> ch;
    cv::split(clean, ch);
    Masks m;
    m.paper = (ch[0] == 245) & (ch[1] == 245) & (ch[2] == 245);
    cv::erode(m.paper, m.paper, cv::Mat::ones(7, 7, CV_8U)); // away from anti-aliased edges
    m.ink = (ch[2] < 60) & (ch[1] < 60);
    return m;
}

double percentileOf(const cv::Mat& gray, const cv::Mat& mask, double p)
{
    std::vector<uchar> v;
    for (int y = 0; y < gray.rows; ++y)
        for (int x = 0; x < gray.cols; ++x)
            if (mask.at<uchar>(y, x))
                v.push_back(gray.at<uchar>(y, x));
    if (v.empty())
        return -1;
    std::nth_element(v.begin(), v.begin() + long(p * (v.size() - 1)), v.end());
    return v[size_t(p * (v.size() - 1))];
}
} // namespace

class TestEnhancer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void colourFlattensLightAndKeepsSeal();
    void grayAndBlackWhite();
    void emptyAndOddInputs();

private:
    cv::Mat m_clean, m_photo;
    Masks m_masks;
};

void TestEnhancer::initTestCase()
{
    m_clean = test::textPage();
    // Light falling from 45% to 100% across the page, sensor noise, a phone's JPEG.
    m_photo = test::jpegRoundTrip(test::addNoise(test::unevenLight(m_clean, 0.45), 3), 85);
    m_masks = masksOf(m_clean);
}

void TestEnhancer::colourFlattensLightAndKeepsSeal()
{
    const cv::Mat out = Enhancer().enhance(m_photo, ColorMode::Color);
    QCOMPARE(out.type(), CV_8UC3);
    QCOMPARE(out.size(), m_photo.size());
    cv::Mat gray, grayIn;
    cv::cvtColor(out, gray, cv::COLOR_BGR2GRAY);
    cv::cvtColor(m_photo, grayIn, cv::COLOR_BGR2GRAY);
    // Before: the dark corner's paper is ~130. After: paper is white everywhere, including there.
    const cv::Rect darkCorner(0, m_photo.rows * 3 / 4, m_photo.cols / 4, m_photo.rows / 4);
    const double before = percentileOf(grayIn(darkCorner), m_masks.paper(darkCorner), 0.5);
    QVERIFY2(before < 140, qPrintable(QString::number(before)));
    const double paper5 = percentileOf(gray, m_masks.paper, 0.05);
    QVERIFY2(paper5 >= 245, qPrintable(QString::number(paper5)));
    const double cornerPaper = percentileOf(gray(darkCorner), m_masks.paper(darkCorner), 0.5);
    QVERIFY2(cornerPaper >= 250, qPrintable(QString::number(cornerPaper)));
    // Text stays dark (darker than in the photo's bright half).
    const double ink = percentileOf(gray, m_masks.ink, 0.5);
    QVERIFY2(ink <= 60, qPrintable(QString::number(ink)));

    // The seal's star is still clearly red.
    const cv::Point c = test::sealCentre();
    const cv::Vec3b px = out.at<cv::Vec3b>(c);
    QVERIFY2(px[2] > 150 && px[1] < 110 && px[0] < 110 && px[2] - px[1] > 90,
             qPrintable(QStringLiteral("BGR %1 %2 %3").arg(px[0]).arg(px[1]).arg(px[2])));
}

void TestEnhancer::grayAndBlackWhite()
{
    const cv::Mat gray = Enhancer().enhance(m_photo, ColorMode::Gray);
    QCOMPARE(gray.type(), CV_8UC1);
    QCOMPARE(gray.size(), m_photo.size());
    QVERIFY(percentileOf(gray, m_masks.paper, 0.05) >= 245);
    QVERIFY(percentileOf(gray, m_masks.ink, 0.5) <= 60);

    const cv::Mat bw = Enhancer().enhance(m_photo, ColorMode::BlackWhite);
    QCOMPARE(bw.type(), CV_8UC1);
    QCOMPARE(bw.size(), m_photo.size());
    QCOMPARE(cv::countNonZero((bw != 0) & (bw != 255)), 0);
    // Paper white (noise specks under 0.1%), text black.
    const double paperBlack = 1.0 - cv::countNonZero(bw & m_masks.paper) / double(cv::countNonZero(m_masks.paper));
    QVERIFY2(paperBlack < 0.001, qPrintable(QString::number(paperBlack)));
    cv::Mat inkCore;
    cv::erode(m_masks.ink, inkCore, cv::Mat::ones(2, 2, CV_8U));
    const double inkWhite = cv::countNonZero(bw & inkCore) / double(std::max(1, cv::countNonZero(inkCore)));
    QVERIFY2(inkWhite < 0.05, qPrintable(QString::number(inkWhite)));
}

void TestEnhancer::emptyAndOddInputs()
{
    QVERIFY(Enhancer().enhance(cv::Mat(), ColorMode::Color).empty());
    // Tiny and single-channel inputs work.
    const cv::Mat tiny(5, 3, CV_8UC1, cv::Scalar(200));
    QCOMPARE(Enhancer().enhance(tiny, ColorMode::Color).type(), CV_8UC3);
    QCOMPARE(Enhancer().enhance(tiny, ColorMode::BlackWhite).size(), tiny.size());
}

QTEST_GUILESS_MAIN(TestEnhancer)
#include "test_enhancer.moc"
