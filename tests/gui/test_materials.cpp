// The materials tab, offscreen: import photos (one of them broken), correct a page by dragging a
// corner in the editor and see the rectified page change, undo it, rotate, move and accept pages;
// camera captures (in memory) are stored encrypted and leave no file in the data folder; a page whose
// outline the detector was unsure of asks staff to check its corners until they have.
#include "ApplicationForm.h"
#include "AsyncDraftStore.h"
#include "BlobStore.h"
#include "CapturedPage.h"
#include "CatalogStore.h"
#include "CornerHandle.h"
#include "Database.h"
#include "DraftRepository.h"
#include "KeyRing.h"
#include "KeyboardInput.h"
#include "MainWindow.h"
#include "MaterialCheck.h"
#include "MaterialsPanel.h"
#include "PageBadge.h"
#include "PageEditorDialog.h"
#include "PageProcessor.h"
#include "SampleData.h"
#include "SamplePhoto.h"
#include "Synth.h"
#include "TestPaths.h"
#include "UiLanguage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <opencv2/imgcodecs.hpp>

using namespace mtb;

class TestMaterials : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importShowsPagesAndReportsBadFile();
    void pdfThatHangsTheReaderIsSkippedAndTheRestGoOn();
    void closingDuringAHangingPdfDoesNotWaitForIt();
    void capturesAreStoredEncryptedWithoutFiles();
    void draggingACornerChangesTheRectifiedPage();
    void uncertainOutlineAsksStaffToCheckCorners();
    void markReadyAsksAboutUncheckedOutlines();
    void thumbnailBadgeSaysWhatToDo();
    void rotateMoveDeleteAreUndoable();
    void flaggedPageNeedsAReasonToBeAccepted();
    void retakeReplacesThePageUndoably();
    void folderImportKeepsNaturalOrder();

private:
    QString makePhoto(const QString& name, bool blurred = false);
    void startApplicationWithPages(int photos);
    std::unique_ptr<test::TempDataDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMaterials::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("MTBDeskTest"));
    QApplication::setApplicationName(QStringLiteral("mtbdesk-materials-test"));
    UiLanguage::install(qApp, QStringLiteral("en"));
}

void TestMaterials::init()
{
    m_dir = std::make_unique<test::TempDataDir>();
    m_window = std::make_unique<MainWindow>(m_dir->path(), DeskSession{KeyRing::forTesting(), nullptr});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->isListReady());
}

void TestMaterials::cleanup()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->pageProcessor()->isBusy(), 20000);
    m_window.reset();
    m_dir.reset();
}

QString TestMaterials::makePhoto(const QString& name, bool blurred)
{
    const QString path = m_dir->file(name);
    test::saveSamplePhoto(path, blurred);
    return path;
}

void TestMaterials::startApplicationWithPages(int photos)
{
    m_window->newApplication();
    auto* name = m_window->findChild<QLineEdit*>(QStringLiteral("psn_name"));
    name->setFocus();
    test::typeText(name, QStringLiteral("王秀英"));
    QTest::keyClick(name, Qt::Key_Tab);
    QStringList files;
    for (int i = 0; i < photos; ++i)
        files << makePhoto(QStringLiteral("photo%1.jpg").arg(i));
    MaterialsPanel* panel = m_window->materials();
    panel->addFiles(QStringLiteral("medical_record"), files);
    QTRY_COMPARE_WITH_TIMEOUT(panel->pages().size(), photos, 30000);
}

void TestMaterials::importShowsPagesAndReportsBadFile()
{
    m_window->newApplication();
    m_window->findChild<QTabWidget*>(QStringLiteral("applicationTabs"))->setCurrentIndex(1);
    MaterialsPanel* panel = m_window->materials();
    const QString bad = m_dir->file(QStringLiteral("不是照片.jpg"));
    QVERIFY(test::writeFileBytes(bad, "this is a text file, not a photo\n"));
    QSignalSpy finished(m_window->pageProcessor(), &PageProcessor::batchFinished);
    panel->addFiles(QStringLiteral("exam_report"),
                    {makePhoto(QStringLiteral("a.jpg")), bad, makePhoto(QStringLiteral("b.jpg"))});
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(1).toInt(), 2); // both good photos became pages
    QCOMPARE(finished.first().at(2).toInt(), 1); // the bad one was reported, the rest went on
    QTRY_COMPARE(panel->pages().size(), 2);
    auto* errors = panel->findChild<QLabel*>(QStringLiteral("importErrors"));
    QVERIFY(errors->isVisible());
    QVERIFY2(errors->text().contains(QStringLiteral("不是照片.jpg")), qPrintable(errors->text()));
    for (const PageRecord& p : panel->pages()) {
        QCOMPARE(p.material, QStringLiteral("exam_report"));
        QVERIFY(panel->blobs()->contains(p.processedSha256));
        QVERIFY(panel->blobs()->contains(p.originalSha256));
        QVERIFY(!panel->blobs()->get(p.originalSha256, nullptr).isEmpty());
        QCOMPARE(p.corners.size(), 4);
        QVERIFY2(p.issues.isEmpty(), qPrintable(p.sourceName + QStringLiteral(": ") + p.issues.join(u',')));
    }
    // The list on screen shows them, in order.
    auto* list = panel->findChild<QListWidget*>(QStringLiteral("pages_exam_report"));
    QCOMPARE(list->count(), 2);
    // The tab title counts pages.
    QTRY_VERIFY(
        m_window->findChild<QTabWidget*>(QStringLiteral("applicationTabs"))->tabText(1).contains(u'2'));
}

void TestMaterials::pdfThatHangsTheReaderIsSkippedAndTheRestGoOn()
{
    // A damaged PDF on which PDFium spins for minutes (tests/data/slow-to-open.pdf, from the fuzzer):
    // the render helper is stopped at the time limit and the photo after it still becomes a page.
    qputenv("MTBDESK_PDF_PAGE_SECONDS", "2");
    m_window->newApplication();
    MaterialsPanel* panel = m_window->materials();
    const QString slow = m_dir->file(QStringLiteral("出院小结.pdf"));
    QVERIFY(QFile::copy(QStringLiteral(MTB_TEST_DATA "/slow-to-open.pdf"), slow));
    QSignalSpy finished(m_window->pageProcessor(), &PageProcessor::batchFinished);
    panel->addFiles(QStringLiteral("medical_record"), {slow, makePhoto(QStringLiteral("a.jpg"))});
    QVERIFY(finished.wait(60000));
    qunsetenv("MTBDESK_PDF_PAGE_SECONDS");
    QCOMPARE(finished.first().at(1).toInt(), 1); // the photo
    QCOMPARE(finished.first().at(2).toInt(), 1); // the PDF, reported
    auto* errors = panel->findChild<QLabel*>(QStringLiteral("importErrors"));
    QVERIFY2(errors->text().contains(QStringLiteral("出院小结.pdf")), qPrintable(errors->text()));
    QVERIFY2(errors->text().contains(QStringLiteral("longer than 2 s")), qPrintable(errors->text()));
}

void TestMaterials::closingDuringAHangingPdfDoesNotWaitForIt()
{
    // Before the helper, PDFium ran on the import thread and closing the window waited for it (minutes).
    m_window->newApplication();
    const QString slow = m_dir->file(QStringLiteral("slow.pdf"));
    QVERIFY(QFile::copy(QStringLiteral(MTB_TEST_DATA "/slow-to-open.pdf"), slow));
    m_window->materials()->addFiles(QStringLiteral("medical_record"), {slow});
    QTRY_VERIFY(m_window->pageProcessor()->isBusy());
    QTest::qWait(500); // the helper is busy in PDFium now (the default limit is 30 s)
    QElapsedTimer clock;
    clock.start();
    m_window.reset();
    QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
    init(); // cleanup() expects a window
}

void TestMaterials::capturesAreStoredEncryptedWithoutFiles()
{
    // What the camera dialog hands over: JPEGs in memory, named like its captures. One is damaged.
    auto jpegOf = [](const QImage& image) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", 92);
        return bytes;
    };
    const QList<CapturedPage> captures{
        {QStringLiteral("capture-20260105-093000-001.jpg"), jpegOf(test::samplePhoto(false, 0))},
        {QStringLiteral("capture-20260105-093000-002.jpg"), QByteArray("\xFF\xD8\xFF not really a JPEG")},
        {QStringLiteral("capture-20260105-093000-003.jpg"), jpegOf(test::samplePhoto(false, 1))}};
    QVERIFY(captures.at(0).jpeg.startsWith("\xFF\xD8\xFF") && captures.at(2).jpeg.startsWith("\xFF\xD8\xFF"));

    m_window->newApplication();
    m_window->findChild<QTabWidget*>(QStringLiteral("applicationTabs"))->setCurrentIndex(1);
    MaterialsPanel* panel = m_window->materials();
    QSignalSpy finished(m_window->pageProcessor(), &PageProcessor::batchFinished);
    QSignalSpy failed(m_window->pageProcessor(), &PageProcessor::fileFailed);
    panel->addCaptures(QStringLiteral("medical_record"), captures);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(1).toInt(), 2); // both good captures became pages
    QCOMPARE(failed.count(), 1);                 // the damaged one is reported by its name
    QCOMPARE(failed.first().at(0).toString(), captures.at(1).name);
    QTRY_COMPARE(panel->pages().size(), 2);
    auto* errors = panel->findChild<QLabel*>(QStringLiteral("importErrors"));
    QVERIFY(errors->isVisible());
    QVERIFY2(errors->text().contains(captures.at(1).name), qPrintable(errors->text()));

    const QList<PageRecord> pages = panel->pages();
    for (int i = 0; i < 2; ++i) {
        const CapturedPage& capture = captures.at(i == 0 ? 0 : 2);
        const PageRecord& p = pages.at(i);
        QCOMPARE(p.sourceName, capture.name);
        QCOMPARE(p.position, i);
        // The original is the capture itself, stored encrypted: its file holds no JPEG.
        QCOMPARE(
            p.originalSha256,
            QString::fromLatin1(QCryptographicHash::hash(capture.jpeg, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(panel->blobs()->get(p.originalSha256, nullptr), capture.jpeg);
        const QString stored = panel->blobs()->storedPathOf(p.originalSha256);
        QVERIFY(QFileInfo(stored).absoluteFilePath().startsWith(
            QDir(m_dir->file(QStringLiteral("blobs"))).absolutePath()));
        const QByteArray onDisk = test::readFileBytes(stored);
        QVERIFY(!onDisk.isEmpty());
        QVERIFY(!onDisk.contains(capture.jpeg.left(64)));
        QVERIFY(panel->blobs()->contains(p.processedSha256));
    }

    // Nothing but the database and the encrypted blobs in the data folder (the capture dialog's old
    // "captures" folder included), and no file anywhere in it holds a capture in plaintext.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->pageProcessor()->isBusy(), 20000);
    const QDir data(m_dir->path());
    const QString database = QStringLiteral("mtbdesk.sqlite");
    QStringList unexpected;
    QDirIterator it(data.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = data.relativeFilePath(path);
        const bool allowed = relative.startsWith(QStringLiteral("blobs/")) || relative == database ||
                             relative == database + QStringLiteral("-wal") ||
                             relative == database + QStringLiteral("-shm") ||
                             relative == database + QStringLiteral("-journal");
        if (!allowed)
            unexpected << relative;
        const QByteArray content = test::readFileBytes(path);
        for (const CapturedPage& capture : captures)
            QVERIFY2(!content.contains(capture.jpeg.left(32)) && !content.contains(capture.jpeg.right(32)),
                     qPrintable(relative + QStringLiteral(" holds a capture in plaintext")));
    }
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u' ')));
    QVERIFY(!data.exists(QStringLiteral("captures")));
}

void TestMaterials::draggingACornerChangesTheRectifiedPage()
{
    startApplicationWithPages(1);
    MaterialsPanel* panel = m_window->materials();
    const PageRecord before = panel->pages().first();

    PageEditorDialog editor(before, panel->blobs(), m_window.get());
    connect(&editor, &PageEditorDialog::correctionAccepted, panel, &MaterialsPanel::applyCorrection);
    QSignalSpy previews(&editor, &PageEditorDialog::previewUpdated);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTRY_VERIFY_WITH_TIMEOUT(editor.isLoaded(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(previews.count() >= 1, 10000);
    const QImage firstPreview = editor.previewImage();
    QVERIFY(!firstPreview.isNull());

    // Drag the top-left handle 120 px (screen) towards the middle, as a clerk would with the mouse.
    QGraphicsView* view = editor.view();
    const QPoint start = view->mapFromScene(editor.handle(0)->pos());
    const QPoint end = start + QPoint(120, 90);
    QWidget* viewport = view->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, start);
    for (int i = 1; i <= 10; ++i)
        QTest::mouseMove(viewport, start + (end - start) * i / 10);
    QVERIFY(editor.findChild<QLabel*>(QStringLiteral("magnifier"))->isVisible());
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, end);
    const QPointF moved = editor.cornersInOriginal().at(0);
    QVERIFY2(QLineF(moved, before.corners.at(0)).length() > 30, "the corner did not follow the mouse");
    QTRY_VERIFY_WITH_TIMEOUT(previews.count() >= 2 && editor.previewImage() != firstPreview, 10000);

    // Accept: the page is produced again from the original with the new corners.
    QSignalSpy ready(m_window->pageProcessor(), &PageProcessor::pageReady);
    emit editor.correctionAccepted(editor.corrected());
    QVERIFY(ready.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(panel->pages().first().processedSha256 != before.processedSha256, 10000);
    QCOMPARE(panel->pages().first().corners.at(0), moved);
    QCOMPARE(panel->pages().first().originalSha256, before.originalSha256); // the original is kept as it was

    // Undo puts the previous page back, image included.
    panel->undoStack()->undo();
    QTRY_COMPARE(panel->pages().first().processedSha256, before.processedSha256);
    QCOMPARE(panel->pages().first().corners, before.corners);
}

void TestMaterials::uncertainOutlineAsksStaffToCheckCorners()
{
    // A cluttered desk where the detector is unsure (development seed 1005 of the localisation bench,
    // at 3200 x 2400 so that the page is not also flagged for its resolution: confidence 0.71, the
    // page's sides partly on other paper) and a plain photo it is sure of.
    const synth::Capture cluttered =
        synth::generate(synth::paramsForSeed(1005, synth::Stratum::Clutter, cv::Size(3200, 2400)));
    const QString clutteredPath = m_dir->file(QStringLiteral("cluttered.png"));
    QVERIFY(cv::imwrite(clutteredPath.toStdString(), cluttered.image));
    m_window->newApplication();
    MaterialsPanel* panel = m_window->materials();
    panel->addFiles(QStringLiteral("medical_record"),
                    {clutteredPath, makePhoto(QStringLiteral("plain.jpg"))});
    QTRY_COMPARE_WITH_TIMEOUT(panel->pages().size(), 2, 30000);
    const auto pageFrom = [panel](const QString& source) {
        for (const PageRecord& p : panel->pages())
            if (p.sourceName == source)
                return p;
        return PageRecord();
    };
    const PageRecord unsure = pageFrom(QStringLiteral("cluttered.png"));
    QVERIFY(unsure.outlineToCheck);
    QVERIFY2(unsure.issues.isEmpty(), qPrintable(unsure.issues.join(u',')));
    QVERIFY(!unsure.blocksSubmission()); // a request to look, not a block
    QVERIFY(!pageFrom(QStringLiteral("plain.jpg")).outlineToCheck);
    auto* list = panel->findChild<QListWidget*>(QStringLiteral("pages_medical_record"));
    QTRY_COMPARE(list->count(), 2);
    QVERIFY(list->item(0)->toolTip().contains(QStringLiteral("check its corners")));
    QVERIFY(!list->item(1)->toolTip().contains(QStringLiteral("check its corners")));

    // The editor says what to look at; accepting the corners as they are clears the request.
    PageEditorDialog editor(unsure, panel->blobs(), m_window.get());
    connect(&editor, &PageEditorDialog::correctionAccepted, panel, &MaterialsPanel::applyCorrection);
    editor.show();
    QTRY_VERIFY_WITH_TIMEOUT(editor.isLoaded(), 10000);
    QVERIFY(editor.findChild<QLabel*>(QStringLiteral("editorStatus"))
                ->text()
                .contains(QStringLiteral("hard to find")));
    QSignalSpy ready(m_window->pageProcessor(), &PageProcessor::pageReady);
    emit editor.correctionAccepted(editor.corrected());
    QVERIFY(ready.wait(20000));
    QTRY_VERIFY(!pageFrom(QStringLiteral("cluttered.png")).outlineToCheck);
    QTRY_VERIFY(!list->item(0)->toolTip().contains(QStringLiteral("check its corners")));
    // Undo brings the request back with the page as it was.
    panel->undoStack()->undo();
    QTRY_VERIFY(pageFrom(QStringLiteral("cluttered.png")).outlineToCheck);
}

void TestMaterials::markReadyAsksAboutUncheckedOutlines()
{
    // A complete, valid application with every required material; one page's outline is uncertain.
    Application application = test::SampleData(5).application();
    {
        Database db(m_dir->file(QStringLiteral("mtbdesk.sqlite")), QStringLiteral("seed-ready"));
        db.setKeyRing(KeyRing::forTesting());
        QVERIFY(db.open().usable());
        QVERIFY(DraftRepository(db.connection(), KeyRing::forTesting())
                    .save(application, QDateTime::currentDateTimeUtc(), nullptr));
    }
    m_window->openApplication(application.uuid);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->form()->application().uuid, application.uuid, 10000);
    CatalogStore catalog(m_dir->path());
    QVERIFY(catalog.load());
    const QStringList required = MaterialCheck(catalog.catalog()).requiredMaterials(application);
    QVERIFY(!required.isEmpty());
    MaterialsPanel* panel = m_window->materials();
    const QString cluttered = m_dir->file(QStringLiteral("cluttered.png"));
    QVERIFY(cv::imwrite(
        cluttered.toStdString(),
        synth::generate(synth::paramsForSeed(1005, synth::Stratum::Clutter, cv::Size(3200, 2400))).image));
    for (int i = 0; i < required.size(); ++i)
        panel->addFiles(required.at(i), {i == 0 ? cluttered : makePhoto(QStringLiteral("p%1.jpg").arg(i))});
    QTRY_COMPARE_WITH_TIMEOUT(panel->pages().size(), required.size(), 30000);
    QTRY_VERIFY(!m_window->pageProcessor()->isBusy());

    // "Check the pages" (the default): nothing is frozen, the materials tab is shown.
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("applicationTabs"));
    tabs->setCurrentIndex(0);
    bool asked = false;
    const auto answer = [&asked](bool markAnyway) {
        QTimer::singleShot(0, [&asked, markAnyway] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box && box->objectName() == u"uncheckedOutlines");
            asked = true;
            for (QAbstractButton* b : box->buttons())
                if ((box->buttonRole(b) == QMessageBox::AcceptRole) == markAnyway)
                    b->click();
        });
    };
    answer(false);
    m_window->markReady();
    QVERIFY(asked);
    QCOMPARE(m_window->form()->application().state, LocalState::Draft);
    QCOMPARE(tabs->currentWidget(), panel);

    // "Mark ready anyway": the staff member decided; the application is frozen into the outbox.
    asked = false;
    answer(true);
    m_window->markReady();
    QVERIFY(asked);
    QCOMPARE(m_window->form()->application().state, LocalState::Ready);
}

void TestMaterials::thumbnailBadgeSaysWhatToDo()
{
    PageRecord p;
    QVERIFY(!PageBadge::of(p).colour.isValid()); // a good page: no band
    p.outlineToCheck = true;
    QCOMPARE(PageBadge::of(p).label, QStringLiteral("check corners"));
    const QColor ask = PageBadge::of(p).colour;
    p.issues = {
        QStringLiteral("cut_off")}; // judged from the uncertain outline: check it first, still blocking
    QCOMPARE(PageBadge::of(p).label, QStringLiteral("check corners"));
    const QColor block = PageBadge::of(p).colour;
    QVERIFY(block != ask);
    p.issues = {QStringLiteral("blur")}; // not the outline's doing
    QCOMPARE(PageBadge::of(p).label, QStringLiteral("blurred"));
    QCOMPARE(PageBadge::of(p).colour, block);
    p.outlineToCheck = false;
    p.issues = {QStringLiteral("cut_off")};
    QCOMPARE(PageBadge::of(p).label, QStringLiteral("cut off"));
    p.overrideReason = QStringLiteral("原件即如此");
    QCOMPARE(PageBadge::of(p).label, QStringLiteral("accepted"));
    QVERIFY(PageBadge::of(p).colour != block && PageBadge::of(p).colour != ask);
}

void TestMaterials::rotateMoveDeleteAreUndoable()
{
    startApplicationWithPages(2);
    MaterialsPanel* panel = m_window->materials();
    const QUuid first = panel->pages().first().id;
    QSignalSpy ready(m_window->pageProcessor(), &PageProcessor::pageReady);
    panel->rotate(first, 1);
    QVERIFY(ready.wait(20000));
    QTRY_COMPARE(panel->page(first)->rotation, 1);

    panel->moveToMaterial(first, QStringLiteral("diagnosis_certificate"));
    QTRY_COMPARE(panel->page(first)->material, QStringLiteral("diagnosis_certificate"));
    panel->removePage(first);
    QTRY_VERIFY(!panel->page(first));
    QCOMPARE(panel->pages().size(), 1);

    panel->undoStack()->undo(); // delete
    QTRY_VERIFY(panel->page(first));
    panel->undoStack()->undo(); // move
    QTRY_COMPARE(panel->page(first)->material, QStringLiteral("medical_record"));
    panel->undoStack()->undo(); // rotate
    QTRY_COMPARE(panel->page(first)->rotation, 0);
    panel->undoStack()->redo();
    QTRY_COMPARE(panel->page(first)->rotation, 1);
}

void TestMaterials::flaggedPageNeedsAReasonToBeAccepted()
{
    m_window->newApplication();
    MaterialsPanel* panel = m_window->materials();
    panel->addFiles(QStringLiteral("diagnosis_certificate"),
                    {makePhoto(QStringLiteral("blurred.jpg"), true)});
    QTRY_COMPARE_WITH_TIMEOUT(panel->pages().size(), 1, 30000);
    const PageRecord page = panel->pages().first();
    QVERIFY2(page.issues.contains(QStringLiteral("blur")), qPrintable(page.issues.join(u',')));
    QVERIFY(page.blocksSubmission());
    panel->acceptDespiteIssues(page.id, QStringLiteral("   ")); // no reason, no acceptance
    QTest::qWait(200);
    QVERIFY(panel->page(page.id)->blocksSubmission());
    panel->setOperator(QStringLiteral("李敏"));
    panel->acceptDespiteIssues(page.id, QStringLiteral("原件本身字迹模糊"));
    QTRY_VERIFY(!panel->page(page.id)->blocksSubmission());
    QCOMPARE(panel->page(page.id)->overrideBy, QStringLiteral("李敏"));
    QVERIFY(panel->page(page.id)->overrideAt.isValid());
}

void TestMaterials::retakeReplacesThePageUndoably()
{
    startApplicationWithPages(2);
    MaterialsPanel* panel = m_window->materials();
    const PageRecord old = panel->pages().at(1);
    QSignalSpy finished(m_window->pageProcessor(), &PageProcessor::batchFinished);
    panel->retake(old.id, makePhoto(QStringLiteral("retake.jpg"), true));
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY(panel->page(old.id) && panel->page(old.id)->originalSha256 != old.originalSha256);
    QCOMPARE(panel->pages().size(), 2); // replaced, not added
    QCOMPARE(panel->page(old.id)->position, old.position);
    panel->undoStack()->undo();
    QTRY_COMPARE(panel->page(old.id)->originalSha256, old.originalSha256);
}

void TestMaterials::folderImportKeepsNaturalOrder()
{
    m_window->newApplication();
    MaterialsPanel* panel = m_window->materials();
    const QString folder = m_dir->file(QStringLiteral("scans"));
    QDir().mkpath(folder);
    for (const char* name : {"10.jpg", "2.jpg", "1.jpg"})
        QVERIFY(QFile::copy(makePhoto(QString::fromLatin1(name)), folder + u'/' + QLatin1String(name)));
    QVERIFY(test::writeFileBytes(folder + QStringLiteral("/readme.txt"), "not a scan"));
    panel->addFolder(QStringLiteral("medical_record"), folder);
    QTRY_COMPARE_WITH_TIMEOUT(panel->pages().size(), 3, 30000);
    QStringList order;
    for (const PageRecord& p : panel->pages())
        order << p.sourceName;
    QCOMPARE(order,
             (QStringList{QStringLiteral("1.jpg"), QStringLiteral("2.jpg"), QStringLiteral("10.jpg")}));
}

QTEST_MAIN(TestMaterials)
#include "test_materials.moc"
