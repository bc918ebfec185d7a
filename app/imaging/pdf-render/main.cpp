// mtbdesk-pdf-render: renders the pages of one PDF for MTB Desk, in a process of its own, so that a
// PDF on which PDFium spins for minutes (or crashes) costs one killed helper instead of a stuck import
// (PdfProcessPageSource.h; the protocol is in PdfRenderProtocol.h). Not a user command: it speaks only
// the binary protocol on its standard input and output.
#include "ImageHeap.h"
#include "PdfPageSource.h"
#include "PdfRenderProtocol.h"
#include "ProcessHardening.h"

#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <memory>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#endif

namespace {

bool readBytes(void* out, size_t n)
{
    return n == 0 || std::fread(out, 1, n, stdin) == n;
}

template <typename T> bool readValue(T& value)
{
    return readBytes(&value, sizeof value);
}

template <typename T> void writeValue(T value)
{
    std::fwrite(&value, sizeof value, 1, stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    // The helper holds a patient's PDF and its rendered pages: no core dumps, like the app itself.
    mtb::ProcessHardening::applyAtStartup();
    mtb::ImageHeap::keepLargeBuffers(); // rendered pages reuse the memory of the page before
#ifdef _WIN32
    _setmode(_fileno(stdin), _O_BINARY);
    _setmode(_fileno(stdout), _O_BINARY);
#endif
    QCoreApplication app(argc, argv); // QtPdf's document is a QObject
    using namespace mtb::pdfrender;

    quint32 magic = 0, dpi = 0, kind = 0;
    quint64 length = 0;
    if (!readValue(magic) || magic != kMagic || !readValue(dpi) || !readValue(kind) || !readValue(length) ||
        length > (quint64(1) << 32))
        return 2;
    QByteArray data(qsizetype(length), Qt::Uninitialized);
    if (!readBytes(data.data(), size_t(length)))
        return 2;
    // The name only appears in messages, which the parent writes itself.
    const QString name = QStringLiteral("document.pdf");
    const std::unique_ptr<mtb::PdfPageSource> source =
        kind == kFromPath ? std::make_unique<mtb::PdfPageSource>(QString::fromUtf8(data), int(dpi))
                          : std::make_unique<mtb::PdfPageSource>(data, name, int(dpi));
    writeValue(quint32(source->openStatus()));
    writeValue(quint32(source->pageCount()));
    std::fflush(stdout);

    quint32 index = 0;
    while (readValue(index) && index != kQuit) {
        const mtb::SourcePage page = source->page(int(index));
        if (!page.error.isEmpty() || page.bgr.empty() || !page.bgr.isContinuous()) {
            writeValue(kPageUnreadable);
        } else {
            writeValue(kPageRendered);
            writeValue(quint32(page.bgr.cols));
            writeValue(quint32(page.bgr.rows));
            writeValue(double(page.sourceDpi));
            writeValue(quint32(page.digitalPage ? 1 : 0));
            std::fwrite(page.bgr.data, 1, page.bgr.total() * page.bgr.elemSize(), stdout);
        }
        if (std::fflush(stdout) != 0)
            return 3; // the parent has gone
    }
    return 0;
}
