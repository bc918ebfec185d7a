#pragma once
// Private: pages of a PDF, rendered one at a time with QtPdf (PDFium) in this process, from a file or
// from bytes in memory. MTB Desk itself renders through the helper process (PdfProcessPageSource.h),
// which runs this class; the PDF fuzz target runs it directly.

#include "PageSource.h"
#include "PdfRenderProtocol.h"

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
    pdfrender::OpenStatus openStatus() const { return m_status; }

    // The user's message for a document that did not open; `name` stands for the file.
    static QString openMessage(pdfrender::OpenStatus status, const QString& name);
    // The user's message for a page that cannot be rendered (index from 0).
    static QString unreadablePageMessage(const QString& name, int index);

private:
    void readLoadResult(int error); // QPdfDocument::Error
    QString m_name;
    int m_dpi;
    int m_pageCount = 0;
    pdfrender::OpenStatus m_status = pdfrender::OpenStatus::Ok;
    QString m_error;
    std::unique_ptr<QBuffer> m_buffer; // the bytes, when reading from memory; outlives m_doc
    std::unique_ptr<QPdfDocument> m_doc;
};

} // namespace mtb
