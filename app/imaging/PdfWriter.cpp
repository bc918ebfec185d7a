#include "PdfWriter.h"

#include <QCoreApplication>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace mtb {

namespace {

struct JpegInfo
{
    int width = 0, height = 0, components = 0;
};

// Width, height and component count from the JPEG's SOF marker, without decoding it.
bool readJpegInfo(const QByteArray& bytes, JpegInfo* info)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData());
    const qsizetype n = bytes.size();
    if (n < 4 || p[0] != 0xFF || p[1] != 0xD8)
        return false;
    qsizetype i = 2;
    while (i + 3 < n) {
        if (p[i] != 0xFF)
            return false;
        const uchar m = p[i + 1];
        if (m == 0xFF) {
            ++i;
            continue;
        }
        if (m == 0xD9 || m == 0xDA)
            return false; // reached the data without a frame header
        if (m == 0x01 || (m >= 0xD0 && m <= 0xD7)) {
            i += 2;
            continue;
        }
        const qsizetype len = (qsizetype(p[i + 2]) << 8) | p[i + 3];
        const bool sof = m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
        if (sof) {
            if (i + 9 >= n)
                return false;
            info->height = (p[i + 5] << 8) | p[i + 6];
            info->width = (p[i + 7] << 8) | p[i + 8];
            info->components = p[i + 9];
            return info->width > 0 && info->height > 0 && (info->components == 1 || info->components == 3);
        }
        i += 2 + len;
    }
    return false;
}

QByteArray num(double v)
{
    return QByteArray::number(v, 'f', 2);
}

// zlib stream (what /FlateDecode expects): qCompress's output without its 4-byte length prefix.
QByteArray flate(const QByteArray& raw)
{
    return qCompress(raw, 9).mid(4);
}

} // namespace

PdfWriter::PdfWriter(QIODevice* out) : m_out(out) {}

bool PdfWriter::write(const QByteArray& bytes, QString* error)
{
    if (m_failed)
        return false;
    if (!m_out || m_out->write(bytes) != bytes.size()) {
        m_failed = true;
        if (error)
            *error = QCoreApplication::translate("PdfWriter", "Writing the PDF failed: %1")
                         .arg(m_out ? m_out->errorString() : QStringLiteral("-"));
        return false;
    }
    m_written += bytes.size();
    return true;
}

bool PdfWriter::writeObject(int number, const QByteArray& body, QString* error)
{
    if (m_offsets.size() <= number)
        m_offsets.resize(number + 1, 0);
    if (m_written == 0 && !write(QByteArrayLiteral("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n"), error))
        return false;
    m_offsets[number] = m_written;
    return write(QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n", error);
}

bool PdfWriter::addPage(const Page& page, QString* error)
{
    QByteArray dict;
    QByteArray data;
    if (page.format == u"jpeg") {
        JpegInfo info;
        if (!readJpegInfo(page.encoded, &info)) {
            if (error)
                *error = QCoreApplication::translate("PdfWriter", "The page image is not a JPEG or PNG file.");
            return false;
        }
        // Pass-through: the JPEG bytes go into the PDF unchanged.
        dict = "/Width " + QByteArray::number(info.width) + " /Height " + QByteArray::number(info.height) +
               " /ColorSpace " + (info.components == 1 ? "/DeviceGray" : "/DeviceRGB") +
               " /BitsPerComponent 8 /Filter /DCTDecode";
        data = page.encoded;
    } else if (page.format == u"png") {
        const cv::Mat buffer(1, int(page.encoded.size()), CV_8U, const_cast<char*>(page.encoded.constData()));
        cv::Mat img;
        try {
            img = cv::imdecode(buffer, cv::IMREAD_UNCHANGED);
        } catch (const cv::Exception&) {
            img.release();
        }
        if (img.empty() || img.depth() != CV_8U) {
            if (error)
                *error = QCoreApplication::translate("PdfWriter", "The page image is not a JPEG or PNG file.");
            return false;
        }
        if (img.channels() == 4)
            cv::cvtColor(img, img, cv::COLOR_BGRA2BGR);
        bool bilevel = img.channels() == 1;
        if (bilevel) {
            // Bilevel pages (the black-and-white mode) go in at 1 bit per pixel: lossless and ~8x smaller.
            bilevel = cv::countNonZero((img != 0) & (img != 255)) == 0;
        }
        QByteArray raw;
        if (bilevel) {
            const int rowBytes = (img.cols + 7) / 8;
            raw.resize(qsizetype(rowBytes) * img.rows, '\0');
            for (int y = 0; y < img.rows; ++y) {
                const uchar* src = img.ptr<uchar>(y);
                auto* dst = reinterpret_cast<uchar*>(raw.data()) + qsizetype(y) * rowBytes;
                for (int x = 0; x < img.cols; ++x)
                    if (src[x])
                        dst[x >> 3] |= uchar(0x80 >> (x & 7)); // 1 = white in DeviceGray
            }
            dict = "/Width " + QByteArray::number(img.cols) + " /Height " + QByteArray::number(img.rows) +
                   " /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode";
        } else {
            if (img.channels() == 3)
                cv::cvtColor(img, img, cv::COLOR_BGR2RGB);
            const int rowBytes = img.cols * img.channels();
            raw.resize(qsizetype(rowBytes) * img.rows);
            for (int y = 0; y < img.rows; ++y)
                memcpy(raw.data() + qsizetype(y) * rowBytes, img.ptr<uchar>(y), size_t(rowBytes));
            dict = "/Width " + QByteArray::number(img.cols) + " /Height " + QByteArray::number(img.rows) +
                   " /ColorSpace " + (img.channels() == 1 ? "/DeviceGray" : "/DeviceRGB") +
                   " /BitsPerComponent 8 /Filter /FlateDecode";
        }
        data = flate(raw);
    } else {
        if (error)
            *error = QCoreApplication::translate("PdfWriter", "The page image is not a JPEG or PNG file.");
        return false;
    }

    const double w = page.widthMm / 25.4 * 72.0, h = page.heightMm / 25.4 * 72.0;
    if (!(w > 0 && h > 0)) {
        if (error)
            *error = QCoreApplication::translate("PdfWriter", "The page has no size.");
        return false;
    }
    const int image = m_nextObject++, content = m_nextObject++, pageObject = m_nextObject++;
    const QByteArray drawing = "q " + num(w) + " 0 0 " + num(h) + " 0 0 cm /Im0 Do Q";
    if (!writeObject(image, "<< /Type /XObject /Subtype /Image " + dict + " /Length " +
                                QByteArray::number(data.size()) + " >>\nstream\n" + data + "\nendstream",
                     error))
        return false;
    if (!writeObject(content, "<< /Length " + QByteArray::number(drawing.size()) + " >>\nstream\n" + drawing +
                                  "\nendstream",
                     error))
        return false;
    if (!writeObject(pageObject, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + num(w) + ' ' + num(h) +
                                     "] /Resources << /XObject << /Im0 " + QByteArray::number(image) +
                                     " 0 R >> >> /Contents " + QByteArray::number(content) + " 0 R >>",
                     error))
        return false;
    m_pageObjects << pageObject;
    return true;
}

bool PdfWriter::finish(QString* error)
{
    if (m_pageObjects.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("PdfWriter", "The PDF has no pages.");
        return false;
    }
    QByteArray kids;
    for (int p : std::as_const(m_pageObjects))
        kids += QByteArray::number(p) + " 0 R ";
    if (!writeObject(2, "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " +
                            QByteArray::number(m_pageObjects.size()) + " >>",
                     error))
        return false;
    if (!writeObject(1, "<< /Type /Catalog /Pages 2 0 R >>", error))
        return false;
    const qint64 xref = m_written;
    const int size = m_nextObject;
    m_offsets.resize(size, 0);
    QByteArray table = "xref\n0 " + QByteArray::number(size) + "\n0000000000 65535 f \n";
    for (int i = 1; i < size; ++i)
        table += QByteArray::number(m_offsets.at(i)).rightJustified(10, '0') + " 00000 n \n";
    table += "trailer\n<< /Size " + QByteArray::number(size) + " /Root 1 0 R >>\nstartxref\n" +
             QByteArray::number(xref) + "\n%%EOF\n";
    return write(table, error);
}

} // namespace mtb
