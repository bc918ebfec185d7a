#pragma once

#include "CaptureStability.h"
#include "CapturedPage.h"
#include "PageDetector.h"

#include <QDialog>
#include <QImage>
#include <QStringList>
#include <QThreadPool>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace mtb {

class CameraPreview;
class CameraSource;

// Takes pages with a document camera (高拍仪): live preview with the page outline (green once the page
// lies still, amber before), automatic capture of each page once it lies still, Space / the button
// for a manual capture, a strip of the pages taken (the last can be deleted). Every page is encoded as
// a JPEG (quality 92) of the full camera frame and kept in memory only (never written to disk as
// plaintext); capturedPages() lists them in order when the dialog is accepted, for the import to store
// them encrypted. Cancel and "Delete last" drop the bytes.
//
// The camera is read by CameraSource on its own threads and the JPEGs are encoded on a worker thread:
// the GUI thread never waits for the camera or the encoder.
class CameraCaptureDialog : public QDialog
{
    Q_OBJECT
public:
    // device: "0".."3" or a video file / image sequence ("dir/%03d.jpg"); empty = the last camera used.
    explicit CameraCaptureDialog(QWidget* parent = nullptr, const QString& device = {});
    ~CameraCaptureDialog() override;

    QList<CapturedPage> capturedPages() const { return m_pages; }

    // Opens another device (adds a file or pattern to the selector). Non-blocking.
    void openDevice(const QString& device);
    QString currentDevice() const { return m_device; }

    bool autoCapture() const;
    void setAutoCapture(bool on);
    // Space / the button: captures the current frame (if there is one). Non-blocking.
    void capture();

    // For tests and the status line.
    bool isSteady() const { return m_steady; }
    int previewFrameCount() const { return m_previewFrames; }
    int pendingEncodes() const { return m_pending; }
    CameraSource* source() const { return m_source; }
    const Detection& lastDetection() const { return m_detection; }

signals:
    void pageCaptured(const QString& name); // a page was encoded and added to capturedPages()

public slots:
    void accept() override; // waits for pending encodes (without blocking)
    void reject() override; // drops the pages taken (after asking when there are any)

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onDeviceChosen(int index);
    void onOpened(const QString& device, const QSize& frameSize);
    void onPreview(const QImage& image, const Detection& detection, const QSize& frameSize,
                   qint64 timestampMs);
    void onDetected(const Detection& detection, const QSize& previewSize, qint64 timestampMs);
    void onError(const QString& message);
    void onEncoded(const QString& name, const QByteArray& jpeg, const QImage& thumbnail,
                   const QString& error);
    void deleteLast();
    void deleteAll();
    void updateState();
    QString nextName();

    QString m_device;
    bool m_opened = false;       // openDevice() called at least once
    bool m_cameraFailed = false; // the current device reported an error
    bool m_streaming = false;    // frames are arriving
    bool m_steady = false;
    bool m_acceptWhenEncoded = false;
    int m_pending = 0;
    int m_previewFrames = 0;
    int m_sequence = 0;
    QList<CapturedPage> m_pages;
    Detection m_detection;
    CaptureStability m_stability;
    QThreadPool m_encoder; // one thread: pages are encoded in the order they were taken

    CameraSource* m_source = nullptr;
    QComboBox* m_devices = nullptr;
    CameraPreview* m_preview = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_error = nullptr;
    QCheckBox* m_auto = nullptr;
    QPushButton* m_captureButton = nullptr;
    QPushButton* m_deleteLast = nullptr;
    QListWidget* m_list = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace mtb
