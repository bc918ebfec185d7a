// PdfProcessPageSource: PDF pages rendered by the helper process mtbdesk-pdf-render, with a time limit.
// The real helper renders real PDFs exactly as QtPdf does in process, and a real damaged PDF on which
// PDFium spins for minutes (found by fuzz_pdf_import) is skipped within the limit. The error paths a
// real PDF cannot trigger on demand (a page that never finishes, a helper that dies, cancelling) use
// a stand-in helper that speaks the same protocol (fake_pdf_render_helper.cpp).
#include "ImagingTestPages.h"
#include "PageSource.h"
#include "PdfPageSource.h"
#include "PdfProcessPageSource.h"
#include "TestPaths.h"

#include <QElapsedTimer>
#include <QTest>

using namespace mtb;

class TestPdfRenderProcess : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void helperRendersLikeQtPdfInProcess();
    void pdfThatNeverOpensIsSkippedWithinTheLimit();
    void stalledPageIsSkippedAndLaterPagesRender();
    void helperThatDiesCostsOnlyThatPage();
    void cancellingStopsAStalledPage();
    void helperThatCannotStart();

private:
    QString twoPagePdf();
    test::TempDataDir m_dir;
};

void TestPdfRenderProcess::init()
{
    for (const char* name : {"MTBDESK_PDF_RENDER", "MTBDESK_PDF_PAGE_SECONDS", "FAKE_PDF_PAGES",
                             "FAKE_PDF_STALL", "FAKE_PDF_DIE"})
        qunsetenv(name);
}

QString TestPdfRenderProcess::twoPagePdf()
{
    const QString path = m_dir.file(QStringLiteral("两页.pdf"));
    test::writeTwoPagePdf(path);
    return path;
}

void TestPdfRenderProcess::helperRendersLikeQtPdfInProcess()
{
    const QString helper = PdfProcessPageSource::helperPath();
    QVERIFY2(helper.contains(QStringLiteral("mtbdesk-pdf-render")), qPrintable(helper));
    const QString path = twoPagePdf();
    PdfPageSource inProcess(path, 100);
    QCOMPARE(inProcess.pageCount(), 2);

    // PageSource picks the helper for a PDF, from a file and from memory.
    auto fromFile = PageSource::open(path, 100);
    QVERIFY(dynamic_cast<PdfProcessPageSource*>(fromFile.get()));
    auto fromMemory = PageSource::fromBytes(test::readFileBytes(path), QStringLiteral("两页.pdf"), 100);
    QVERIFY(dynamic_cast<PdfProcessPageSource*>(fromMemory.get()));
    for (PageSource* source : {fromFile.get(), fromMemory.get()}) {
        QVERIFY2(source->openError().isEmpty(), qPrintable(source->openError()));
        QCOMPARE(source->pageCount(), 2);
        for (int i = 0; i < 2; ++i) {
            const SourcePage expected = inProcess.page(i);
            const SourcePage page = source->page(i);
            QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
            QCOMPARE(page.bgr.size(), expected.bgr.size());
            QCOMPARE(cv::norm(page.bgr, expected.bgr, cv::NORM_INF), 0.0);
            QCOMPARE(page.sourceDpi, expected.sourceDpi);
            QVERIFY(page.digitalPage);
        }
        QVERIFY(!source->page(2).error.isEmpty()); // out of range: a message, not a hang
    }
}

void TestPdfRenderProcess::pdfThatNeverOpensIsSkippedWithinTheLimit()
{
    // 1,292 bytes from fuzz_pdf_import: PDFium spends over 5 minutes opening it (docs/hardening.md).
    const QString slow = QStringLiteral(MTB_TEST_DATA "/slow-to-open.pdf");
    QVERIFY(QFileInfo::exists(slow));
    qputenv("MTBDESK_PDF_PAGE_SECONDS", "2");
    QElapsedTimer clock;
    clock.start();
    auto source = PageSource::open(slow);
    QCOMPARE(source->pageCount(), 0);
    QVERIFY2(source->openError().startsWith(QStringLiteral("slow-to-open.pdf: ")),
             qPrintable(source->openError()));
    QVERIFY2(source->openError().contains(QStringLiteral("longer than 2 s")),
             qPrintable(source->openError()));
    QVERIFY(!source->page(0).error.isEmpty());
    auto memory = PageSource::fromBytes(test::readFileBytes(slow), QStringLiteral("病历.pdf"));
    QVERIFY2(memory->openError().startsWith(QStringLiteral("病历.pdf: ")), qPrintable(memory->openError()));
    // Two limits of 2 s and two helper starts: far from the minutes PDFium would take.
    QVERIFY2(clock.elapsed() < 30'000, qPrintable(QString::number(clock.elapsed())));

    // The next file is not held up by the killed helpers.
    auto good = PageSource::open(twoPagePdf(), 100);
    QCOMPARE(good->pageCount(), 2);
    QVERIFY(good->page(1).error.isEmpty());
}

void TestPdfRenderProcess::stalledPageIsSkippedAndLaterPagesRender()
{
    qputenv("MTBDESK_PDF_RENDER", FAKE_PDF_HELPER);
    qputenv("MTBDESK_PDF_PAGE_SECONDS", "1");
    qputenv("FAKE_PDF_STALL", "1");
    auto source = PageSource::fromBytes(QByteArray("%PDF-1.4 stand-in"), QStringLiteral("scan.pdf"), 150);
    QVERIFY2(source->openError().isEmpty(), qPrintable(source->openError()));
    QCOMPARE(source->pageCount(), 3);
    SourcePage page = source->page(0);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.sourceDpi, 150.0);
    page = source->page(1);
    QVERIFY(page.bgr.empty());
    QVERIFY2(page.error.startsWith(QStringLiteral("scan.pdf, page 2: ")), qPrintable(page.error));
    QVERIFY2(page.error.contains(QStringLiteral("longer than 1 s")), qPrintable(page.error));
    page = source->page(2); // a fresh helper
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.bgr.at<cv::Vec3b>(0, 0), cv::Vec3b(100, 100, 100));
}

void TestPdfRenderProcess::helperThatDiesCostsOnlyThatPage()
{
    qputenv("MTBDESK_PDF_RENDER", FAKE_PDF_HELPER);
    qputenv("FAKE_PDF_DIE", "0");
    auto source = PageSource::fromBytes(QByteArray("%PDF-1.4 stand-in"), QStringLiteral("scan.pdf"));
    QCOMPARE(source->pageCount(), 3);
    SourcePage page = source->page(0);
    QVERIFY2(page.error.startsWith(QStringLiteral("scan.pdf, page 1: ")), qPrintable(page.error));
    QVERIFY2(page.error.contains(QStringLiteral("cannot be read")), qPrintable(page.error));
    page = source->page(1);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.bgr.at<cv::Vec3b>(29, 39), cv::Vec3b(50, 50, 50));
}

void TestPdfRenderProcess::cancellingStopsAStalledPage()
{
    qputenv("MTBDESK_PDF_RENDER", FAKE_PDF_HELPER);
    qputenv("MTBDESK_PDF_PAGE_SECONDS", "600");
    qputenv("FAKE_PDF_STALL", "0");
    QElapsedTimer clock;
    clock.start();
    bool asked = false;
    auto source =
        PageSource::fromBytes(QByteArray("%PDF-1.4 stand-in"), QStringLiteral("scan.pdf"), 200, [&] {
            asked = true;
            return clock.elapsed() > 300; // staff press Cancel while the page renders
        });
    QCOMPARE(source->pageCount(), 3);
    const SourcePage page = source->page(0);
    QVERIFY(asked);
    QVERIFY(page.bgr.empty());
    QVERIFY2(page.error.contains(QStringLiteral("cancelled")), qPrintable(page.error));
    QVERIFY2(clock.elapsed() < 60'000, qPrintable(QString::number(clock.elapsed()))); // not the 600 s limit
}

void TestPdfRenderProcess::helperThatCannotStart()
{
    qputenv("MTBDESK_PDF_RENDER", QFile::encodeName(m_dir.file(QStringLiteral("no-such-helper"))));
    auto source = PageSource::fromBytes(QByteArray("%PDF-1.4 stand-in"), QStringLiteral("scan.pdf"));
    QCOMPARE(source->pageCount(), 0);
    QVERIFY2(source->openError().startsWith(QStringLiteral("scan.pdf: ")), qPrintable(source->openError()));
    QVERIFY2(source->openError().contains(QStringLiteral("did not start")), qPrintable(source->openError()));
}

QTEST_MAIN(TestPdfRenderProcess)
#include "test_pdf_render_process.moc"
