#pragma once

#include <QByteArray>
#include <QString>
#include <functional>
#include <memory>
#include <opencv2/core.hpp>

namespace mtb {

// One page read from an input file: an image, a frame of a multi-page TIFF, or a rendered PDF page.
struct SourcePage
{
    cv::Mat bgr;           // empty when `error` is set
    QString error;         // translated, names the file (and page): "照片.jpg: 文件不完整…"
    double sourceDpi = 0;  // known for PDF renders and scans with a dpi tag; 0 when unknown (photos)
    bool digitalPage = false; // a PDF page rendered from vector content: no detection needed
};

// Reads pages one at a time, so a 200-page PDF never sits in memory at once. Refuses images above a
// pixel limit before decoding them, and never crashes on truncated, empty or mislabelled files.
class PageSource
{
public:
    virtual ~PageSource() = default;
    virtual int pageCount() const = 0; // 0 when the file cannot be opened (see openError())
    virtual SourcePage page(int index) = 0;
    virtual QString openError() const = 0;

    static constexpr qint64 kMaxPixels = 120'000'000; // a 108 MP phone photo fits; 30000x30000 does not
    // Picks the reader by content (not by file name): image formats through OpenCV, PDF through QtPdf
    // in the helper process mtbdesk-pdf-render, with a time limit per page (PdfProcessPageSource.h;
    // in this process only when the helper is not installed). `cancelled`, polled while a PDF page
    // renders, stops the helper at once.
    static std::unique_ptr<PageSource> open(const QString& path, int pdfDpi = 200,
                                            const std::function<bool()>& cancelled = {});
    // The same readers over bytes already in memory (a decrypted stored original, a fuzzer's input:
    // tests/fuzz); `name` stands for the file in messages. Nothing is written to disk.
    static std::unique_ptr<PageSource> fromBytes(const QByteArray& bytes, const QString& name, int pdfDpi = 200,
                                                 const std::function<bool()>& cancelled = {});
};

} // namespace mtb
