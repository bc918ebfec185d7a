// The document-camera dialog without a camera: an image sequence read through cv::VideoCapture
// (CAP_IMAGES) stands in for the 高拍仪 - same code path, same threads. A white page with lines of
// text slides in over a dark desk, then lies still: it must be captured exactly once, as a JPEG of
// the full frame; Space takes one more; a missing device and a stream that ends (unplugged) show the
// error and keep the pages already taken; on a cluttered desk the hint says to clear it. Captures stay in
// memory: no file may appear in the data folder (which is also the working directory and TMPDIR while the
// dialog runs) or in the application's standard locations.
#include "CameraCaptureDialog.h"
#include "CameraSource.h"
#include "PageDetector.h"
#include "Synth.h"
#include "TestPaths.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace mtb;

namespace {

const QSize kFrame(1280, 960);
const QPoint kStill(360, 70); // where the page comes to rest (top-left of the unrotated page)
constexpr int kFps = 15;      // CameraSource paces files at 15 frames per second

// A desk photo: dark, slightly textured desk; an A4-like white page (620 x 840) with a title,
// lines of text and a table, placed at `offset`.
QImage deskFrame(QPoint offset)
{
    QImage img(kFrame, QImage::Format_RGB32);
    img.fill(QColor(46, 44, 42));
    QPainter p(&img);
    p.setPen(Qt::NoPen);
    for (int y = 0; y < kFrame.height(); y += 24) // faint wood grain
        p.fillRect(0, y, kFrame.width(), 2, QColor(52, 50, 47));
    const QRect page(offset, QSize(620, 840));
    p.fillRect(page, QColor(246, 246, 242));
    p.setPen(QPen(Qt::black, 2));
    QFont f = p.font();
    f.setPixelSize(26);
    f.setBold(true);
    p.setFont(f);
    p.drawText(page.adjusted(40, 40, -40, 0), Qt::AlignHCenter | Qt::AlignTop,
               QStringLiteral("MEDICAL RECORD"));
    f.setPixelSize(16);
    f.setBold(false);
    p.setFont(f);
    for (int i = 0; i < 22; ++i)
        p.drawText(
            page.left() + 50, page.top() + 130 + i * 28,
            QStringLiteral("Line %1: outpatient diagnosis and treatment, 2026-11-%2").arg(i + 1).arg(i + 1));
    p.drawRect(page.left() + 50, page.top() + 760, page.width() - 100, 40);
    return img;
}

// Writes frames 000.. into dir: `moving` frames of the page sliding in from the left, then `still`
// frames with the page at rest. Returns the pattern for CameraSource.
QString writeSequence(const QString& dir, int moving, int still)
{
    QDir().mkpath(dir);
    int n = 0;
    auto save = [&](const QImage& img) {
        return img.save(QDir(dir).filePath(QStringLiteral("frame%1.jpg").arg(n++, 3, 10, QLatin1Char('0'))),
                        "JPG", 90);
    };
    for (int i = 0; i < moving; ++i)
        if (!save(deskFrame(kStill - QPoint((moving - i) * 30, (moving - i) * 6))))
            return {};
    const QImage rest = deskFrame(kStill);
    QByteArray bytes;
    for (int i = 0; i < still; ++i) { // the same still frame: write it once, copy it
        const QString path =
            QDir(dir).filePath(QStringLiteral("frame%1.jpg").arg(n++, 3, 10, QLatin1Char('0')));
        if (bytes.isEmpty()) {
            if (!rest.save(path, "JPG", 90))
                return {};
            bytes = test::readFileBytes(path);
        } else if (!test::writeFileBytes(path, bytes)) {
            return {};
        }
    }
    return QDir(dir).filePath(QStringLiteral("frame%03d.jpg"));
}

cv::Mat toMat(const QImage& image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    cv::Mat m(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar*>(rgb.constBits()),
              size_t(rgb.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(m, bgr, cv::COLOR_RGB2BGR);
    return bgr;
}

// The detector on the preview-sized copy, as CameraSource runs it.
Detection detectLikePreview(const cv::Mat& full)
{
    cv::Mat small;
    const double scale = 640.0 / std::max(full.cols, full.rows);
    cv::resize(full, small, cv::Size(), scale, scale, cv::INTER_AREA);
    Detection d = PageDetector().detect(small);
    d.corners = d.corners.scaled(1.0 / scale);
    return d;
}

double maxCornerError(const Quad& q, const QRect& r)
{
    const cv::Point2f expected[4] = {cv::Point2f(r.left(), r.top()), cv::Point2f(r.right() + 1, r.top()),
                                     cv::Point2f(r.right() + 1, r.bottom() + 1),
                                     cv::Point2f(r.left(), r.bottom() + 1)};
    double e = 0;
    for (int i = 0; i < 4; ++i)
        e = std::max(e, double(cv::norm(q.pts[size_t(i)] - expected[i])));
    return e;
}

bool isJpeg(const QByteArray& b)
{
    return b.size() > 1000 && b.startsWith("\xFF\xD8\xFF") && b.endsWith("\xFF\xD9");
}

cv::Mat decode(const QByteArray& jpeg)
{
    const cv::Mat buffer(1, int(jpeg.size()), CV_8UC1, const_cast<char*>(jpeg.constData()));
    return cv::imdecode(buffer, cv::IMREAD_COLOR);
}

bool isCaptureName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^capture-\\d{8}-\\d{6}-\\d{3}\\.jpg$"));
    return pattern.match(name).hasMatch();
}

// Every file and folder under `root`, recursively, hidden ones included (relative paths, sorted).
QStringList entriesUnder(const QString& root)
{
    QStringList out;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(root).relativeFilePath(it.next());
    out.sort();
    return out;
}

// The application's own standard folders (test mode: under ~/.qttest, this test program only).
QStringList standardFolders()
{
    return {QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation),
            QStandardPaths::writableLocation(QStandardPaths::CacheLocation)};
}

} // namespace

class TestCameraCapture : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void capturesOnceWhenStillAndSpaceAddsOne();
    void missingDeviceShowsError();
    void streamThatEndsShowsErrorAndKeepsPages();
    void cancelDiscardsThePages();
    void sourceStopsCleanlyWhileStreaming();
    void clutteredDeskAdvisesClearingIt();

private:
    void verifyNoFileWritten();

    std::unique_ptr<test::TempDataDir> m_frames; // the "camera": image sequences
    std::unique_ptr<test::TempDataDir> m_dir;    // the data folder, working directory and TMPDIR: stays empty
    QString m_oldCurrent;
    QByteArray m_oldTmp;
    bool m_hadTmp = false;
    QHash<QString, QStringList> m_standardBefore;
    bool m_detectorWorks = false;
    QString m_detectorMessage;
};

void TestCameraCapture::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("MTBDeskTest"));
    QApplication::setApplicationName(QStringLiteral("mtbdesk-camera-test"));
    UiLanguage::install(qApp, QStringLiteral("en"));

    // Until the real PageDetector is in, detect() may find nothing: then automatic capture cannot be
    // tested (everything else still is).
    const Detection d = detectLikePreview(toMat(deskFrame(kStill)));
    const double err = maxCornerError(d.corners, QRect(kStill, QSize(620, 840)));
    m_detectorWorks = d.found && err < 20;
    m_detectorMessage =
        QStringLiteral("PageDetector did not find the synthetic page (found=%1, corner error %2 px)")
            .arg(d.found)
            .arg(err, 0, 'f', 1);
}

void TestCameraCapture::init()
{
    m_frames = std::make_unique<test::TempDataDir>();
    m_dir = std::make_unique<test::TempDataDir>();
    QVERIFY(entriesUnder(m_dir->path()).isEmpty());
    // Whatever is written relative to the working directory or into the temp folder lands in m_dir.
    m_oldCurrent = QDir::currentPath();
    m_hadTmp = qEnvironmentVariableIsSet("TMPDIR");
    m_oldTmp = qgetenv("TMPDIR");
    QVERIFY(QDir::setCurrent(m_dir->path()));
    qputenv("TMPDIR", QFile::encodeName(m_dir->path()));
    m_standardBefore.clear();
    for (const QString& folder : standardFolders())
        m_standardBefore.insert(folder, entriesUnder(folder));
}

void TestCameraCapture::cleanup()
{
    QDir::setCurrent(m_oldCurrent);
    if (m_hadTmp)
        qputenv("TMPDIR", m_oldTmp);
    else
        qunsetenv("TMPDIR");
    m_dir.reset();
    m_frames.reset();
}

// Called once the dialog is gone: no capture (nor anything else) was written to disk.
void TestCameraCapture::verifyNoFileWritten()
{
    const QStringList written = entriesUnder(m_dir->path());
    QVERIFY2(written.isEmpty(),
             qPrintable(QStringLiteral("written to the data folder: ") + written.join(u' ')));
    for (const QString& folder : standardFolders()) {
        const QStringList now = entriesUnder(folder);
        QVERIFY2(now == m_standardBefore.value(folder),
                 qPrintable(QStringLiteral("written under %1: %2").arg(folder, now.join(u' '))));
    }
}

void TestCameraCapture::capturesOnceWhenStillAndSpaceAddsOne()
{
    if (!m_detectorWorks)
        QSKIP(qPrintable(m_detectorMessage + QStringLiteral(": automatic capture needs the page outline")));
    // 1 s of the page sliding in, then 4 s lying still.
    const QString pattern = writeSequence(m_frames->file(QStringLiteral("seq")), kFps, 4 * kFps);
    QVERIFY(!pattern.isEmpty());

    auto dialogOwner = std::make_unique<CameraCaptureDialog>(nullptr, pattern);
    CameraCaptureDialog& dialog = *dialogOwner;
    auto* autoBox = dialog.findChild<QCheckBox*>(QStringLiteral("autoCapture"));
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("capturedList"));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("cameraError"));
    QVERIFY(autoBox && list && error && dialog.findChild<QWidget*>(QStringLiteral("cameraPreview")));
    QVERIFY(autoBox->isChecked()); // on by default
    QSignalSpy captured(&dialog, &CameraCaptureDialog::pageCaptured);
    QElapsedTimer clock;
    clock.start();
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QTRY_VERIFY_WITH_TIMEOUT(dialog.previewFrameCount() > 0, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.capturedPages().size(), 1, 8000);
    // Not while the page was moving: at the earliest a window (0.8 s) after it came to rest.
    QVERIFY2(clock.elapsed() > 1500, qPrintable(QString::number(clock.elapsed())));
    const CapturedPage first = dialog.capturedPages().constFirst();
    QVERIFY2(isCaptureName(first.name), qPrintable(first.name));
    QCOMPARE(captured.count(), 1);
    QCOMPARE(captured.first().at(0).toString(), first.name);
    QVERIFY(isJpeg(first.jpeg));
    qInfo("one capture of the %dx%d test frame: JPEG of %lld bytes", kFrame.width(), kFrame.height(),
          qlonglong(first.jpeg.size()));
    const cv::Mat image = decode(first.jpeg);
    QCOMPARE(image.cols, kFrame.width()); // the full frame, not the preview
    QCOMPARE(image.rows, kFrame.height());
    // It shows the page at rest.
    const Detection d = detectLikePreview(image);
    QVERIFY(d.found);
    QVERIFY2(maxCornerError(d.corners, QRect(kStill, QSize(620, 840))) < 20, "captured while the page moved");
    QCOMPARE(list->count(), 1);
    QVERIFY(!error->isVisible());

    // The page keeps lying there: no second automatic capture, however steady it is.
    QTest::qWait(1500);
    QVERIFY(dialog.isSteady());
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("cameraHint"))
                 ->text()
                 .contains(QStringLiteral("move other papers")));
    QCOMPARE(dialog.capturedPages().size(), 1);
    QCOMPARE(captured.count(), 1);

    // Space takes one more.
    QTest::keyClick(&dialog, Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.capturedPages().size(), 2, 3000);
    const CapturedPage second = dialog.capturedPages().at(1);
    QVERIFY2(isCaptureName(second.name), qPrintable(second.name));
    QVERIFY(second.name != first.name);
    QCOMPARE(captured.count(), 2);
    QCOMPARE(captured.at(1).at(0).toString(), second.name);
    QVERIFY(isJpeg(second.jpeg));
    QCOMPARE(decode(second.jpeg).cols, kFrame.width());
    QCOMPARE(list->count(), 2);
    auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("useCapturedButton"));
    QVERIFY(ok && ok->isEnabled());
    QVERIFY2(ok->text().contains(QLatin1Char('2')), qPrintable(ok->text()));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.capturedPages().size(), 2); // still there for the caller, in order
    QCOMPARE(dialog.capturedPages().at(0).jpeg, first.jpeg);
    QCOMPARE(dialog.capturedPages().at(1).jpeg, second.jpeg);
    dialogOwner.reset(); // camera threads and the encoder joined
    verifyNoFileWritten();
}

void TestCameraCapture::missingDeviceShowsError()
{
    const QString missing = m_frames->file(QStringLiteral("no-such-camera/frame%03d.jpg"));
    CameraCaptureDialog dialog(nullptr, missing);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("cameraError"));
    QVERIFY(error);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 5000);
    QVERIFY2(error->text().contains(QStringLiteral("No camera")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QDir::toNativeSeparators(missing)),
             qPrintable(error->text())); // names the device
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("captureButton"))->isEnabled());
    QTest::keyClick(&dialog, Qt::Key_Space); // nothing to take
    QTest::qWait(100);
    QVERIFY(dialog.capturedPages().isEmpty());
    QCOMPARE(dialog.pendingEncodes(), 0);
    verifyNoFileWritten();
}

void TestCameraCapture::streamThatEndsShowsErrorAndKeepsPages()
{
    // 1.5 s of a still page, then nothing more: what an unplugged camera looks like.
    const QString pattern = writeSequence(m_frames->file(QStringLiteral("short")), 0, 22);
    QVERIFY(!pattern.isEmpty());
    auto dialogOwner = std::make_unique<CameraCaptureDialog>(nullptr, pattern);
    CameraCaptureDialog& dialog = *dialogOwner;
    dialog.setAutoCapture(false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("cameraError"));
    auto* captureButton = dialog.findChild<QPushButton*>(QStringLiteral("captureButton"));
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("capturedList"));
    QVERIFY(error && captureButton && list);

    QTRY_VERIFY_WITH_TIMEOUT(captureButton->isEnabled(), 5000);
    QTest::keyClick(&dialog, Qt::Key_Space);
    QTest::mouseClick(captureButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.capturedPages().size(), 2, 3000);
    QVERIFY(!error->isVisible());
    // Delete last drops the page (its bytes; there never was a file).
    const CapturedPage kept = dialog.capturedPages().constFirst();
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("deleteLastButton")), Qt::LeftButton);
    QCOMPARE(dialog.capturedPages().size(), 1);
    QCOMPARE(dialog.capturedPages().constFirst().name, kept.name);
    QCOMPARE(list->count(), 1);

    // The stream ends: the error is shown, capturing stops, the page taken is kept.
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 6000);
    QVERIFY2(error->text().contains(QStringLiteral("stopped sending")), qPrintable(error->text()));
    QVERIFY(!captureButton->isEnabled());
    QTest::keyClick(&dialog, Qt::Key_Space);
    QTest::qWait(100);
    QCOMPARE(dialog.capturedPages().size(), 1);
    QCOMPARE(list->count(), 1);
    QVERIFY(isJpeg(dialog.capturedPages().constFirst().jpeg));
    auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("useCapturedButton"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.capturedPages().size(), 1);
    QCOMPARE(dialog.capturedPages().constFirst().jpeg, kept.jpeg);
    dialogOwner.reset();
    verifyNoFileWritten();
}

void TestCameraCapture::cancelDiscardsThePages()
{
    const QString pattern = writeSequence(m_frames->file(QStringLiteral("cancel")), 0, 45);
    QVERIFY(!pattern.isEmpty());
    auto dialogOwner = std::make_unique<CameraCaptureDialog>(nullptr, pattern);
    CameraCaptureDialog& dialog = *dialogOwner;
    dialog.setAutoCapture(false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* captureButton = dialog.findChild<QPushButton*>(QStringLiteral("captureButton"));
    QTRY_VERIFY_WITH_TIMEOUT(captureButton->isEnabled(), 5000);
    QTest::mouseClick(captureButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.capturedPages().size(), 1, 3000);

    // Cancel asks first; "Discard" drops the page.
    bool asked = false;
    QTimer::singleShot(0, &dialog, [&asked] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            auto* box = qobject_cast<QMessageBox*>(w);
            if (box && box->isVisible()) {
                asked = true;
                box->button(QMessageBox::Discard)->click();
            }
        }
    });
    dialog.reject();
    QVERIFY(asked);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.capturedPages().isEmpty());
    QCOMPARE(dialog.findChild<QListWidget*>(QStringLiteral("capturedList"))->count(), 0);
    dialogOwner.reset();
    verifyNoFileWritten();
}

void TestCameraCapture::sourceStopsCleanlyWhileStreaming()
{
    // CameraSource on its own: frames and previews arrive at the paced rate, the preview is scaled
    // to ~640 px, the latest full frame is available, and deleting it mid-stream joins its threads.
    const QString pattern = writeSequence(m_frames->file(QStringLiteral("src")), 0, 75);
    QVERIFY(!pattern.isEmpty());
    auto source = std::make_unique<CameraSource>();
    QSignalSpy opened(source.get(), &CameraSource::opened);
    QSignalSpy previews(source.get(), &CameraSource::previewReady);
    QSignalSpy errors(source.get(), &CameraSource::errorOccurred);
    source->open(pattern);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 5000);
    QCOMPARE(opened.at(0).at(1).toSize(), kFrame);
    QTRY_VERIFY_WITH_TIMEOUT(previews.count() >= 3, 5000);
    const QImage preview = previews.at(0).at(0).value<QImage>();
    QCOMPARE(std::max(preview.width(), preview.height()), 640);
    QCOMPARE(previews.at(0).at(2).toSize(), kFrame);
    const cv::Mat latest = source->captureLatest();
    QCOMPARE(latest.cols, kFrame.width());
    QCOMPARE(latest.type(), CV_8UC3);
    QVERIFY(source->captureLatestJpeg().startsWith("\xFF\xD8\xFF"));
    // At most ~12 previews a second (files are read at 15 frames a second).
    const int before = previews.count();
    QTest::qWait(1000);
    QVERIFY2(previews.count() - before <= 13, qPrintable(QString::number(previews.count() - before)));
    QVERIFY2(previews.count() - before >= 3, qPrintable(QString::number(previews.count() - before)));
    // Reopening the same stream works, and nothing of the first run arrives afterwards.
    source->open(pattern);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, 5000);
    QElapsedTimer t;
    t.start();
    source.reset(); // stops and joins while frames are arriving
    QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(errors.count(), 0);
}

void TestCameraCapture::clutteredDeskAdvisesClearingIt()
{
    // A page among other papers (development seed 1020 of the localisation bench), lying still. The
    // detector sees it as the dialog does: from the JPEG file, at preview size.
    const cv::Mat frame = synth::generate(synth::paramsForSeed(1020, synth::Stratum::Clutter,
                                                               cv::Size(kFrame.width(), kFrame.height())))
                              .image;
    const QString dir = m_frames->file(QStringLiteral("clutter"));
    QVERIFY(QDir().mkpath(dir));
    const QString first = QDir(dir).filePath(QStringLiteral("frame000.jpg"));
    QVERIFY(cv::imwrite(first.toStdString(), frame));
    QVERIFY2(detectLikePreview(cv::imread(first.toStdString())).outlineUncertain(),
             "the test frame no longer puzzles the detector: pick another seed");
    const QByteArray bytes = test::readFileBytes(first);
    for (int i = 1; i < 45; ++i)
        QVERIFY(test::writeFileBytes(
            QDir(dir).filePath(QStringLiteral("frame%1.jpg").arg(i, 3, 10, QLatin1Char('0'))), bytes));
    auto dialogOwner =
        std::make_unique<CameraCaptureDialog>(nullptr, QDir(dir).filePath(QStringLiteral("frame%03d.jpg")));
    CameraCaptureDialog& dialog = *dialogOwner;
    dialog.setAutoCapture(false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* hint = dialog.findChild<QLabel*>(QStringLiteral("cameraHint"));
    QTRY_VERIFY_WITH_TIMEOUT(hint->text().contains(QStringLiteral("move other papers")), 5000);
    QVERIFY2(hint->text().contains(QStringLiteral(" Its edges")), qPrintable(hint->text()));
    // In Chinese the two sentences follow each other without a space.
    QVERIFY(UiLanguage::install(qApp, QStringLiteral("zh_CN")));
    QTRY_VERIFY_WITH_TIMEOUT(hint->text().contains(QStringLiteral("页面边缘与周围物品难以区分")), 5000);
    QVERIFY2(!hint->text().contains(QStringLiteral(" 页面边缘")), qPrintable(hint->text()));
    QVERIFY(UiLanguage::install(qApp, QStringLiteral("en")));
    dialogOwner.reset();
    verifyNoFileWritten();
}

QTEST_MAIN(TestCameraCapture)
#include "test_camera_capture.moc"
