#pragma once
// Private: pages of a PDF, rendered one at a time with QtPdf (PDFium), from a file or from bytes in
// memory (PageSource::fromBytes).

#include "PageSource.h"

#include <memory>

class QBuffer;
class QPdfDocument;

namespace mtb {

class PdfPageSource : public PageSource
{
public:
    PdfPageSource(const QString& path, int dpi);
    PdfPageSource(const QByteArray& bytes, const QString& name, int dpi);
    ~PdfPageSource() override;
    int pageCount() const override { return m_pageCount; }
    SourcePage page(int index) override;
    QString openError() const override { return m_error; }

private:
    void readLoadResult(int error); // QPdfDocument::Error
    QString m_name;
    int m_dpi;
    int m_pageCount = 0;
    QString m_error;
    std::unique_ptr<QBuffer> m_buffer; // the bytes, when reading from memory; outlives m_doc
    std::unique_ptr<QPdfDocument> m_doc;
};

} // namespace mtb
