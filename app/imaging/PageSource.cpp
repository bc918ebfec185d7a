#include "PageSource.h"

#include "ImageFileSource.h"
#include "PdfPageSource.h"
#include "PdfProcessPageSource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace mtb {

namespace {

class ErrorSource : public PageSource
{
public:
    explicit ErrorSource(QString error) : m_error(std::move(error)) {}
    int pageCount() const override { return 0; }
    SourcePage page(int) override { return SourcePage{{}, m_error, 0, false}; }
    QString openError() const override { return m_error; }

private:
    QString m_error;
};

// Asks OpenCV to refuse images above this many pixels, as a second line behind the header checks.
// OpenCV 4.6 (Debian 12) reads OPENCV_IO_MAX_IMAGE_PIXELS when its library loads, before this runs,
// so there its own limit stays at 2^30 pixels and the header checks in ImageFileSource are what hold.
void guardOpenCvDecoder()
{
    static const bool done = [] {
        if (qEnvironmentVariableIsEmpty("OPENCV_IO_MAX_IMAGE_PIXELS"))
            qputenv("OPENCV_IO_MAX_IMAGE_PIXELS", QByteArray::number(PageSource::kMaxPixels));
        return true;
    }();
    Q_UNUSED(done);
}

// The reader for a file's first bytes, by content, never by file name: a photo saved as .pdf or a
// text file named .jpg happen.
enum class Detected { Jpeg, Png, Tiff, Bmp, WebP, Pdf, Unknown };

Detected detect(const QByteArray& head)
{
    if (head.startsWith("\xFF\xD8\xFF"))
        return Detected::Jpeg;
    if (head.startsWith("\x89PNG\r\n\x1A\n"))
        return Detected::Png;
    if (head.startsWith(QByteArray("II*\0", 4)) || head.startsWith(QByteArray("MM\0*", 4)))
        return Detected::Tiff;
    if (head.startsWith("BM") && head.size() >= 26)
        return Detected::Bmp;
    if (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return Detected::WebP;
    // The PDF header may follow a little junk (the format allows it within the first 1024 bytes).
    if (head.contains("%PDF-"))
        return Detected::Pdf;
    return Detected::Unknown;
}

ImageFileSource::Kind imageKind(Detected detected)
{
    switch (detected) {
    case Detected::Png: return ImageFileSource::Kind::Png;
    case Detected::Tiff: return ImageFileSource::Kind::Tiff;
    case Detected::Bmp: return ImageFileSource::Kind::Bmp;
    case Detected::WebP: return ImageFileSource::Kind::WebP;
    default: return ImageFileSource::Kind::Jpeg;
    }
}

std::unique_ptr<PageSource> emptyFile(const QString& name)
{
    return std::make_unique<ErrorSource>(QCoreApplication::translate("PageSource", "%1: the file is empty.").arg(name));
}

std::unique_ptr<PageSource> notSupported(const QString& name)
{
    return std::make_unique<ErrorSource>(QCoreApplication::translate(
        "PageSource", "%1: not a supported image (JPEG, PNG, TIFF, BMP, WebP) or PDF file.").arg(name));
}

constexpr qsizetype kHeadBytes = 1024;

} // namespace

std::unique_ptr<PageSource> PageSource::open(const QString& path, int pdfDpi, const std::function<bool()>& cancelled)
{
    guardOpenCvDecoder();
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::make_unique<ErrorSource>(
            QCoreApplication::translate("PageSource", "%1: the file cannot be opened (%2).").arg(name, file.errorString()));
    if (file.size() == 0)
        return emptyFile(name);
    const QByteArray head = file.read(kHeadBytes);
    file.close();
    const Detected detected = detect(head);
    if (detected == Detected::Pdf) {
        const QString helper = PdfProcessPageSource::helperPath();
        if (helper.isEmpty())
            return std::make_unique<PdfPageSource>(path, pdfDpi);
        return PdfProcessPageSource::fromPath(helper, path, pdfDpi, cancelled);
    }
    if (detected == Detected::Unknown)
        return notSupported(name);
    return std::make_unique<ImageFileSource>(path, imageKind(detected));
}

std::unique_ptr<PageSource> PageSource::fromBytes(const QByteArray& bytes, const QString& name, int pdfDpi,
                                                  const std::function<bool()>& cancelled)
{
    guardOpenCvDecoder();
    if (bytes.isEmpty())
        return emptyFile(name);
    const Detected detected = detect(bytes.left(kHeadBytes));
    if (detected == Detected::Pdf) {
        const QString helper = PdfProcessPageSource::helperPath();
        if (helper.isEmpty())
            return std::make_unique<PdfPageSource>(bytes, name, pdfDpi);
        return PdfProcessPageSource::fromBytes(helper, bytes, name, pdfDpi, cancelled);
    }
    if (detected == Detected::Unknown)
        return notSupported(name);
    return std::make_unique<ImageFileSource>(bytes, name, imageKind(detected));
}

} // namespace mtb
