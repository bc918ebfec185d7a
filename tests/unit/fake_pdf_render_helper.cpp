// A stand-in for mtbdesk-pdf-render that speaks its protocol (PdfRenderProtocol.h) but misbehaves on
// request, for the error paths of PdfProcessPageSource that a real PDF cannot trigger on demand:
//   FAKE_PDF_PAGES=N   pages in the "document" (default 3)
//   FAKE_PDF_STALL=I   page I never finishes (PDFium spinning)
//   FAKE_PDF_DIE=I     the helper dies on page I (PDFium crashing)
// Page I otherwise renders as a 40x30 image of grey level 50 * I.
#include "PdfRenderProtocol.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

namespace {

long envNumber(const char* name, long fallback)
{
    const char* v = std::getenv(name);
    return v && *v ? std::strtol(v, nullptr, 10) : fallback;
}

template <typename T> bool readValue(T& value)
{
    return std::fread(&value, sizeof value, 1, stdin) == 1;
}

template <typename T> void writeValue(T value)
{
    std::fwrite(&value, sizeof value, 1, stdout);
}

} // namespace

int main()
{
    using namespace mtb::pdfrender;
    quint32 magic = 0, dpi = 0, kind = 0;
    quint64 length = 0;
    if (!readValue(magic) || magic != kMagic || !readValue(dpi) || !readValue(kind) || !readValue(length))
        return 2;
    std::vector<char> ignored(length);
    if (length > 0 && std::fread(ignored.data(), 1, length, stdin) != length)
        return 2;
    const long pages = envNumber("FAKE_PDF_PAGES", 3), stall = envNumber("FAKE_PDF_STALL", -1),
               die = envNumber("FAKE_PDF_DIE", -1);
    writeValue(quint32(OpenStatus::Ok));
    writeValue(quint32(pages));
    std::fflush(stdout);
    quint32 index = 0;
    while (readValue(index) && index != kQuit) {
        if (long(index) == stall)
            for (;;)
                std::this_thread::sleep_for(std::chrono::seconds(1));
        if (long(index) == die)
            std::_Exit(1);
        const quint32 w = 40, h = 30;
        writeValue(kPageRendered);
        writeValue(w);
        writeValue(h);
        writeValue(double(dpi));
        writeValue(quint32(1));
        const std::vector<unsigned char> pixels(size_t(w) * h * 3, static_cast<unsigned char>(50 * index));
        std::fwrite(pixels.data(), 1, pixels.size(), stdout);
        std::fflush(stdout);
    }
    return 0;
}
