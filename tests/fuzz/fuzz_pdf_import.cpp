// libFuzzer target: a user's PDF as the PDF render helper reads it (PdfPageSource over QtPdf/PDFium,
// from bytes in memory). In process, not through the helper (PdfProcessPageSource): the fuzzer needs
// PDFium's coverage and sanitizer reports, and a process per input would be slower still. Pages are
// rendered at a low resolution to keep each run short; the size limit (PageSource::kMaxPixels) still
// applies to huge page boxes.
#include "FuzzSupport.h"
#include "PdfPageSource.h"

#include <QString>

#include <algorithm>
#include <memory>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    mtb::fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = mtb::fuzz::bytesOf(data, size);
    if (!bytes.left(1024).contains("%PDF-"))
        return 0; // not routed to the PDF reader: fuzz_image_import covers the rest
    const auto source = std::make_unique<mtb::PdfPageSource>(bytes, QStringLiteral("fuzz.pdf"), 36);
    const int pages = source->pageCount();
    MTB_FUZZ_CHECK(pages >= 0);
    MTB_FUZZ_CHECK(pages > 0 || !source->openError().isEmpty());
    for (int i = 0; i < std::min(pages, 2); ++i) {
        const mtb::SourcePage page = source->page(i);
        MTB_FUZZ_CHECK(page.bgr.empty() != page.error.isEmpty());
        if (!page.bgr.empty())
            MTB_FUZZ_CHECK(qint64(page.bgr.cols) * page.bgr.rows <= mtb::PageSource::kMaxPixels);
    }
    MTB_FUZZ_CHECK(!source->page(-1).error.isEmpty());
    MTB_FUZZ_CHECK(!source->page(pages).error.isEmpty());
    return 0;
}
