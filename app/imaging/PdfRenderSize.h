#pragma once
// Private: the pixel size a PDF page is rendered at. Kept apart from PdfPageSource so that the
// arithmetic can be tested on any page box without rendering (a 120 MP render per test case would
// cost gigabytes under the sanitizers).

#include <QSize>
#include <QSizeF>

namespace mtb {

struct PdfRenderSize
{
    QSize pixels;   // each side at least 1; width * height never above the limit
    double dpi = 0; // the resolution actually used (lower than asked for a huge page)
};

// A page of `points` (1/72 inch) at `dpi`. A huge page (a poster, a CAD sheet) is rendered at a
// lower dpi rather than refused; a sliver page keeps at least one pixel across.
PdfRenderSize pdfRenderSize(QSizeF points, double dpi, qint64 maxPixels);

} // namespace mtb
