#pragma once

#include "PageRecord.h"

#include <QDialog>
#include <QImage>
#include <QPointF>

#include <memory>

class QComboBox;
class QGraphicsPixmapItem;
class QGraphicsPolygonItem;
class QGraphicsScene;
class QGraphicsView;
class QLabel;

namespace mtb {

class BlobStore;
class CornerHandle;

// Corrects one page: drag the four corners on the original capture (a magnifier shows the corner
// being dragged), rotate by quarter turns, pick colour / gray / black-and-white. The rectified preview
// follows every change; images are decoded and processed off the GUI thread.
class PageEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // The original is read (decrypted) from the blob store off the GUI thread, and decoded in memory.
    PageEditorDialog(const PageRecord& page, std::shared_ptr<const BlobStore> blobs, QWidget* parent = nullptr);
    ~PageEditorDialog() override;

    PageRecord corrected() const;
    QImage previewImage() const { return m_preview; }
    bool isLoaded() const { return !m_display.isNull(); }
    QList<QPointF> cornersInOriginal() const;
    CornerHandle* handle(int index) const { return m_handles.value(index); }
    QGraphicsView* view() const { return m_view; }

    void handleMoved(int index, bool dragging); // called by the handles

signals:
    void correctionAccepted(const mtb::PageRecord& page);
    void previewUpdated();
    void loaded();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void onLoaded(const QImage& display, double scale, const QString& error);
    void placeHandles(const QList<QPointF>& originalCorners);
    void updatePolygon();
    void updateMagnifier(int index);
    void requestPreview();
    void resetCorners();

    PageRecord m_page;
    std::shared_ptr<const BlobStore> m_blobs;
    QImage m_display;     // the original, scaled for display
    double m_scale = 1.0; // display pixels per original pixel
    QImage m_preview;
    int m_previewGeneration = 0;
    int m_rotation = 0;
    QGraphicsScene* m_scene;
    QGraphicsView* m_view;
    QGraphicsPixmapItem* m_pixmap = nullptr;
    QGraphicsPolygonItem* m_outline = nullptr;
    QList<CornerHandle*> m_handles;
    QLabel* m_magnifier;
    QLabel* m_previewLabel;
    QLabel* m_status;
    QComboBox* m_mode;
};

} // namespace mtb
