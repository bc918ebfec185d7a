#pragma once
// Private: pages from an image file (JPEG, PNG, TIFF incl. multi-page, BMP, WebP), or from the same
// bytes in memory (PageSource::fromBytes).

#include "PageSource.h"

#include <QByteArray>

#include <memory>
#include <optional>

class QIODevice;

namespace mtb {

class ImageFileSource : public PageSource
{
public:
    enum class Kind { Jpeg, Png, Tiff, Bmp, WebP };
    ImageFileSource(const QString& path, Kind kind);
    ImageFileSource(const QByteArray& bytes, const QString& name, Kind kind);
    int pageCount() const override { return m_pageCount; }
    SourcePage page(int index) override;
    QString openError() const override { return m_error; }

    // True when a JPEG's marker structure ends with EOI: libjpeg decodes a truncated file without an
    // error (the missing part comes out grey), so completeness is checked on the bytes.
    static bool jpegIsComplete(const QByteArray& bytes);

private:
    QString m_path;    // empty when reading from memory
    QByteArray m_bytes; // the whole file when reading from memory
    bool m_inMemory = false;
    QString m_name;
    Kind m_kind;
    int m_pageCount = 0;
    QString m_error;
    void readHeader();
    std::unique_ptr<QIODevice> device() const; // a fresh, unopened device over the file or the bytes
    SourcePage decodeWithQt(int index);
    // The bytes libtiff would allocate for one strip or tile of TIFF page `index`, when that is more
    // than any page within the pixel limit needs (TiffDirectory.h); nullopt when it is not.
    std::optional<quint64> tiffBlockTooLarge(int index) const;
};

} // namespace mtb
