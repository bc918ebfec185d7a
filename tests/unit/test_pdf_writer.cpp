// PdfWriter: JPEG pass-through, 1-bit pages, page sizes, a correct xref table, read back by QtPdf.
#include "ImagingTestPages.h"
#include "PdfWriter.h"
#include "TestPaths.h"

#include <QBuffer>
#include <QFile>
#include <QPdfDocument>
#include <QRegularExpression>
#include <QTest>

using namespace mtb;

class TestPdfWriter : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void xrefOffsetsPointAtObjects();
    void errors();

private:
    QByteArray threePagePdf(QByteArray* jpegColour);
    test::TempDataDir m_dir;
};

QByteArray TestPdfWriter::threePagePdf(QByteArray* jpegColour)
{
    const cv::Mat colour = test::textPage(100, 1, 10);
    cv::Mat gray, bw;
    cv::cvtColor(test::textPage(60, 2, 10), gray, cv::COLOR_BGR2GRAY);
    cv::rotate(gray, gray, cv::ROTATE_90_CLOCKWISE);
    cv::cvtColor(test::textPage(100, 3, 10), bw, cv::COLOR_BGR2GRAY);
    cv::threshold(bw, bw, 128, 255, cv::THRESH_BINARY);
    *jpegColour = test::encodeBytes(colour, ".jpg", {cv::IMWRITE_JPEG_QUALITY, 70});

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    PdfWriter writer(&buffer);
    QString error;
    bool ok = writer.addPage({*jpegColour, QStringLiteral("jpeg"), 210, 297}, &error);
    ok = ok && writer.addPage({test::encodeBytes(gray, ".jpg"), QStringLiteral("jpeg"), 210, 148}, &error);
    ok = ok && writer.addPage({test::encodeBytes(bw, ".png", {cv::IMWRITE_PNG_BILEVEL, 1}), QStringLiteral("png"), 210, 297}, &error);
    ok = ok && writer.finish(&error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok ? buffer.data() : QByteArray();
}

void TestPdfWriter::roundTrip()
{
    QByteArray jpeg;
    const QByteArray pdf = threePagePdf(&jpeg);
    QVERIFY(!pdf.isEmpty());
    QVERIFY(pdf.startsWith("%PDF-1.4"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QVERIFY(pdf.contains(jpeg)); // the JPEG bytes, unchanged
    QVERIFY(pdf.contains("/BitsPerComponent 1"));
    QVERIFY(!pdf.contains("JBIG2"));

    const QString path = m_dir.file(QStringLiteral("three.pdf"));
    QVERIFY(test::writeFileBytes(path, pdf));
    QPdfDocument doc;
    QCOMPARE(doc.load(path), QPdfDocument::Error::None);
    QCOMPARE(doc.pageCount(), 3);
    const auto near = [](QSizeF a, QSizeF b) { return std::abs(a.width() - b.width()) < 0.6 && std::abs(a.height() - b.height()) < 0.6; };
    QVERIFY(near(doc.pagePointSize(0), QSizeF(595.28, 841.89)));
    QVERIFY(near(doc.pagePointSize(1), QSizeF(595.28, 419.53)));
    QVERIFY(near(doc.pagePointSize(2), QSizeF(595.28, 841.89)));

    // The black-and-white page renders as the image it was: white paper, black text, no inversion.
    const QImage r = doc.render(2, QSize(827, 1169)).convertToFormat(QImage::Format_Grayscale8);
    QVERIFY(!r.isNull());
    QVERIFY(qGray(r.pixel(5, 5)) > 240);
    const cv::Point seal = test::sealCentre(100);
    QVERIFY(qGray(r.pixel(seal.x, seal.y)) < 128); // the seal's star, dark in black and white
}

void TestPdfWriter::xrefOffsetsPointAtObjects()
{
    QByteArray jpeg;
    const QByteArray pdf = threePagePdf(&jpeg);
    const qsizetype sx = pdf.lastIndexOf("startxref");
    QVERIFY(sx > 0);
    const qsizetype xref = pdf.mid(sx + 10).split('\n').first().toLongLong();
    QVERIFY(pdf.mid(xref).startsWith("xref\n0 "));
    const QList<QByteArray> lines = pdf.mid(xref).split('\n');
    const int count = lines.at(1).split(' ').at(1).toInt();
    QCOMPARE(count, 3 * 3 + 3); // free entry, catalog, pages, 3 objects per page
    QCOMPARE(lines.at(2), QByteArray("0000000000 65535 f "));
    for (int i = 1; i < count; ++i) {
        const QByteArray entry = lines.at(2 + i);
        QCOMPARE(entry.size(), 19); // 20 bytes with the newline
        const qsizetype offset = entry.left(10).toLongLong();
        QVERIFY2(pdf.mid(offset).startsWith(QByteArray(QByteArray::number(i) + " 0 obj")), entry.constData());
    }
    QVERIFY(pdf.contains(QByteArray("/Size " + QByteArray::number(count))));
}

void TestPdfWriter::errors()
{
    QString error;
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        PdfWriter writer(&buffer);
        QVERIFY(!writer.finish(&error)); // no pages: no PDF
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!writer.addPage({QByteArray("not an image"), QStringLiteral("jpeg"), 210, 297}, &error));
        QVERIFY(!error.isEmpty());
    }
    {
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        PdfWriter writer(&readOnly);
        error.clear();
        const QByteArray jpeg = test::encodeBytes(test::textPage(50, 1, 2), ".jpg");
        QVERIFY(!writer.addPage({jpeg, QStringLiteral("jpeg"), 210, 297}, &error));
        QVERIFY(!error.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestPdfWriter)
#include "test_pdf_writer.moc"
