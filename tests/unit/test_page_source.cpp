// PageSource: every input format by content, multi-page TIFF and PDF paging, and bad inputs that
// must give a clear message naming the file instead of a crash.
#include "ImagingTestPages.h"
#include "PageSource.h"
#include "TestPaths.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

using namespace mtb;

namespace {

quint32 crc32(const QByteArray& data)
{
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : data) {
        c ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
    }
    return ~c;
}

QByteArray be32(quint32 v)
{
    const char b[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    return QByteArray(b, 4);
}

QByteArray pngChunk(const QByteArray& type, const QByteArray& data)
{
    return be32(quint32(data.size())) + type + data + be32(crc32(type + data));
}

// A valid PNG header announcing width x height, followed by a few garbage bytes of image data.
QByteArray hugePngHeader(quint32 width, quint32 height)
{
    QByteArray ihdr = be32(width) + be32(height) + QByteArray("\x08\x02\x00\x00\x00", 5);
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + pngChunk("IHDR", ihdr) +
           pngChunk("IDAT", QByteArray(64, 'x')) + pngChunk("IEND", {});
}

// A PDF with the given objects (1-based, in order) and trailer entries, with a correct xref table.
QByteArray pdfWith(const QList<QByteArray>& objects, const QByteArray& trailerExtra)
{
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R " + trailerExtra +
           " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// Standard security handler, RC4 40-bit, with a user password: PDFium cannot open it with the empty
// password. The /O and /U values are not those of any real password, which is enough for that.
QByteArray passwordProtectedPdf()
{
    const QByteArray o = QByteArray(32, '\x5A').toHex(), u = QByteArray(32, '\xA5').toHex();
    return pdfWith(
        {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
         "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
         "<< /Filter /Standard /V 1 /R 2 /O <" + o + "> /U <" + u + "> /P -44 >>"},
        "/Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]");
}

} // namespace

class TestPageSource : public QObject
{
    Q_OBJECT

private slots:
    void imageFormats_data();
    void imageFormats();
    void contentNotFileName();
    void multiPageTiff();
    void tiffPageWithHugeStrips_data();
    void tiffPageWithHugeStrips();
    void pdfPages();
    void badInputs_data();
    void badInputs();
    void missingFile();
    void messagesAreTranslatable();

private:
    test::TempDataDir m_dir;
};

void TestPageSource::imageFormats_data()
{
    QTest::addColumn<QString>("ext");
    for (const char* e : {".jpg", ".png", ".bmp", ".webp", ".tif"})
        QTest::newRow(e) << QString::fromLatin1(e);
}

void TestPageSource::imageFormats()
{
    QFETCH(QString, ext);
    const cv::Mat img = test::textPage(100, 3, 10);
    const QString path = m_dir.file(QStringLiteral("page") + ext);
    if (ext == u".webp" || ext == u".tif") { // through Qt: the writer plugins are what a counter PC has
        QImage q(img.data, img.cols, img.rows, int(img.step), QImage::Format_BGR888);
        QVERIFY(q.save(path));
    } else {
        QVERIFY(test::writeFileBytes(path, test::encodeBytes(img, ext.toLatin1().constData())));
    }
    auto source = PageSource::open(path);
    QVERIFY2(source->openError().isEmpty(), qPrintable(source->openError()));
    QCOMPARE(source->pageCount(), 1);
    const SourcePage page = source->page(0);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.bgr.type(), CV_8UC3);
    QCOMPARE(page.bgr.cols, img.cols);
    QCOMPARE(page.bgr.rows, img.rows);
    QVERIFY(!page.digitalPage);
    QVERIFY(cv::norm(page.bgr, img, cv::NORM_L1) / double(img.total()) < 12); // JPEG/WebP are lossy

    // The same bytes from memory (a decrypted stored original) give the same pixels.
    auto memory = PageSource::fromBytes(test::readFileBytes(path), QStringLiteral("page") + ext);
    QCOMPARE(memory->pageCount(), 1);
    const SourcePage same = memory->page(0);
    QVERIFY2(same.error.isEmpty(), qPrintable(same.error));
    QCOMPARE(cv::norm(same.bgr, page.bgr, cv::NORM_INF), 0.0);
}

void TestPageSource::contentNotFileName()
{
    // A PNG named .jpg and a JPEG named .pdf are read by what they are.
    const cv::Mat img = test::textPage(80, 4, 5);
    const QString png = m_dir.file(QStringLiteral("really-png.jpg"));
    QVERIFY(test::writeFileBytes(png, test::encodeBytes(img, ".png")));
    auto source = PageSource::open(png);
    QVERIFY2(source->page(0).error.isEmpty(), qPrintable(source->page(0).error));
    const QString jpg = m_dir.file(QStringLiteral("really-jpeg.pdf"));
    QVERIFY(test::writeFileBytes(jpg, test::encodeBytes(img, ".jpg")));
    source = PageSource::open(jpg);
    QCOMPARE(source->pageCount(), 1);
    QVERIFY(!source->page(0).bgr.empty());
}

void TestPageSource::multiPageTiff()
{
    const QString path = m_dir.file(QStringLiteral("three-pages.tif"));
    std::vector<cv::Mat> pages;
    for (int i = 0; i < 3; ++i) {
        cv::Mat p = test::textPage(60, quint32(i), 4);
        cv::putText(p, std::to_string(i + 1), {50, 200}, cv::FONT_HERSHEY_SIMPLEX, 4, cv::Scalar(0, 0, 0), 8);
        pages.push_back(i == 1 ? p(cv::Rect(0, 0, p.cols, p.rows / 2)).clone() : p); // page 2 is smaller
    }
    QVERIFY(cv::imwritemulti(path.toStdString(), pages));
    auto source = PageSource::open(path);
    QCOMPARE(source->pageCount(), 3);
    for (int i = 0; i < 3; ++i) {
        const SourcePage page = source->page(i);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(page.bgr.size(), pages[size_t(i)].size());
    }
    QVERIFY(!source->page(3).error.isEmpty());
    auto memory = PageSource::fromBytes(test::readFileBytes(path), QStringLiteral("three-pages.tif"));
    QCOMPARE(memory->pageCount(), 3);
    QCOMPARE(memory->page(1).bgr.size(), pages[1].size());
}

// Found by fuzz_image_import: two-page TIFFs whose second page declares 65286 x 4 pixels (within the
// pixel limit) with 16385 samples each, so libtiff asked for a 4.28 GB strip. The page is refused
// from its directory, with the file, the page and the memory named; the first page still reads.
void TestPageSource::tiffPageWithHugeStrips_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("16385 samples per pixel") << QByteArray::fromBase64(
               "SUkqAEQAAACAP+BACCQWDQeEQJ/wiGQ2FQVkh8Pw0ADdwuGCw+CRGJw2LRiCRoARyKR+MwONxKSxeTwuKS8ASKYQyAgO"
               "AP4ABAABAAAAAgAAAAABAwABAAAACAAAAAEBAwABAAAACAAAAAIBAwADAAAA8gAAAAMBAwABAAAABQAAAAYBAwABAAAA"
               "AgAAABEBBAABAAAACAAAABUBAwABAAAAAwAAABYBAwABAAAACAAAABcBBAABAAAAPAAAABwBAwABAAAAAQAAACkBAwAC"
               "AAAAAAACAD0BAwABAAAAAgAAAFMBAwADAAAA+AAAAAoBAAAIAAgACAABAAEAAQCAACBQOCQWDQOAgAAOAP4ABAABAAAA"
               "AgAAAAABAwABAAAABv/CAAEBAwABAAAABAAAAAIBAwABAAAACAAAAAMBAwABAAAABQAAAAYBAwABAAAAAQAAABEBBAAB"
               "AAAA/gAAABUBAwABAAAAAUAAABYBAwABAAAABAAAABcBBAABAAAACwAAABwBAwABAAAAAQAAACkBAwACAAAAAQACAD0B"
               "AwABAAAAAgAAAFMBAwABAAAAAQAAAAAAAAA=");
    // The same page with a PageNumber of 548 values pointing past the end of the file, and an
    // entry of an unknown type: the first version of the directory reader gave up there.
    QTest::newRow("behind a damaged tag") << QByteArray::fromBase64(
               "SUkqAEQAAACAP+BACCQWDQeEQJ/wiGQ2FQVkh8Pw0ADdwuGCw+CRGJw2LRiCRoARyKR+MwONxKSxeTwuKS8ASKYQyAgO"
               "AP4ABAABAAAAAgAAAAABAwABAAAACAAAAAEBAwABAAAACAAAAAIBAwADAAAA8gAAAAMBAwABAAAABQAAAAYBAwABAAAA"
               "AgAAABEBBAABAAAACAAAABUBAwABAAAAAwAAABYBAwABAAAACAAAABcBBAABAAAAPAAAABwBAwABAAAAAQAAACkBAwAC"
               "AAAAAAACAD0BAwABAAAAAgAAAFMBAwADAAAA+AAAAAoBAAAIAAgACAABAAEAAQCAACBQOCQWDQOAgAAOAP4ABAABAAAA"
               "AgAAAAABAwABAAAABv/CAAEBAwABAAAABAAAAAIBAwABAAAACAAAAAMBAwABAAAABQAAAAYBAwABAAAAAQAAABEBBAAB"
               "AAAA/gAAABUBAwABAAAAAUAAABYBAwABAAAABAAAABcBBAABAAAACwAAABwBAwABAAAAAQAAACkBAwAkAgAAAAEAAgA9"
               "AQMAAQAAAAIAAABTAQMAAQAAAAEAAAAAAAAA");
}

void TestPageSource::tiffPageWithHugeStrips()
{
    QFETCH(QByteArray, bytes);
    const QString path = m_dir.file(QStringLiteral("strips.tif"));
    QVERIFY(test::writeFileBytes(path, bytes));
    for (const auto& source : {PageSource::open(path), PageSource::fromBytes(bytes, QStringLiteral("strips.tif"))}) {
        QVERIFY2(source->openError().isEmpty(), qPrintable(source->openError()));
        QCOMPARE(source->pageCount(), 2);
        const SourcePage first = source->page(0);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.bgr.size(), cv::Size(8, 8));
        const SourcePage second = source->page(1);
        QVERIFY(second.bgr.empty());
        QVERIFY2(second.error.startsWith(QStringLiteral("strips.tif, page 2:")), qPrintable(second.error));
        QVERIFY2(second.error.contains(QStringLiteral("4080 MB of memory")), qPrintable(second.error));
    }
}

void TestPageSource::pdfPages()
{
    const QString path = m_dir.file(QStringLiteral("two-pages.pdf"));
    test::writeTwoPagePdf(path);
    auto source = PageSource::open(path, 100);
    QVERIFY2(source->openError().isEmpty(), qPrintable(source->openError()));
    QCOMPARE(source->pageCount(), 2);
    const SourcePage page = source->page(1);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QVERIFY(page.digitalPage);
    QCOMPARE(page.sourceDpi, 100.0);
    QVERIFY(std::abs(page.bgr.cols - 827) <= 1 && std::abs(page.bgr.rows - 1169) <= 1); // A4 at 100 dpi
    // White paper (not transparent black), a red block where it was drawn.
    const cv::Vec3b paper = page.bgr.at<cv::Vec3b>(page.bgr.rows - 10, page.bgr.cols - 10);
    QCOMPARE(paper, cv::Vec3b(255, 255, 255));
    const cv::Vec3b red = page.bgr.at<cv::Vec3b>(100, 200); // (150 pt, 75 pt) at 100 dpi
    QVERIFY(red[2] > 200 && red[1] < 50 && red[0] < 50);

    // From memory: loaded before fromBytes() returns, rendered the same.
    auto memory = PageSource::fromBytes(test::readFileBytes(path), QStringLiteral("two-pages.pdf"), 100);
    QVERIFY2(memory->openError().isEmpty(), qPrintable(memory->openError()));
    QCOMPARE(memory->pageCount(), 2);
    const SourcePage same = memory->page(1);
    QVERIFY2(same.error.isEmpty(), qPrintable(same.error));
    QCOMPARE(cv::norm(same.bgr, page.bgr, cv::NORM_INF), 0.0);
}

void TestPageSource::badInputs_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expect"); // part of the English message

    const QByteArray jpeg = test::encodeBytes(test::textPage(100, 1, 10), ".jpg");
    QTest::newRow("zero-byte") << QStringLiteral("empty.jpg") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("truncated jpeg") << QStringLiteral("cut.jpg") << jpeg.left(jpeg.size() * 2 / 3)
                                    << QStringLiteral("damaged or incomplete");
    QTest::newRow("jpeg header only")
        << QStringLiteral("head.jpg") << jpeg.left(300) << QStringLiteral("damaged or incomplete");
    QTest::newRow("text named .jpg") << QStringLiteral("notes.jpg")
                                     << QByteArray("Patient notes, not a photo.\n").repeated(20)
                                     << QStringLiteral("not a supported image");
    QTest::newRow("30000x30000 png") << QStringLiteral("huge.png") << hugePngHeader(30000, 30000)
                                     << QStringLiteral("too large");
    // Found by fuzz_image_import: a BMP whose header Qt refuses (inconsistent sizes) but OpenCV
    // decodes, declaring 524288 x 2048 pixels (exactly OpenCV 4.6's own 2^30 limit): it allocated 3 GB.
    QTest::newRow("524288x2048 bmp")
        << QStringLiteral("bomb.bmp")
        << QByteArray::fromBase64(
               "Qk32AAAAAAAAADYAAAAoAAAAAAAIAAAIAAABABgAAAAAAMAAAADEDgAAxA4AAAAAAAAAAAAA////"
               "////////////////////////AAAA////////////////////////AAAA////////////Hh7IHh7IHh7I"
               "AAAA////////////////Hh7IHh7IAAAAHh7I////////////////Hh7IAAAAHh7IHh7I////////////"
               "////AAAAHh7IHh7IHh7I////////////AAAA////////////////////////AAAA////////////////"
               "////////////")
        << QStringLiteral("too large");
    const QByteArray png = test::encodeBytes(test::textPage(100, 1, 10), ".png");
    QTest::newRow("truncated png") << QStringLiteral("cut.png") << png.left(png.size() / 2)
                                   << QStringLiteral("damaged or incomplete");
    QTest::newRow("password pdf") << QStringLiteral("locked.pdf") << passwordProtectedPdf()
                                  << QStringLiteral("password");
    QTest::newRow("malformed pdf") << QStringLiteral("broken.pdf")
                                   << QByteArray("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R\ngarbage")
                                   << QStringLiteral("damaged");
}

void TestPageSource::badInputs()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expect);
    const QString path = m_dir.file(name);
    QVERIFY(test::writeFileBytes(path, bytes));
    auto source = PageSource::open(path);
    QString error = source->openError();
    if (error.isEmpty() && source->pageCount() > 0)
        error = source->page(0).error;
    else
        QVERIFY(!source->page(0).error.isEmpty()); // asking for a page of a broken file is safe too
    QVERIFY2(!error.isEmpty(), "no error reported");
    QVERIFY2(error.startsWith(name), qPrintable(error)); // names the file
    QVERIFY2(error.contains(expect), qPrintable(error));

    // The same from memory.
    auto memory = PageSource::fromBytes(bytes, name);
    QString memoryError = memory->openError();
    if (memoryError.isEmpty() && memory->pageCount() > 0)
        memoryError = memory->page(0).error;
    QCOMPARE(memoryError, error);
}

void TestPageSource::missingFile()
{
    auto source = PageSource::open(m_dir.file(QStringLiteral("nowhere.jpg")));
    QCOMPARE(source->pageCount(), 0);
    QVERIFY(source->openError().startsWith(QStringLiteral("nowhere.jpg")));
}

void TestPageSource::messagesAreTranslatable()
{
    // The 30000x30000 refusal happens from the header alone: no 2.7 GB allocation, and quickly.
    const QString path = m_dir.file(QStringLiteral("huge2.png"));
    QVERIFY(test::writeFileBytes(path, hugePngHeader(30000, 30000)));
    QElapsedTimer t;
    t.start();
    auto source = PageSource::open(path);
    QVERIFY(!source->openError().isEmpty() || !source->page(0).error.isEmpty());
    QVERIFY(t.elapsed() < 1000);
    QVERIFY(qEnvironmentVariableIntValue("OPENCV_IO_MAX_IMAGE_PIXELS") > 0);
}

QTEST_MAIN(TestPageSource)
#include "test_page_source.moc"
