// Writes the small seed files of tests/fuzz/corpus/{image,pdf} (checked in; re-run only to change
// them): tiny but valid images in every format PageSource reads, and one-page PDFs from the
// project's PdfWriter (an embedded JPEG, as the app exports) and from QPdfWriter (vector content).
//   cmake --build BUILD --target mtb_fuzz_seeds && BUILD/tests/fuzz/mtb_fuzz_seeds tests/fuzz/corpus
#include "PdfWriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdio>
#include <vector>

namespace {

QImage sample(int w, int h, QImage::Format format = QImage::Format_RGB32)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.fillRect(w / 4, h / 4, w / 2, h / 2, QColor(200, 30, 30));
    p.setPen(Qt::black);
    p.drawLine(0, 0, w - 1, h - 1);
    p.end();
    return image.convertToFormat(format);
}

QByteArray encode(const QImage& image, const char* format, int quality = -1, bool progressive = false)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (quality >= 0)
        writer.setQuality(quality);
    writer.setProgressiveScanWrite(progressive);
    if (!writer.write(image))
        std::fprintf(stderr, "cannot write %s: %s\n", format, qPrintable(writer.errorString()));
    return bytes;
}

QByteArray twoPageTiff(const QString& scratch)
{
    // Qt writes one image per TIFF; OpenCV writes several (to a file only).
    std::vector<cv::Mat> pages{cv::Mat(8, 8, CV_8UC3, cv::Scalar(255, 255, 255)), cv::Mat(4, 6, CV_8UC1, cv::Scalar(0))};
    cv::rectangle(pages[0], cv::Rect(2, 2, 4, 4), cv::Scalar(30, 30, 200), cv::FILLED);
    if (!cv::imwritemulti(scratch.toStdString(), pages))
        return {};
    QFile f(scratch);
    const QByteArray bytes = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    f.remove();
    return bytes;
}

bool save(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    const bool ok = !bytes.isEmpty() && f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    std::printf("%s %lld bytes%s\n", qPrintable(path), static_cast<long long>(bytes.size()), ok ? "" : " FAILED");
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv); // QPdfWriter needs a QGuiApplication (fonts)
    const QString root = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("corpus");
    QDir().mkpath(root + QStringLiteral("/image"));
    QDir().mkpath(root + QStringLiteral("/pdf"));
    bool ok = true;
    const QString img = root + QStringLiteral("/image/");
    ok &= save(img + QStringLiteral("tiny.jpg"), encode(sample(16, 16), "jpeg", 50));
    ok &= save(img + QStringLiteral("progressive.jpg"), encode(sample(16, 16), "jpeg", 50, true));
    ok &= save(img + QStringLiteral("gray.jpg"), encode(sample(8, 8, QImage::Format_Grayscale8), "jpeg", 50));
    ok &= save(img + QStringLiteral("tiny.png"), encode(sample(16, 16), "png"));
    ok &= save(img + QStringLiteral("gray.png"), encode(sample(8, 8, QImage::Format_Grayscale8), "png"));
    ok &= save(img + QStringLiteral("mono.png"), encode(sample(8, 8, QImage::Format_Mono), "png"));
    ok &= save(img + QStringLiteral("alpha.png"), encode(sample(8, 8, QImage::Format_ARGB32), "png"));
    ok &= save(img + QStringLiteral("tiny.bmp"), encode(sample(8, 8), "bmp"));
    ok &= save(img + QStringLiteral("two-pages.tif"), twoPageTiff(img + QStringLiteral("scratch.tif")));
    ok &= save(img + QStringLiteral("mono.tif"), encode(sample(8, 8, QImage::Format_Mono), "tiff"));
    ok &= save(img + QStringLiteral("tiny.webp"), encode(sample(8, 8), "webp", 50));

    const QString pdf = root + QStringLiteral("/pdf/");
    {
        // As the app exports a material: a stored JPEG page wrapped by PdfWriter, A6 size.
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        mtb::PdfWriter writer(&buffer);
        QString error;
        writer.addPage({encode(sample(16, 16), "jpeg", 50), QStringLiteral("jpeg"), 105, 148}, &error);
        writer.addPage({encode(sample(8, 8, QImage::Format_Mono), "png"), QStringLiteral("png"), 105, 148}, &error);
        writer.finish(&error);
        ok &= save(pdf + QStringLiteral("pdfwriter-2pages.pdf"), bytes);
    }
    {
        // Vector content (a "digital" page), no text: no embedded font, a small file.
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A6));
        writer.setResolution(72);
        QPainter p(&writer);
        p.fillRect(20, 20, 100, 60, QColor(200, 30, 30));
        p.drawEllipse(QRect(40, 120, 80, 80));
        p.end();
        ok &= save(pdf + QStringLiteral("qpdfwriter-vector.pdf"), bytes);
    }
    return ok ? 0 : 1;
}
