#pragma once
// Private: pages of a PDF rendered by the helper process mtbdesk-pdf-render, with a time limit per page.
//
// Why a process: PDFium cannot be interrupted. A damaged PDF can keep it busy for minutes on one page
// (a 1,292-byte file the fuzzer found renders for over 5 minutes at 200 dpi), or crash it. In the
// app's own process that stopped the rest of a batch, kept the import thread busy after the window
// closed, and a crash would take the unsaved form with it. Here a page that takes longer than the
// limit, or a helper that dies, costs that page (a clear message naming file and page) and a new
// helper for the next one. Cancelling kills the helper at once.
//
// The PDF goes to the helper over a pipe (never through a file or the command line); the rendered
// pixels come back the same way, one page at a time, so memory does not grow with the page count.

#include "PageSource.h"

#include <functional>
#include <memory>

class QDeadlineTimer;
class QProcess;

namespace mtb {

class PdfProcessPageSource : public PageSource
{
public:
    // From a file the helper opens itself (large PDFs stream from disk), or from bytes in memory.
    static std::unique_ptr<PdfProcessPageSource> fromPath(const QString& helper, const QString& path, int dpi,
                                                          std::function<bool()> cancelled = {});
    static std::unique_ptr<PdfProcessPageSource> fromBytes(const QString& helper, const QByteArray& bytes,
                                                           const QString& name, int dpi,
                                                           std::function<bool()> cancelled = {});
    ~PdfProcessPageSource() override;

    int pageCount() const override { return m_pageCount; }
    SourcePage page(int index) override;
    QString openError() const override { return m_error; }

    // The helper executable, or empty when it is not installed: MTBDESK_PDF_RENDER if set, else next to
    // the program, in ../libexec/mtbdesk (Debian), or in the build tree.
    static QString helperPath();
    // The time a page may take, in seconds: MTBDESK_PDF_PAGE_SECONDS if set (1..3600), else 30 — a
    // 200-dpi render of a real page takes well under a second.
    static int pageTimeLimitSeconds();

private:
    PdfProcessPageSource(QString helper, QString name, int dpi, std::function<bool()> cancelled);
    enum class Wait { Done, TimedOut, Died, Cancelled };
    void open(quint32 kind, const QByteArray& source); // the first helper; sets m_error on failure
    Wait start();                                      // a fresh helper with the document open
    Wait readExactly(char* out, qint64 n, const QDeadlineTimer& deadline);  // from the helper
    Wait writeAll(const QByteArray& bytes, const QDeadlineTimer& deadline); // to the helper
    void stopHelper();
    QString failureMessage(Wait why, int index) const;

    QString m_helper;
    QString m_name; // the file as the user knows it, for messages
    int m_dpi;
    std::function<bool()> m_cancelled;
    quint32 m_kind = 0;  // pdfrender::kFromBytes or kFromPath
    QByteArray m_source; // the PDF, or its path in UTF-8
    std::unique_ptr<QProcess> m_process;
    int m_pageCount = 0;
    QString m_error;
};

} // namespace mtb
