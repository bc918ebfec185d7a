#pragma once
// Private: what one directory (page) of a TIFF file declares about its layout, read by hand from the
// file's bytes. Qt's TIFF reader hands the file to libtiff, which allocates a whole strip or tile
// before decoding it; the pixel limit does not bound that buffer, because it also grows with the
// samples per pixel. A fuzzed 440-byte TIFF whose second page declared 65286 x 4 pixels with 16385
// samples each made libtiff ask for 4.28 GB. ImageFileSource refuses such a page from this first.

#include <QtGlobal>

#include <optional>

class QIODevice;

namespace mtb {

struct TiffDirectory
{
    quint64 width = 0;
    quint64 height = 0;
    quint64 samplesPerPixel = 1; // TIFF defaults
    quint64 bitsPerSample = 1;
    quint64 rowsPerStrip = 0; // 0: one strip for the whole page
    quint64 tileWidth = 0;    // 0: the page is in strips
    quint64 tileHeight = 0;

    // The largest buffer libtiff allocates for one strip or tile of this page, in bytes (saturating).
    quint64 largestBlockBytes() const;
};

// Directory `index` (from 0) of the classic or BigTIFF file on `device` (opened for reading), or
// nullopt when the file's structure cannot be followed that far; then Qt's reader decides.
std::optional<TiffDirectory> readTiffDirectory(QIODevice& device, int index);

} // namespace mtb
