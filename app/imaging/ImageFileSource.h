#pragma once
// Private: pages from an image file (JPEG, PNG, TIFF incl. multi-page, BMP, WebP).

#include "PageSource.h"

#include <QByteArray>

namespace mtb {

class ImageFileSource : public PageSource
{
public:
    enum class Kind { Jpeg, Png, Tiff, Bmp, WebP };
    ImageFileSource(const QString& path, Kind kind);
    int pageCount() const override { return m_pageCount; }
    SourcePage page(int index) override;
    QString openError() const override { return m_error; }

    // True when a JPEG's marker structure ends with EOI: libjpeg decodes a truncated file without an
    // error (the missing part comes out grey), so completeness is checked on the bytes.
    static bool jpegIsComplete(const QByteArray& bytes);

private:
    QString m_path;
    QString m_name;
    Kind m_kind;
    int m_pageCount = 0;
    QString m_error;
    SourcePage decodeWithQt(int index);
};

} // namespace mtb
