// readTiffDirectory: the layout of each page of real (libtiff-written) and hand-built TIFF files,
// classic and BigTIFF, either byte order; damaged chains end in nullopt, never in a hang.
#include "ImagingTestPages.h"
#include "TiffDirectory.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

#include <limits>

using namespace mtb;

namespace {

struct Entry
{
    quint16 tag, type;
    quint64 value; // one value, stored in the entry
};

// A one-directory TIFF whose entries all hold a single inline value; `next` is the next directory's
// offset (0: none; 8 or 16 is the directory itself, a loop).
QByteArray buildTiff(bool bigEndian, bool bigTiff, const std::vector<Entry>& entries, quint64 next = 0)
{
    QByteArray b;
    const auto put = [&](quint64 v, int bytes) {
        for (int i = 0; i < bytes; ++i) {
            const int shift = 8 * (bigEndian ? bytes - 1 - i : i);
            b.append(char((v >> shift) & 0xFF));
        }
    };
    b.append(bigEndian ? "MM" : "II");
    put(bigTiff ? 43 : 42, 2);
    if (bigTiff) {
        put(8, 2); // offset size
        put(0, 2);
        put(16, 8); // first directory
        put(entries.size(), 8);
    } else {
        put(8, 4);
        put(entries.size(), 2);
    }
    const int valueBytes = bigTiff ? 8 : 4;
    for (const Entry& e : entries) {
        put(e.tag, 2);
        put(e.type, 2);
        put(1, bigTiff ? 8 : 4);
        const int size = e.type == 3 ? 2 : e.type == 16 ? 8 : 4;
        put(e.value, size); // left-justified in the value field, as TIFF stores it
        put(0, valueBytes - size);
    }
    put(next, valueBytes);
    return b;
}

std::optional<TiffDirectory> read(const QByteArray& bytes, int index)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readTiffDirectory(buffer, index);
}

} // namespace

class TestTiffDirectory : public QObject
{
    Q_OBJECT

private slots:
    void pagesWrittenByLibtiff();
    void handBuiltLayouts_data();
    void handBuiltLayouts();
    void damagedFilesGiveNothing();
    void loopingChainEnds();
    void otherTagsMayBeDamaged();
    void hugeDeclarationsSaturate();
};

void TestTiffDirectory::pagesWrittenByLibtiff()
{
    std::vector<cv::Mat> pages{test::textPage(40, 1, 3), test::textPage(30, 2, 3), test::textPage(50, 3, 3)};
    pages[1] = pages[1](cv::Rect(0, 0, 100, 70)).clone();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("three-pages.tif"));
    QVERIFY(cv::imwritemulti(path.toStdString(), pages)); // OpenCV 4.6 has no imencodemulti
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (int i = 0; i < 3; ++i) {
        const std::optional<TiffDirectory> page = read(bytes, i);
        QVERIFY(page);
        QCOMPARE(page->width, quint64(pages[size_t(i)].cols));
        QCOMPARE(page->height, quint64(pages[size_t(i)].rows));
        QCOMPARE(page->samplesPerPixel, quint64(3));
        QCOMPARE(page->bitsPerSample, quint64(8));
        // An 8-bit RGB strip: at least one row, at most the whole page (a byte over per row).
        QVERIFY(page->largestBlockBytes() >= page->width * 3);
        QVERIFY(page->largestBlockBytes() <= (page->width * 3 + 1) * page->height);
    }
    QVERIFY(!read(bytes, 3));
    QVERIFY(!read(bytes, -1));
}

void TestTiffDirectory::handBuiltLayouts_data()
{
    QTest::addColumn<bool>("bigEndian");
    QTest::addColumn<bool>("bigTiff");
    QTest::newRow("classic, little-endian") << false << false;
    QTest::newRow("classic, big-endian") << true << false;
    QTest::newRow("BigTIFF, little-endian") << false << true;
    QTest::newRow("BigTIFF, big-endian") << true << true;
}

void TestTiffDirectory::handBuiltLayouts()
{
    QFETCH(bool, bigEndian);
    QFETCH(bool, bigTiff);
    const quint16 longType = bigTiff ? 16 : 4;
    // Strips: 3000 x 2000, 4 samples of 16 bits, 10 rows a strip.
    const QByteArray strips = buildTiff(
        bigEndian, bigTiff, {{256, 3, 3000}, {257, longType, 2000}, {258, 3, 16}, {277, 3, 4}, {278, 3, 10}});
    std::optional<TiffDirectory> dir = read(strips, 0);
    QVERIFY(dir);
    QCOMPARE(dir->width, quint64(3000));
    QCOMPARE(dir->height, quint64(2000));
    QCOMPARE(dir->largestBlockBytes(), quint64((3000 * 64 / 8 + 1) * 10));
    // Tiles of 256 x 128, 3 samples of 8 bits.
    const QByteArray tiles = buildTiff(
        bigEndian, bigTiff,
        {{256, longType, 5000}, {257, 3, 7000}, {258, 3, 8}, {277, 3, 3}, {322, 3, 256}, {323, 3, 128}});
    dir = read(tiles, 0);
    QVERIFY(dir);
    QCOMPARE(dir->largestBlockBytes(), quint64(256 * 128 * 3 + 1));
    // Defaults (1 sample of 1 bit, one strip for the page).
    dir = read(buildTiff(bigEndian, bigTiff, {{256, 3, 800}, {257, 3, 600}}), 0);
    QVERIFY(dir);
    QCOMPARE(dir->largestBlockBytes(), quint64((800 / 8 + 1) * 600));
    QVERIFY(!read(strips, 1)); // no second page
}

void TestTiffDirectory::damagedFilesGiveNothing()
{
    const QByteArray good = buildTiff(false, false, {{256, 3, 10}, {257, 3, 10}});
    QVERIFY(read(good, 0));
    QVERIFY(!read(QByteArray(), 0));
    QVERIFY(!read("II", 0));
    QVERIFY(!read(QByteArray("II\x2b\x00", 4) + QByteArray(4, '\0'), 0)); // BigTIFF cut in its header
    QVERIFY(!read(QByteArray("XX\x2a\x00\x08\0\0\0", 8), 0));             // not a byte order
    QVERIFY(!read(QByteArray("II\x2c\x00\x08\0\0\0", 8), 0));             // version 44
    QVERIFY(!read(good.left(good.size() - 10), 0));                       // cut inside an entry
    QByteArray farAway = good;
    farAway[4] = char(0xF0); // the first directory beyond the end
    QVERIFY(!read(farAway, 0));
}

// Entries other than the layout tags are not read: a PageNumber whose values lie past the end of the
// file, or a type TIFF does not define, must not hide the layout (fuzz_image_import, 7 Dec). A
// layout tag given twice counts with its larger value.
void TestTiffDirectory::otherTagsMayBeDamaged()
{
    QByteArray bytes = buildTiff(false, false,
                                 {{256, 3, 65286},
                                  {257, 3, 4},
                                  {297, 3, 0},
                                  {15616, 769, 0},
                                  {277, 3, 3},
                                  {277, 3, 16385},
                                  {278, 3, 4}});
    // Entry 3 (PageNumber): 548 SHORT values at offset 0x7FFFFFF0.
    const int pageNumber = 8 + 2 + 2 * 12;
    bytes[pageNumber + 4] = char(548 & 0xFF);
    bytes[pageNumber + 5] = char(548 >> 8);
    bytes[pageNumber + 8] = char(0xF0);
    bytes[pageNumber + 9] = char(0xFF);
    bytes[pageNumber + 10] = char(0xFF);
    bytes[pageNumber + 11] = char(0x7F);
    const std::optional<TiffDirectory> dir = read(bytes, 0);
    QVERIFY(dir);
    QCOMPARE(dir->width, quint64(65286));
    QCOMPARE(dir->samplesPerPixel, quint64(16385));
    QCOMPARE(dir->largestBlockBytes(), quint64((65286ull * 16385 * 1 / 8 + 1) * 4));
}

void TestTiffDirectory::loopingChainEnds()
{
    const QByteArray loop = buildTiff(false, false, {{256, 3, 10}, {257, 3, 20}}, 8); // next: itself
    QVERIFY(read(loop, 0));
    QVERIFY(read(loop, 50));         // the same directory again, as the chain says
    QVERIFY(!read(loop, 1'000'000)); // beyond any real file: not followed
}

void TestTiffDirectory::hugeDeclarationsSaturate()
{
    const quint64 max = std::numeric_limits<quint64>::max();
    const QByteArray huge =
        buildTiff(false, true,
                  {{256, 16, quint64(1) << 62}, {257, 16, quint64(1) << 62}, {277, 3, 65535}, {258, 3, 64}});
    const std::optional<TiffDirectory> dir = read(huge, 0);
    QVERIFY(dir);
    QCOMPARE(dir->largestBlockBytes(), max);
}

QTEST_GUILESS_MAIN(TestTiffDirectory)
#include "test_tiff_directory.moc"
