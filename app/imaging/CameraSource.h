#pragma once

#include "PageDetector.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>

#include <opencv2/core.hpp>

#include <memory>

class QThread;

namespace mtb {

// A live camera (a document camera / 高拍仪, any UVC webcam) or, for tests and demos, a video file or
// an image sequence ("dir/%03d.jpg"), read with cv::VideoCapture on a thread of its own.
//
// Three threads per opened device: the grab thread reads frames as fast as the device delivers them
// and keeps the newest full-resolution frame; the preview thread takes the newest frame at most
// maxPreviewFps times a second, scales it to ~640 px and emits it; the detection thread runs
// PageDetector on the newest preview-sized frame whenever it is free (it takes ~100-200 ms on a
// two-core PC, so it is not allowed to slow the preview down). Nothing here ever blocks the thread
// that owns the object (the GUI thread): open() returns at once, results arrive as queued signals.
class CameraSource : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int previewLongSide = 640;  // preview (and detection) size, long side in px
        int maxPreviewFps = 12;     // preview frames per second, at most
        bool detectPage = true;     // run PageDetector on every preview frame
        int maxReadFailures = 25;   // this many failed reads in a row = the camera is gone
        int stallTimeoutMs = 2000;  // no frame for this long = the camera is gone (or never started)
        double fileFps = 15;        // files and image sequences are paced like a camera at this rate
        QSize requestedSize;        // real devices: empty = the device maximum, else e.g. 1920x1080
    };

    explicit CameraSource(QObject* parent = nullptr);
    explicit CameraSource(const Options& options, QObject* parent = nullptr);
    ~CameraSource() override; // stops and joins the threads (bounded: a hung driver call is abandoned)

    // "0".."9": a camera index; anything else: a file, or an image sequence with a printf pattern.
    // Closes the previous device first. Non-blocking: opened() or errorOccurred() follows. The new
    // device is opened only after the previous one is released (the same camera may be reopened).
    void open(const QString& device);
    // Stops reading without waiting: the threads end on their own once the current read returns.
    // No signal of the closed device is delivered after this returns.
    void close();

    QString device() const { return m_device; }
    bool isOpen() const;        // open() called, no error and not closed
    bool hasFrame() const;      // at least one frame arrived since open()
    QSize frameSize() const;    // size of the latest full frame, empty before the first

    // The latest full-resolution frame (BGR, 8-bit), empty when none. Cheap: shares the frame's pixels
    // (the grab thread never writes into a frame it has handed out). Do not modify it in place.
    cv::Mat captureLatest() const;
    // The same frame as a JPEG (encoded on the calling thread). Empty when there is no frame.
    QByteArray captureLatestJpeg(int quality = 92) const;

    const Options& options() const { return m_options; }

    // "0" -> 0: a device index; false for paths.
    static bool isDeviceIndex(const QString& device, int* index = nullptr);
    // How a device is named in messages: "camera 1" for index 0, the native path otherwise.
    static QString displayName(const QString& device);

signals:
    void opened(const QString& device, const QSize& frameSize); // first frame arrived
    // A preview frame (RGB, long side ~previewLongSide) with the latest page outline found (in preview
    // pixels; it may come from a slightly older frame). frameSize is the full frame's size;
    // timestampMs is monotonic, from the moment the frame was read.
    void previewReady(const QImage& image, const mtb::Detection& detection, const QSize& frameSize,
                      qint64 timestampMs);
    // A detection result: the page in the preview-sized frame read at timestampMs (same clock). One
    // per analysed frame: this is what CaptureStability is fed with.
    void pageDetected(const mtb::Detection& detection, const QSize& previewSize, qint64 timestampMs);
    // Cannot open, or frames stopped arriving (unplugged): the threads stop by themselves.
    void errorOccurred(const QString& message);

public:
    struct State; // shared with the threads, see CameraSource.cpp

private:
    void retire(QThread*& thread);

    Options m_options;
    QString m_device;
    int m_run = 0; // increments on every open/close: queued results of older runs are dropped
    std::shared_ptr<State> m_state;
    QThread* m_grabThread = nullptr;
    QThread* m_previewThread = nullptr;
    QThread* m_detectThread = nullptr;
    QList<QPointer<QThread>> m_retiring; // threads of closed devices, still finishing
};

} // namespace mtb
