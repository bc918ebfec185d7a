// pdfRenderSize: the pixel size of a rendered PDF page stays within PageSource::kMaxPixels for any
// page box, including the huge and sliver pages a fuzzer or a CAD export produces.
#include "PageSource.h"
#include "PdfRenderSize.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace mtb;

Q_DECLARE_METATYPE(QSizeF)

class TestPdfRenderSize : public QObject
{
    Q_OBJECT

private slots:
    void ordinaryPagesAtTheAskedDpi();
    void hugePagesScaledToTheLimit_data();
    void hugePagesScaledToTheLimit();
    void sliverPagesKeepAPixelAndTheLimit_data();
    void sliverPagesKeepAPixelAndTheLimit();
    void anyPageBoxStaysWithinTheLimit();
};

void TestPdfRenderSize::ordinaryPagesAtTheAskedDpi()
{
    const PdfRenderSize a4 = pdfRenderSize(QSizeF(595, 842), 100, PageSource::kMaxPixels);
    QCOMPARE(a4.pixels, QSize(826, 1169)); // 826.4 x 1169.4, rounded to nearest
    QCOMPARE(a4.dpi, 100.0);
    const PdfRenderSize letter = pdfRenderSize(QSizeF(612, 792), 200, PageSource::kMaxPixels);
    QCOMPARE(letter.pixels, QSize(1700, 2200));
}

void TestPdfRenderSize::hugePagesScaledToTheLimit_data()
{
    QTest::addColumn<QSizeF>("points");
    QTest::addColumn<double>("dpi");
    // A0 at 300 dpi and 2A0 at 200 dpi: scaled to exactly the limit, both sides round up (by 3136
    // and 6300 pixels over it before the fix).
    QTest::newRow("A0 at 300 dpi") << QSizeF(2384, 3370) << 300.0;
    QTest::newRow("2A0 at 200 dpi") << QSizeF(3370, 4768) << 200.0;
    QTest::newRow("banner at 200 dpi") << QSizeF(2000, 10000) << 200.0;
    QTest::newRow("largest PDF page at 300 dpi") << QSizeF(14400, 14400) << 300.0;
    QTest::newRow("absurd box at 36 dpi") << QSizeF(3.0e7, 2.0e7) << 36.0;
}

void TestPdfRenderSize::hugePagesScaledToTheLimit()
{
    QFETCH(QSizeF, points);
    QFETCH(double, dpi);
    const PdfRenderSize size = pdfRenderSize(points, dpi, PageSource::kMaxPixels);
    const qint64 pixels = qint64(size.pixels.width()) * size.pixels.height();
    QVERIFY2(pixels <= PageSource::kMaxPixels, qPrintable(QString::number(pixels)));
    // Not needlessly small: within a row and a column of the limit.
    QVERIFY2(pixels >= PageSource::kMaxPixels - size.pixels.width() - size.pixels.height(),
             qPrintable(QString::number(pixels)));
    QVERIFY(size.dpi < dpi);
    // The aspect ratio is kept to within a pixel.
    QVERIFY(std::abs(size.pixels.width() - size.pixels.height() * points.width() / points.height()) <= 1.0);
    // The reported dpi is the one the pixels were rendered at.
    QVERIFY(std::abs(points.width() / 72.0 * size.dpi - size.pixels.width()) <= 1.0);
}

void TestPdfRenderSize::sliverPagesKeepAPixelAndTheLimit_data()
{
    QTest::addColumn<QSizeF>("points");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("thin strip") << QSizeF(0.001, 14400) << QSize(1, 60000);
    QTest::newRow("endless strip") << QSizeF(1.0e9, 0.001) << QSize(int(PageSource::kMaxPixels), 1);
    QTest::newRow("speck") << QSizeF(0.01, 0.02) << QSize(1, 1);
}

void TestPdfRenderSize::sliverPagesKeepAPixelAndTheLimit()
{
    QFETCH(QSizeF, points);
    QFETCH(QSize, expected);
    QCOMPARE(pdfRenderSize(points, 300, PageSource::kMaxPixels).pixels, expected);
}

// Page boxes drawn at random over twelve orders of magnitude, at the dpi values MTB Desk and the fuzz
// target use, against a small limit too (so that rounding matters on every case).
void TestPdfRenderSize::anyPageBoxStaysWithinTheLimit()
{
    QRandomGenerator random(20261207);
    const auto logUniform = [&random](double low, double high) {
        return std::exp(std::log(low) + random.generateDouble() * (std::log(high) - std::log(low)));
    };
    int over = 0;
    for (int i = 0; i < 200000; ++i) {
        const QSizeF points(logUniform(1e-3, 1e9), logUniform(1e-3, 1e9));
        const double dpi = (i % 3 == 0) ? 36 : (i % 3 == 1) ? 200 : 300;
        const qint64 limit = (i % 2 == 0) ? PageSource::kMaxPixels : 10007;
        const QSize pixels = pdfRenderSize(points, dpi, limit).pixels;
        if (pixels.width() < 1 || pixels.height() < 1 || qint64(pixels.width()) * pixels.height() > limit)
            ++over;
    }
    QCOMPARE(over, 0);
}

QTEST_GUILESS_MAIN(TestPdfRenderSize)
#include "test_pdf_render_size.moc"
