// libFuzzer target: a user's image file as the materials tab imports it (PageSource over JPEG, PNG,
// TIFF incl. multi-page, BMP, WebP). Decoding must end in a page or a message, never a crash, a hang
// or an allocation beyond PageSource::kMaxPixels (the header check comes before any decode).
#include "FuzzSupport.h"
#include "ImageFileSource.h"
#include "PageSource.h"

#include <QString>

#include <algorithm>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    mtb::fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = mtb::fuzz::bytesOf(data, size);
    if (bytes.left(1024).contains("%PDF-"))
        return 0; // PDFs are fuzz_pdf_import's
    (void)mtb::ImageFileSource::jpegIsComplete(bytes);

    const auto source = mtb::PageSource::fromBytes(bytes, QStringLiteral("fuzz.img"));
    const int pages = source->pageCount();
    MTB_FUZZ_CHECK(pages >= 0);
    MTB_FUZZ_CHECK(pages > 0 || !source->openError().isEmpty());
    // A few pages of a multi-page TIFF, and one index past the end (must be refused, not read).
    for (int i = 0; i < std::min(pages, 3); ++i) {
        const mtb::SourcePage page = source->page(i);
        MTB_FUZZ_CHECK(page.bgr.empty() != page.error.isEmpty());
        if (!page.bgr.empty()) {
            MTB_FUZZ_CHECK(page.bgr.type() == CV_8UC3);
            MTB_FUZZ_CHECK(qint64(page.bgr.cols) * page.bgr.rows <= mtb::PageSource::kMaxPixels);
        }
    }
    MTB_FUZZ_CHECK(!source->page(pages).error.isEmpty());
    return 0;
}
