#include "PdfRenderSize.h"

#include <algorithm>
#include <cmath>

namespace mtb {

PdfRenderSize pdfRenderSize(QSizeF points, double dpi, qint64 maxPixels)
{
    PdfRenderSize size;
    size.dpi = dpi;
    double width = points.width() / 72.0 * dpi;
    double height = points.height() / 72.0 * dpi;
    if (width * height > double(maxPixels)) {
        const double scale = std::sqrt(double(maxPixels) / (width * height));
        size.dpi *= scale;
        width *= scale;
        height *= scale;
    }
    // Rounded to the nearest pixel, unless that would go over the limit: a page scaled down to
    // exactly the limit rounds up on both sides about half the time (the PDF fuzzer found one), so
    // then both sides are rounded down, which keeps the product at or under width * height. A side
    // under one pixel (a sliver page) is raised to 1; the other is then at most the limit by itself.
    const auto side = [maxPixels](double pixels, bool down) {
        return qint64(std::clamp(down ? std::floor(pixels) : std::round(pixels), 1.0, double(maxPixels)));
    };
    qint64 w = side(width, false), h = side(height, false);
    if (w * h > maxPixels) {
        w = side(width, true);
        h = side(height, true);
    }
    size.pixels = QSize(int(w), int(h));
    return size;
}

} // namespace mtb
