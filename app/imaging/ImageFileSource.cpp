#include "ImageFileSource.h"
#include "TiffDirectory.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <climits>
#include <cstring>
#include <optional>

namespace mtb {

namespace {

QByteArray qtFormat(ImageFileSource::Kind kind)
{
    switch (kind) {
    case ImageFileSource::Kind::Jpeg:
        return "jpeg";
    case ImageFileSource::Kind::Png:
        return "png";
    case ImageFileSource::Kind::Tiff:
        return "tiff";
    case ImageFileSource::Kind::Bmp:
        return "bmp";
    case ImageFileSource::Kind::WebP:
        return "webp";
    }
    return {};
}

QString damaged(const QString& name)
{
    return QCoreApplication::translate("PageSource", "%1: the image is damaged or incomplete.").arg(name);
}

QString tooLarge(const QString& name, const QSize& size)
{
    return QCoreApplication::translate("PageSource",
                                       "%1: the image is too large (%2 × %3 pixels, at most %4 megapixels).")
        .arg(name)
        .arg(size.width())
        .arg(size.height())
        .arg(PageSource::kMaxPixels / 1'000'000);
}

bool tooManyPixels(const QSize& size)
{
    return qint64(size.width()) * qint64(size.height()) > PageSource::kMaxPixels;
}

cv::Mat toBgr(const QImage& image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_BGR888);
    if (rgb.isNull())
        return {};
    return cv::Mat(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar*>(rgb.constBits()),
                   size_t(rgb.bytesPerLine()))
        .clone();
}

double dpiOf(const QImage& image)
{
    // Only believable scan resolutions; 72/96 dpi tags on photos and screenshots mean "unknown".
    const double dpi = image.dotsPerMeterX() * 0.0254;
    return dpi >= 100 && dpi <= 1200 ? dpi : 0;
}

} // namespace

bool ImageFileSource::jpegIsComplete(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData());
    const qsizetype n = bytes.size();
    if (n < 4 || p[0] != 0xFF || p[1] != 0xD8)
        return false;
    qsizetype i = 2;
    while (i + 1 < n) {
        if (p[i] != 0xFF)
            return false; // lost sync: not a marker where one must be
        const uchar m = p[i + 1];
        if (m == 0xFF) { // fill byte
            ++i;
            continue;
        }
        if (m == 0xD9)
            return true;                             // EOI
        if (m == 0x01 || (m >= 0xD0 && m <= 0xD7)) { // markers without a length
            i += 2;
            continue;
        }
        if (i + 3 >= n)
            return false;
        const qsizetype len = (qsizetype(p[i + 2]) << 8) | p[i + 3];
        if (len < 2)
            return false;
        i += 2 + len;
        if (m == 0xDA) { // SOS: entropy-coded data up to the next marker that is not FF00 or RSTn
            while (true) {
                const void* ff = i < n ? std::memchr(p + i, 0xFF, size_t(n - i)) : nullptr;
                if (!ff)
                    return false;
                i = static_cast<const uchar*>(ff) - p;
                if (i + 1 >= n)
                    return false;
                const uchar next = p[i + 1];
                if (next == 0x00 || next == 0xFF || (next >= 0xD0 && next <= 0xD7)) {
                    i += next == 0xFF ? 1 : 2;
                    continue;
                }
                break; // a real marker: EOI, or the next table/scan of a progressive JPEG
            }
        }
    }
    return false;
}

ImageFileSource::ImageFileSource(const QString& path, Kind kind)
    : m_path(path), m_name(QFileInfo(path).fileName()), m_kind(kind)
{
    readHeader();
}

ImageFileSource::ImageFileSource(const QByteArray& bytes, const QString& name, Kind kind)
    : m_bytes(bytes), m_inMemory(true), m_name(name), m_kind(kind)
{
    readHeader();
}

std::unique_ptr<QIODevice> ImageFileSource::device() const
{
    if (m_inMemory) {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(m_bytes); // shared, not copied
        return buffer;
    }
    return std::make_unique<QFile>(m_path);
}

namespace {
quint32 le32(const QByteArray& b, int at)
{
    return quint32(quint8(b[at])) | quint32(quint8(b[at + 1])) << 8 | quint32(quint8(b[at + 2])) << 16 |
           quint32(quint8(b[at + 3])) << 24;
}
quint32 be32(const QByteArray& b, int at)
{
    return quint32(quint8(b[at])) << 24 | quint32(quint8(b[at + 1])) << 16 | quint32(quint8(b[at + 2])) << 8 |
           quint32(quint8(b[at + 3]));
}
quint16 be16(const QByteArray& b, int at)
{
    return quint16(quint8(b[at]) << 8 | quint8(b[at + 1]));
}

// The width and height a BMP, PNG or JPEG header declares, read by hand: for files whose header Qt's
// reader refuses but OpenCV would still decode. OpenCV 4.6 reads OPENCV_IO_MAX_IMAGE_PIXELS when its
// library loads, so its own guard stays at 2^30 pixels; a fuzzed BMP declaring 524288 x 2048 made it
// allocate 3 GB. nullopt: nothing declared that could be read.
QSize clampedSize(qint64 w, qint64 h)
{
    return QSize(int(std::min<qint64>(std::abs(w), INT_MAX)), int(std::min<qint64>(std::abs(h), INT_MAX)));
}

std::optional<QSize> declaredSize(ImageFileSource::Kind kind, const QByteArray& b)
{
    switch (kind) {
    case ImageFileSource::Kind::Bmp:
        if (b.size() >= 26 && b.startsWith("BM")) {
            if (le32(b, 14) == 12) // OS/2 core header: 16-bit sizes
                return clampedSize(quint8(b[18]) | quint8(b[19]) << 8, quint8(b[20]) | quint8(b[21]) << 8);
            // A negative height means stored top-down.
            return clampedSize(qint32(le32(b, 18)), qint32(le32(b, 22)));
        }
        return std::nullopt;
    case ImageFileSource::Kind::Png:
        if (b.size() >= 24)
            return clampedSize(be32(b, 16), be32(b, 20));
        return std::nullopt;
    case ImageFileSource::Kind::Jpeg:
        for (int i = 2; i + 9 <= b.size();) {
            if (quint8(b[i]) != 0xFF)
                return std::nullopt;
            const quint8 marker = quint8(b[i + 1]);
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
                return clampedSize(be16(b, i + 7), be16(b, i + 5)); // SOFn: height, then width
            if (marker == 0xFF) {
                ++i; // fill byte
                continue;
            }
            i += 2 + be16(b, i + 2);
        }
        return std::nullopt;
    default:
        return std::nullopt;
    }
}
} // namespace

void ImageFileSource::readHeader()
{
    // The header only: the size is known before a single pixel is decoded.
    const std::unique_ptr<QIODevice> dev = device();
    QImageReader reader(dev.get(), qtFormat(m_kind));
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty()) {
        // Qt cannot read this header; OpenCV may still decode the file (it knows a few more variants),
        // but not above the pixel limit, which is checked from the header by hand.
        const std::unique_ptr<QIODevice> raw = device();
        const QByteArray head = raw->open(QIODevice::ReadOnly) ? raw->read(256 * 1024) : QByteArray();
        const std::optional<QSize> declared = declaredSize(m_kind, head);
        if (declared && tooManyPixels(*declared)) {
            m_error = tooLarge(m_name, *declared);
            return;
        }
        m_pageCount = 1;
        return;
    }
    if (tooManyPixels(size)) {
        m_error = tooLarge(m_name, size);
        return;
    }
    m_pageCount = 1;
    if (m_kind == Kind::Tiff) {
        // The directory count, pages stay undecoded (a fresh reader: Qt's TIFF handler cannot count
        // after it has read a header from the same device).
        const std::unique_ptr<QIODevice> countDev = device();
        QImageReader counter(countDev.get(), qtFormat(m_kind));
        m_pageCount = std::max(1, counter.imageCount());
    }
}

std::optional<quint64> ImageFileSource::tiffBlockTooLarge(int index) const
{
    // A page within the pixel limit at up to 64 bits per pixel (RGBA, 16 bits a sample) never needs
    // more than this for one strip or tile; only a damaged or hostile layout asks for more.
    constexpr quint64 kMaxBlockBytes = quint64(PageSource::kMaxPixels) * 8;
    const std::unique_ptr<QIODevice> dev = device();
    if (!dev->open(QIODevice::ReadOnly))
        return std::nullopt; // Qt's reader reports it
    const std::optional<TiffDirectory> dir = readTiffDirectory(*dev, index);
    const quint64 bytes = dir ? dir->largestBlockBytes() : 0;
    if (bytes <= kMaxBlockBytes)
        return std::nullopt;
    return bytes;
}

SourcePage ImageFileSource::decodeWithQt(int index)
{
    SourcePage page;
    if (m_kind == Kind::Tiff) {
        if (const std::optional<quint64> bytes = tiffBlockTooLarge(index)) {
            page.error = QCoreApplication::translate("PageSource",
                                                     "%1, page %2: the page cannot be read: it would need %3 MB of "
                                                     "memory at once. Save it again (for example as PDF) and add that.")
                             .arg(m_name)
                             .arg(index + 1)
                             .arg(*bytes / (1024 * 1024));
            return page;
        }
    }
    const std::unique_ptr<QIODevice> dev = device();
    QImageReader reader(dev.get(), qtFormat(m_kind));
    reader.setAutoTransform(true);
    if (index > 0 && !reader.jumpToImage(index)) {
        page.error =
            QCoreApplication::translate(
                "PageSource", "%1, page %2: the page cannot be read (the file is damaged or incomplete).")
                .arg(m_name)
                .arg(index + 1);
        return page;
    }
    const QSize size = reader.size();
    if (size.isValid() && tooManyPixels(size)) {
        page.error = tooLarge(m_name, size);
        return page;
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        page.error = m_pageCount > 1
                         ? QCoreApplication::translate(
                               "PageSource",
                               "%1, page %2: the page cannot be read (the file is damaged or incomplete).")
                               .arg(m_name)
                               .arg(index + 1)
                         : damaged(m_name);
        return page;
    }
    if (tooManyPixels(image.size())) {
        page.error = tooLarge(m_name, image.size());
        return page;
    }
    page.bgr = toBgr(image);
    page.sourceDpi = dpiOf(image);
    if (page.bgr.empty())
        page.error = damaged(m_name);
    return page;
}

SourcePage ImageFileSource::page(int index)
{
    if (!m_error.isEmpty() || index < 0 || index >= m_pageCount)
        return SourcePage{{}, m_error.isEmpty() ? damaged(m_name) : m_error, 0, false};
    if (m_kind == Kind::Tiff)
        return decodeWithQt(index); // paging, 1-bit fax pages and dpi tags: Qt's TIFF reader

    QByteArray bytes = m_bytes;
    if (!m_inMemory) {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return SourcePage{{},
                              QCoreApplication::translate("PageSource", "%1: the file cannot be opened (%2).")
                                  .arg(m_name, file.errorString()),
                              0,
                              false};
        bytes = file.readAll();
    }
    if (m_kind == Kind::Jpeg && !jpegIsComplete(bytes))
        return SourcePage{{}, damaged(m_name), 0, false};

    SourcePage page;
    try {
        const cv::Mat buffer(1, int(bytes.size()), CV_8U, const_cast<char*>(bytes.constData()));
        page.bgr = cv::imdecode(buffer, cv::IMREAD_COLOR); // applies the EXIF orientation
    } catch (const cv::Exception&) {
        page.bgr.release(); // over OPENCV_IO_MAX_IMAGE_PIXELS, or a decoder error
    }
    if (page.bgr.empty())
        return decodeWithQt(0); // e.g. a WebP or BMP variant OpenCV was built without
    return page;
}

} // namespace mtb
