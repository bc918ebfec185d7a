#include "CameraSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMetaObject>
#include <QRegularExpression>
#include <QThread>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace mtb {

struct CameraSource::State
{
    CameraSource::Options options;
    QString device;
    int run = 0;
    QElapsedTimer clock; // monotonic ms for timestamps and the watchdog

    std::mutex mutex;
    std::condition_variable wake;
    CameraSource* owner = nullptr; // null once closed: nothing more is delivered
    bool stop = false;
    bool grabDone = false;         // the grab thread released the device
    std::shared_ptr<State> previous; // the run before: its device must be released before opening
    bool failed = false;           // an error was reported
    bool streaming = false;        // the first frame arrived
    qint64 openedAtMs = -1;        // VideoCapture::open returned true (watchdog start)
    cv::Mat latest;                // newest full frame; replaced, never written into
    qint64 latestMs = 0;
    quint64 latestSeq = 0;
    cv::Mat detectInput;           // preview-sized frame waiting for the detector (empty: none)
    qint64 detectInputMs = 0;
    Detection detection;           // the detector's latest result, in preview pixels
    cv::Size detectionSize;
    bool haveDetection = false;

    // Runs f(owner) on the owner's thread, unless the source was closed or reopened meanwhile.
    template<typename F>
    void post(F f)
    {
        std::lock_guard lock(mutex);
        if (!owner)
            return;
        CameraSource* o = owner;
        const int r = run;
        QMetaObject::invokeMethod(
            o, [o, r, f = std::move(f)] {
                if (o->m_run == r)
                    f(o);
            },
            Qt::QueuedConnection);
    }

    void fail(const QString& message)
    {
        {
            std::lock_guard lock(mutex);
            if (failed || stop)
                return;
            failed = true;
            stop = true;
        }
        wake.notify_all();
        post([message](CameraSource* o) { emit o->errorOccurred(message); });
    }

    bool stopping()
    {
        std::lock_guard lock(mutex);
        return stop;
    }

    // Sleeps up to ms, waking early when asked to stop. False when stopping.
    bool sleepFor(qint64 ms)
    {
        std::unique_lock lock(mutex);
        wake.wait_for(lock, std::chrono::milliseconds(std::max<qint64>(0, ms)), [this] { return stop; });
        return !stop;
    }
};

namespace {

QString openError(const QString& device)
{
    return QCoreApplication::translate("CameraSource",
                                       "No camera or document camera found at %1. Check that it is plugged in "
                                       "and not in use by another program, then open it again.")
        .arg(CameraSource::displayName(device));
}

QString stoppedError(const QString& device)
{
    return QCoreApplication::translate("CameraSource",
                                       "%1 stopped sending pictures (unplugged?). Check the cable, then open "
                                       "the camera again. Pages already taken are kept.")
        .arg(CameraSource::displayName(device));
}

// Real devices: MJPEG (USB 2 document cameras only reach full resolution and a usable frame rate with
// it), then the largest frame size the device offers or the one requested. Failures are ignored: the
// device then keeps its default mode.
void configureDevice(cv::VideoCapture& cap, const QSize& requested)
{
    try {
        cap.set(cv::CAP_PROP_FOURCC, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'));
        if (requested.isValid()) {
            cap.set(cv::CAP_PROP_FRAME_WIDTH, requested.width());
            cap.set(cv::CAP_PROP_FRAME_HEIGHT, requested.height());
            return;
        }
        // V4L2 and DirectShow clamp an oversized request to the nearest (largest) supported size.
        cap.set(cv::CAP_PROP_FRAME_WIDTH, 10000);
        cap.set(cv::CAP_PROP_FRAME_HEIGHT, 10000);
        const double w = cap.get(cv::CAP_PROP_FRAME_WIDTH), h = cap.get(cv::CAP_PROP_FRAME_HEIGHT);
        if (w < 640 || h < 480 || w >= 10000 || h >= 10000) {
            cap.set(cv::CAP_PROP_FRAME_WIDTH, 1920);
            cap.set(cv::CAP_PROP_FRAME_HEIGHT, 1080);
        }
    } catch (const cv::Exception&) {
    }
}

cv::Mat toBgr(const cv::Mat& frame)
{
    if (frame.type() == CV_8UC3)
        return frame;
    cv::Mat out;
    if (frame.channels() == 1)
        cv::cvtColor(frame, out, cv::COLOR_GRAY2BGR);
    else if (frame.channels() == 4)
        cv::cvtColor(frame, out, cv::COLOR_BGRA2BGR);
    else
        return {};
    if (out.depth() != CV_8U)
        out.convertTo(out, CV_8UC3, out.depth() == CV_16U ? 1.0 / 257.0 : 1.0);
    return out;
}

// Waits (up to 5 s) until the previous run has released its device: reopening the same camera while
// the old handle is still open fails with "device busy".
void finishGrab(const std::shared_ptr<CameraSource::State>& s)
{
    {
        std::lock_guard lock(s->mutex);
        s->stop = true;
        s->grabDone = true;
    }
    s->wake.notify_all();
}

void waitForPrevious(const std::shared_ptr<CameraSource::State>& s)
{
    std::shared_ptr<CameraSource::State> prev;
    {
        std::lock_guard lock(s->mutex);
        prev = std::move(s->previous);
    }
    if (!prev)
        return;
    QElapsedTimer waited;
    waited.start();
    while (!s->stopping() && waited.elapsed() < 5000) {
        std::unique_lock lock(prev->mutex);
        if (prev->wake.wait_for(lock, std::chrono::milliseconds(50), [&] { return prev->grabDone; }))
            return;
    }
}

void grabLoop(const std::shared_ptr<CameraSource::State>& s)
{
    waitForPrevious(s);
    if (s->stopping())
        return finishGrab(s);
    cv::VideoCapture cap;
    int index = -1;
    const bool isIndex = CameraSource::isDeviceIndex(s->device, &index);
    bool ok = false;
    try {
        if (isIndex) {
            ok = cap.open(index, cv::CAP_ANY);
            if (ok)
                configureDevice(cap, s->options.requestedSize);
        } else {
            const std::string path = QDir::toNativeSeparators(s->device).toStdString();
            const bool pattern = s->device.contains(QRegularExpression(QStringLiteral("%0?\\d*d")));
            ok = cap.open(path, pattern ? cv::CAP_IMAGES : cv::CAP_ANY);
        }
    } catch (const cv::Exception&) {
        ok = false;
    }
    if (!ok) {
        s->fail(openError(s->device));
        return finishGrab(s);
    }
    {
        std::lock_guard lock(s->mutex);
        s->openedAtMs = s->clock.elapsed();
    }

    // Files deliver frames as fast as they decode: pace them like a camera.
    const double fps = isIndex ? 0 : (s->options.fileFps > 0 ? s->options.fileFps : 15);
    const qint64 intervalMs = fps > 0 ? qint64(1000.0 / fps) : 0;
    qint64 lastFrameMs = s->clock.elapsed();
    qint64 nextDueMs = lastFrameMs;
    int failures = 0;
    bool first = true;
    while (!s->stopping()) {
        cv::Mat frame; // fresh every time: frames handed out are never written into
        bool read = false;
        try {
            read = cap.read(frame);
        } catch (const cv::Exception&) {
            read = false;
        }
        const qint64 now = s->clock.elapsed();
        if (read && !frame.empty())
            frame = toBgr(frame);
        if (!read || frame.empty()) {
            ++failures;
            if (failures >= s->options.maxReadFailures || now - lastFrameMs > s->options.stallTimeoutMs) {
                bool streaming;
                {
                    std::lock_guard lock(s->mutex);
                    streaming = s->streaming;
                }
                s->fail(streaming ? stoppedError(s->device) : openError(s->device));
                break;
            }
            s->sleepFor(20);
            continue;
        }
        failures = 0;
        lastFrameMs = now;
        const QSize size(frame.cols, frame.rows);
        {
            std::lock_guard lock(s->mutex);
            s->latest = frame;
            s->latestMs = now;
            ++s->latestSeq;
            s->streaming = true;
        }
        s->wake.notify_all();
        if (first) {
            first = false;
            s->post([device = s->device, size](CameraSource* o) { emit o->opened(device, size); });
        }
        if (intervalMs > 0) {
            nextDueMs = std::max(nextDueMs + intervalMs, now);
            s->sleepFor(nextDueMs - s->clock.elapsed());
        }
    }
    try {
        cap.release();
    } catch (const cv::Exception&) {
    }
    finishGrab(s);
}

// Preview thread: at most maxPreviewFps times a second, the newest frame scaled to ~640 px, with the
// latest outline the detection thread found. Also the watchdog.
void previewLoop(const std::shared_ptr<CameraSource::State>& s)
{
    const qint64 minIntervalMs = 1000 / std::max(1, s->options.maxPreviewFps);
    quint64 seen = 0;
    qint64 lastPreviewMs = -minIntervalMs;
    for (;;) {
        cv::Mat frame;
        qint64 frameMs = 0;
        {
            std::unique_lock lock(s->mutex);
            s->wake.wait_for(lock, std::chrono::milliseconds(200), [&] { return s->stop || s->latestSeq != seen; });
            if (s->stop)
                return;
            // Watchdog: the grab thread may hang inside read() when a device disappears.
            const qint64 now = s->clock.elapsed();
            const qint64 since = s->latestSeq ? s->latestMs : s->openedAtMs;
            if (since >= 0 && now - since > s->options.stallTimeoutMs) {
                const bool streaming = s->streaming;
                lock.unlock();
                s->fail(streaming ? stoppedError(s->device) : openError(s->device));
                return;
            }
            if (s->latestSeq == seen)
                continue;
            const qint64 wait = lastPreviewMs + minIntervalMs - now;
            if (wait > 0) {
                s->wake.wait_for(lock, std::chrono::milliseconds(wait), [&] { return s->stop; });
                if (s->stop)
                    return;
            }
            frame = s->latest; // the newest, after the wait
            frameMs = s->latestMs;
            seen = s->latestSeq;
        }
        lastPreviewMs = s->clock.elapsed();

        const int longSide = std::max(frame.cols, frame.rows);
        const double scale = std::min(1.0, double(std::max(64, s->options.previewLongSide)) / longSide);
        cv::Mat small;
        if (scale < 1.0)
            cv::resize(frame, small, cv::Size(), scale, scale, cv::INTER_AREA);
        else
            small = frame.clone();
        Detection detection;
        detection.corners = Quad::fromRect(small.size());
        {
            std::lock_guard lock(s->mutex);
            if (s->options.detectPage && s->detectInput.empty()) { // the detector is idle: give it this one
                s->detectInput = small;
                s->detectInputMs = frameMs;
            }
            if (s->haveDetection && s->detectionSize == small.size())
                detection = s->detection;
        }
        s->wake.notify_all();
        cv::Mat rgb;
        cv::cvtColor(small, rgb, cv::COLOR_BGR2RGB);
        const QImage image = QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
        const QSize frameSize(frame.cols, frame.rows);
        s->post([image, detection, frameSize, frameMs](CameraSource* o) {
            emit o->previewReady(image, detection, frameSize, frameMs);
        });
    }
}

// Detection thread: PageDetector on the preview-sized frames, as fast as it goes (it is slower than
// the preview on a two-core counter PC; the preview does not wait for it).
void detectLoop(const std::shared_ptr<CameraSource::State>& s)
{
    const PageDetector detector;
    for (;;) {
        cv::Mat input;
        qint64 inputMs = 0;
        {
            std::unique_lock lock(s->mutex);
            s->wake.wait(lock, [&] { return s->stop || !s->detectInput.empty(); });
            if (s->stop)
                return;
            input = s->detectInput;
            inputMs = s->detectInputMs;
        }
        Detection detection;
        try {
            detection = detector.detect(input);
        } catch (const cv::Exception&) {
            detection = Detection{};
            detection.corners = Quad::fromRect(input.size());
        }
        const QSize size(input.cols, input.rows);
        {
            std::lock_guard lock(s->mutex);
            s->detection = detection;
            s->detectionSize = input.size();
            s->haveDetection = true;
            s->detectInput = cv::Mat(); // ready for the next one
        }
        s->post([detection, size, inputMs](CameraSource* o) { emit o->pageDetected(detection, size, inputMs); });
    }
}

} // namespace

CameraSource::CameraSource(QObject* parent) : CameraSource(Options{}, parent) {}

CameraSource::CameraSource(const Options& options, QObject* parent) : QObject(parent), m_options(options) {}

CameraSource::~CameraSource()
{
    close();
    for (const QPointer<QThread>& thread : std::as_const(m_retiring)) {
        if (!thread)
            continue;
        if (thread->wait(QDeadlineTimer(5000)))
            delete thread.data();
        else // stuck in a driver call: it deletes itself when (if) the call returns
            qWarning("CameraSource: a camera thread did not stop in time; leaving it to finish on its own");
    }
}

void CameraSource::retire(QThread*& thread)
{
    if (!thread)
        return;
    if (thread->isFinished()) {
        delete thread;
    } else {
        connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        m_retiring.append(thread);
    }
    thread = nullptr;
}

bool CameraSource::isDeviceIndex(const QString& device, int* index)
{
    bool ok = false;
    const QString t = device.trimmed();
    const int i = t.toInt(&ok);
    ok = ok && i >= 0 && t.size() <= 2;
    if (ok && index)
        *index = i;
    return ok;
}

QString CameraSource::displayName(const QString& device)
{
    int index = 0;
    if (isDeviceIndex(device, &index))
        return QCoreApplication::translate("CameraSource", "camera %1").arg(index + 1);
    return QDir::toNativeSeparators(device);
}

void CameraSource::open(const QString& device)
{
    std::shared_ptr<State> previous = m_state;
    close();
    m_device = device;
    auto s = std::make_shared<State>();
    s->previous = std::move(previous);
    s->options = m_options;
    s->device = device;
    s->run = ++m_run;
    s->owner = this;
    s->clock.start();
    m_state = s;
    m_grabThread = QThread::create([s] { grabLoop(s); });
    m_grabThread->setObjectName(QStringLiteral("camera-grab"));
    m_previewThread = QThread::create([s] { previewLoop(s); });
    m_previewThread->setObjectName(QStringLiteral("camera-preview"));
    if (m_options.detectPage) {
        m_detectThread = QThread::create([s] { detectLoop(s); });
        m_detectThread->setObjectName(QStringLiteral("camera-detect"));
    }
    m_grabThread->start();
    m_previewThread->start();
    if (m_detectThread)
        m_detectThread->start(QThread::LowPriority);
}

void CameraSource::close()
{
    ++m_run; // queued results of the closed run are dropped
    if (m_state) {
        {
            std::lock_guard lock(m_state->mutex);
            m_state->owner = nullptr;
            m_state->stop = true;
        }
        m_state->wake.notify_all();
    }
    retire(m_detectThread);
    retire(m_previewThread);
    retire(m_grabThread);
    m_state.reset();
    m_retiring.removeIf([](const QPointer<QThread>& t) { return t.isNull(); });
}

bool CameraSource::isOpen() const
{
    if (!m_state)
        return false;
    std::lock_guard lock(m_state->mutex);
    return !m_state->stop;
}

bool CameraSource::hasFrame() const
{
    if (!m_state)
        return false;
    std::lock_guard lock(m_state->mutex);
    return !m_state->latest.empty();
}

QSize CameraSource::frameSize() const
{
    const cv::Mat f = captureLatest();
    return f.empty() ? QSize() : QSize(f.cols, f.rows);
}

cv::Mat CameraSource::captureLatest() const
{
    if (!m_state)
        return {};
    std::lock_guard lock(m_state->mutex);
    return m_state->latest;
}

QByteArray CameraSource::captureLatestJpeg(int quality) const
{
    const cv::Mat frame = captureLatest();
    if (frame.empty())
        return {};
    std::vector<uchar> buf;
    if (!cv::imencode(".jpg", frame, buf, {cv::IMWRITE_JPEG_QUALITY, std::clamp(quality, 1, 100)}))
        return {};
    return QByteArray(reinterpret_cast<const char*>(buf.data()), qsizetype(buf.size()));
}

} // namespace mtb
