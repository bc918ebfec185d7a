#include "CameraCaptureDialog.h"

#include "CameraSource.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace mtb {

namespace {
constexpr int kCameraCount = 4; // indices offered in the selector
constexpr int kJpegQuality = 92;
constexpr int kThumbSize = 96;
const QString kDeviceKey = QStringLiteral("camera/device");
} // namespace

// The live picture, scaled to fit, with the page outline on top. Paints only: no camera access.
class CameraPreview : public QWidget
{
public:
    explicit CameraPreview(QWidget* parent) : QWidget(parent)
    {
        setMinimumSize(480, 360);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setAttribute(Qt::WA_OpaquePaintEvent);
    }
    void setFrame(const QImage& image, const Detection& detection, bool steady)
    {
        m_image = image;
        m_detection = detection;
        m_steady = steady;
        update();
    }
    void setPlaceholder(const QString& text)
    {
        m_placeholder = text;
        update();
    }
    void setDimmed(bool dimmed)
    {
        m_dimmed = dimmed;
        update();
    }
    void flash()
    {
        m_flash = true;
        update();
        QTimer::singleShot(150, this, [this] {
            m_flash = false;
            update();
        });
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.fillRect(rect(), QColor(0x20, 0x20, 0x20));
        if (m_image.isNull()) {
            p.setPen(Qt::lightGray);
            p.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
            return;
        }
        const QSize fitted = m_image.size().scaled(size(), Qt::KeepAspectRatio);
        const QRect target(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(target, m_image);
        if (m_detection.found && !m_dimmed) {
            const double sx = double(target.width()) / m_image.width();
            const double sy = double(target.height()) / m_image.height();
            QPolygonF outline;
            for (const cv::Point2f& c : m_detection.corners.pts)
                outline << QPointF(target.left() + c.x * sx, target.top() + c.y * sy);
            const QColor colour = m_steady ? QColor(0x2e, 0xcc, 0x40) : QColor(0xff, 0xb3, 0x00);
            p.setRenderHint(QPainter::Antialiasing);
            QColor fill = colour;
            fill.setAlpha(40);
            p.setBrush(fill);
            p.setPen(QPen(colour, 3));
            p.drawPolygon(outline);
        }
        if (m_dimmed)
            p.fillRect(target, QColor(0, 0, 0, 150));
        if (m_flash)
            p.fillRect(target, QColor(255, 255, 255, 170));
    }

private:
    QImage m_image;
    Detection m_detection;
    QString m_placeholder;
    bool m_steady = false;
    bool m_dimmed = false;
    bool m_flash = false;
};

CameraCaptureDialog::CameraCaptureDialog(QWidget* parent, const QString& device) : QDialog(parent)
{
    setWindowTitle(tr("Take pages with the document camera"));
    m_encoder.setMaxThreadCount(1);

    m_source = new CameraSource(this);
    connect(m_source, &CameraSource::opened, this, &CameraCaptureDialog::onOpened);
    connect(m_source, &CameraSource::previewReady, this, &CameraCaptureDialog::onPreview);
    connect(m_source, &CameraSource::pageDetected, this, &CameraCaptureDialog::onDetected);
    connect(m_source, &CameraSource::errorOccurred, this, &CameraCaptureDialog::onError);

    m_devices = new QComboBox(this);
    m_devices->setObjectName(QStringLiteral("cameraDevice"));
    for (int i = 0; i < kCameraCount; ++i)
        m_devices->addItem(tr("Camera %1").arg(i + 1), QString::number(i));
    m_devices->addItem(tr("Video file or image sequence…"), QString());
    auto* deviceLabel = new QLabel(tr("&Camera:"), this);
    deviceLabel->setBuddy(m_devices);

    m_preview = new CameraPreview(this);
    m_preview->setObjectName(QStringLiteral("cameraPreview"));
    m_preview->setPlaceholder(tr("Opening the camera…"));

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("cameraHint"));
    m_hint->setWordWrap(true);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("cameraError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_auto = new QCheckBox(tr("Capture &automatically when the page lies still"), this);
    m_auto->setObjectName(QStringLiteral("autoCapture"));
    m_auto->setChecked(true);
    m_auto->setFocusPolicy(Qt::TabFocus);

    m_captureButton = new QPushButton(tr("Capture (Space)"), this);
    m_captureButton->setObjectName(QStringLiteral("captureButton"));
    m_captureButton->setAutoDefault(false);
    m_captureButton->setFocusPolicy(Qt::TabFocus);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("capturedList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setMovement(QListView::Static);
    m_list->setIconSize(QSize(kThumbSize, kThumbSize));
    m_list->setFixedHeight(kThumbSize + 44);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);

    m_deleteLast = new QPushButton(tr("&Delete last"), this);
    m_deleteLast->setObjectName(QStringLiteral("deleteLastButton"));
    m_deleteLast->setAutoDefault(false);
    m_deleteLast->setFocusPolicy(Qt::TabFocus);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("useCapturedButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Cancel)->setFocusPolicy(Qt::TabFocus);
    m_ok->setFocusPolicy(Qt::TabFocus);

    auto* top = new QHBoxLayout;
    top->addWidget(deviceLabel);
    top->addWidget(m_devices, 1);
    top->addStretch(1);
    top->addWidget(m_auto);

    auto* captureRow = new QHBoxLayout;
    captureRow->addWidget(m_hint, 1);
    captureRow->addWidget(m_captureButton);

    auto* strip = new QHBoxLayout;
    strip->addWidget(m_list, 1);
    strip->addWidget(m_deleteLast, 0, Qt::AlignBottom);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_error);
    layout->addLayout(captureRow);
    layout->addLayout(strip);
    layout->addWidget(m_buttons);
    resize(900, 760);

    // Space captures wherever the focus is (buttons and the check box do not take it from the keyboard).
    auto* space = new QShortcut(QKeySequence(Qt::Key_Space), this);
    space->setContext(Qt::WindowShortcut);
    connect(space, &QShortcut::activated, this, &CameraCaptureDialog::capture);
    connect(m_captureButton, &QPushButton::clicked, this, &CameraCaptureDialog::capture);
    connect(m_deleteLast, &QPushButton::clicked, this, &CameraCaptureDialog::deleteLast);
    connect(m_auto, &QCheckBox::toggled, this, &CameraCaptureDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CameraCaptureDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CameraCaptureDialog::reject);
    connect(m_devices, &QComboBox::activated, this, &CameraCaptureDialog::onDeviceChosen);

    m_device = device.isEmpty() ? QSettings().value(kDeviceKey, QStringLiteral("0")).toString() : device;
    updateState();
}

CameraCaptureDialog::~CameraCaptureDialog()
{
    m_encoder.waitForDone(); // a page being encoded finishes (it is listed in capturedPages() only if done)
    delete m_source;         // stops and joins the camera threads
    m_source = nullptr;
}

void CameraCaptureDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (!m_opened) // the first time: open the device given or used last
        QTimer::singleShot(0, this, [this] {
            if (!m_opened)
                openDevice(m_device);
        });
}

void CameraCaptureDialog::openDevice(const QString& device)
{
    m_opened = true;
    m_device = device;
    int row = m_devices->findData(device);
    if (row < 0) {
        row = m_devices->count() - 1; // before "Video file or image sequence…"
        m_devices->insertItem(row, QFileInfo(device).fileName(), device);
        m_devices->setItemData(row, QDir::toNativeSeparators(device), Qt::ToolTipRole);
    }
    m_devices->setCurrentIndex(row);
    if (CameraSource::isDeviceIndex(device))
        QSettings().setValue(kDeviceKey, device);

    m_cameraFailed = false;
    m_streaming = false;
    m_steady = false;
    m_detection = Detection{};
    m_stability.reset();
    m_error->hide();
    m_error->clear();
    m_preview->setFrame(QImage(), Detection{}, false);
    m_preview->setDimmed(false);
    m_preview->setPlaceholder(tr("Opening %1…").arg(CameraSource::displayName(device)));
    m_source->open(device); // returns at once; opened() or errorOccurred() follows
    updateState();
}

void CameraCaptureDialog::onDeviceChosen(int index)
{
    QString device = m_devices->itemData(index).toString();
    if (device.isEmpty()) { // "Video file or image sequence…": for demonstrations and testing
        bool ok = false;
        device = QInputDialog::getText(
                     this, tr("Open a video file or image sequence"),
                     tr("Path of a video file, or of numbered images such as C:/photos/%03d.jpg:"),
                     QLineEdit::Normal, QString(), &ok)
                     .trimmed();
        if (!ok || device.isEmpty()) {
            const int current = m_devices->findData(m_device);
            m_devices->setCurrentIndex(current >= 0 ? current : 0);
            return;
        }
    }
    if (device != m_device || m_cameraFailed || !m_streaming)
        openDevice(device);
}

bool CameraCaptureDialog::autoCapture() const
{
    return m_auto->isChecked();
}

void CameraCaptureDialog::setAutoCapture(bool on)
{
    m_auto->setChecked(on);
}

void CameraCaptureDialog::onOpened(const QString& device, const QSize& frameSize)
{
    m_streaming = true;
    updateState();
}

void CameraCaptureDialog::onPreview(const QImage& image, const Detection& detection, const QSize& frameSize,
                                    qint64 timestampMs)
{
    m_streaming = true;
    ++m_previewFrames;
    m_preview->setFrame(image, detection, m_steady);
    if (m_previewFrames == 1)
        updateState();
}

void CameraCaptureDialog::onDetected(const Detection& detection, const QSize& previewSize, qint64 timestampMs)
{
    m_detection = detection;
    m_stability.add(detection, timestampMs, cv::Size(previewSize.width(), previewSize.height()));
    m_steady = m_stability.steady();
    if (m_auto->isChecked() && m_stability.readyForAutoCapture() && !m_cameraFailed)
        capture();
    updateState();
}

void CameraCaptureDialog::onError(const QString& message)
{
    m_cameraFailed = true;
    m_streaming = false;
    m_steady = false;
    m_error->setText(message);
    m_error->show();
    m_preview->setDimmed(true);
    m_preview->setPlaceholder(message);
    updateState();
}

QString CameraCaptureDialog::nextName()
{
    // Unique within the dialog (the sequence only grows); a name only, nothing is written under it.
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return QStringLiteral("capture-%1-%2.jpg").arg(stamp).arg(++m_sequence, 3, 10, QLatin1Char('0'));
}

void CameraCaptureDialog::capture()
{
    if (m_cameraFailed || !m_source->hasFrame())
        return;
    const cv::Mat frame = m_source->captureLatest(); // shares the pixels: no copy on the GUI thread
    if (frame.empty())
        return;
    m_stability.markCaptured(); // this page is not to be taken again automatically
    const QString name = nextName();
    ++m_pending;
    m_preview->flash();
    m_encoder.start([this, frame, name] {
        QString error;
        QImage thumbnail;
        QByteArray jpeg;
        try {
            std::vector<uchar> encoded;
            if (cv::imencode(".jpg", frame, encoded, {cv::IMWRITE_JPEG_QUALITY, kJpegQuality}))
                jpeg = QByteArray(reinterpret_cast<const char*>(encoded.data()), qsizetype(encoded.size()));
            else
                error = tr("the image could not be encoded");
            std::fill(encoded.begin(), encoded.end(), uchar(0)); // the encoder's copy (best effort)
        } catch (const cv::Exception& e) {
            error = QString::fromStdString(e.msg);
        }
        if (error.isEmpty()) {
            cv::Mat small, rgb;
            const double scale = double(kThumbSize * 2) / std::max(frame.cols, frame.rows);
            cv::resize(frame, small, cv::Size(), scale, scale, cv::INTER_AREA);
            cv::cvtColor(small, rgb, cv::COLOR_BGR2RGB);
            thumbnail = QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
        }
        QMetaObject::invokeMethod(
            this, [this, name, jpeg, thumbnail, error] { onEncoded(name, jpeg, thumbnail, error); },
            Qt::QueuedConnection);
    });
    updateState();
}

void CameraCaptureDialog::onEncoded(const QString& name, const QByteArray& jpeg, const QImage& thumbnail,
                                    const QString& error)
{
    --m_pending;
    if (!error.isEmpty()) {
        m_error->setText(tr("The page could not be taken: %1").arg(error));
        m_error->show();
    } else {
        m_pages.append({name, jpeg});
        auto* item = new QListWidgetItem(QIcon(QPixmap::fromImage(thumbnail)),
                                         QString::number(m_pages.size()), m_list);
        item->setToolTip(name);
        item->setData(Qt::UserRole, name);
        m_list->scrollToItem(item);
        emit pageCaptured(name);
    }
    updateState();
    if (m_acceptWhenEncoded && m_pending == 0) {
        m_acceptWhenEncoded = false;
        if (!m_pages.isEmpty()) {
            m_source->close();
            QDialog::accept();
        }
    }
}

void CameraCaptureDialog::deleteLast()
{
    if (m_pages.isEmpty() || m_pending > 0)
        return;
    m_pages.takeLast().jpeg.clear();
    delete m_list->takeItem(m_list->count() - 1);
    m_stability.reset(); // the page under the camera is taken again once it lies still
    updateState();
}

void CameraCaptureDialog::deleteAll()
{
    m_encoder.waitForDone(); // at most a page or two, each a few tens of milliseconds
    for (CapturedPage& page : m_pages)
        page.jpeg.clear();
    m_pages.clear();
    m_list->clear();
}

void CameraCaptureDialog::accept()
{
    if (m_pending > 0) {
        m_acceptWhenEncoded = true; // accepted as soon as the last page is encoded
        return;
    }
    if (m_pages.isEmpty())
        return;
    m_source->close();
    QDialog::accept();
}

void CameraCaptureDialog::reject()
{
    const int pages = int(m_pages.size()) + m_pending;
    if (pages > 0 &&
        QMessageBox::question(this, windowTitle(), tr("Discard the %n page(s) taken?", nullptr, pages),
                              QMessageBox::Discard | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    m_source->close();
    deleteAll();
    QDialog::reject();
}

void CameraCaptureDialog::updateState()
{
    const bool canCapture = m_streaming && !m_cameraFailed && m_source->hasFrame();
    m_captureButton->setEnabled(canCapture);
    m_deleteLast->setEnabled(!m_pages.isEmpty() && m_pending == 0);
    const int pages = int(m_pages.size());
    m_ok->setText(tr("Use %n page(s)", nullptr, pages));
    m_ok->setEnabled(pages > 0 || m_pending > 0);

    QString hint;
    if (m_cameraFailed)
        hint = pages > 0 ? tr("The pages taken so far are kept.") : QString();
    else if (!m_streaming)
        hint = tr("Waiting for the camera…");
    else if (!m_detection.found)
        hint = tr("Lay the page flat under the camera.");
    else if (!m_steady)
        hint = tr("Hold still…");
    else if (!m_auto->isChecked())
        hint = tr("The page lies still: press Space to take it.");
    else if (!m_stability.armed())
        hint = tr("Taken. Lay the next page down, or press Space to take this one again.");
    else
        hint = tr("Taking the page…");
    // Said while the page is there, whatever else is said: the fix (clear the desk) is the user's.
    if (m_streaming && !m_cameraFailed && m_detection.outlineUncertain())
        hint = tr("%1 %2", "two sentences of the camera hint, joined as the language writes them (no space in "
                           "Chinese)")
                   .arg(hint, tr("Its edges are hard to tell from what lies around it: move other papers away, or "
                                 "lay it on a plain, darker surface."));
    m_hint->setText(hint);
}

} // namespace mtb
