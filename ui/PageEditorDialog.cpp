#include "PageEditorDialog.h"

#include "BlobStore.h"
#include "CornerHandle.h"
#include "OpenSslThreadState.h"
#include "PagePipeline.h"
#include "PageProcessor.h"
#include "PageSource.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGraphicsPixmapItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>
#include <QVBoxLayout>
#include <opencv2/imgproc.hpp>

namespace mtb {

namespace {
constexpr int kDisplayLongSide = 1600; // enough to place corners precisely; cheap to process for previews

QImage toQImage(const cv::Mat& m)
{
    if (m.empty())
        return {};
    if (m.channels() == 1)
        return QImage(m.data, m.cols, m.rows, int(m.step), QImage::Format_Grayscale8).copy();
    cv::Mat rgb;
    cv::cvtColor(m, rgb, cv::COLOR_BGR2RGB);
    return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
}

cv::Mat toMat(const QImage& image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    cv::Mat view(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar*>(rgb.constBits()), size_t(rgb.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(view, bgr, cv::COLOR_RGB2BGR);
    return bgr;
}
} // namespace

PageEditorDialog::PageEditorDialog(const PageRecord& page, std::shared_ptr<const BlobStore> blobs, QWidget* parent)
    : QDialog(parent), m_page(page), m_blobs(std::move(blobs)), m_rotation(page.rotation),
      m_scene(new QGraphicsScene(this)), m_view(new QGraphicsView(m_scene, this)), m_magnifier(new QLabel(m_view)),
      m_previewLabel(new QLabel(this)), m_status(new QLabel(this)), m_mode(new QComboBox(this))
{
    setObjectName(QStringLiteral("pageEditor"));
    setWindowTitle(tr("Correct page: %1").arg(page.sourceName));
    m_view->setObjectName(QStringLiteral("cornerView"));
    m_view->setRenderHint(QPainter::SmoothPixmapTransform);
    m_view->setBackgroundBrush(QColor(0x30, 0x30, 0x30));
    m_magnifier->setObjectName(QStringLiteral("magnifier"));
    m_magnifier->setFixedSize(160, 160);
    m_magnifier->setStyleSheet(QStringLiteral("border: 2px solid #1a73e8; background: white;"));
    m_magnifier->hide();
    m_previewLabel->setObjectName(QStringLiteral("pagePreview"));
    m_previewLabel->setMinimumSize(300, 420);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setStyleSheet(QStringLiteral("background: #f4f4f4;"));
    m_status->setObjectName(QStringLiteral("editorStatus"));
    m_status->setWordWrap(true); // long hints must not widen the dialog past a small screen at 200 %
    m_status->setText(tr("Loading the original…"));
    m_mode->setObjectName(QStringLiteral("colorMode"));
    m_mode->addItem(tr("Colour (keeps red seals)"), QStringLiteral("color"));
    m_mode->addItem(tr("Grayscale"), QStringLiteral("gray"));
    m_mode->addItem(tr("Black and white (smallest)"), QStringLiteral("bw"));
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(page.mode)));
    connect(m_mode, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { requestPreview(); });

    auto* rotateLeft = new QPushButton(tr("Rotate left"), this);
    rotateLeft->setObjectName(QStringLiteral("rotateLeft"));
    auto* rotateRight = new QPushButton(tr("Rotate right"), this);
    rotateRight->setObjectName(QStringLiteral("rotateRight"));
    auto* reset = new QPushButton(tr("Back to detected corners"), this);
    connect(rotateLeft, &QPushButton::clicked, this, [this] {
        m_rotation = (m_rotation + 3) % 4;
        requestPreview();
    });
    connect(rotateRight, &QPushButton::clicked, this, [this] {
        m_rotation = (m_rotation + 1) % 4;
        requestPreview();
    });
    connect(reset, &QPushButton::clicked, this, &PageEditorDialog::resetCorners);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        emit correctionAccepted(corrected());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* tools = new QHBoxLayout;
    tools->addWidget(rotateLeft);
    tools->addWidget(rotateRight);
    tools->addWidget(reset);
    tools->addWidget(m_mode);
    tools->addStretch(1);
    auto* panes = new QHBoxLayout;
    panes->addWidget(m_view, 3);
    panes->addWidget(m_previewLabel, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(panes, 1);
    layout->addLayout(tools);
    layout->addWidget(buttons);
    resize(1100, 760);

    // Decode the original off the GUI thread: a 12 MP photo takes a tenth of a second or more.
    QPointer<PageEditorDialog> self(this);
    const int index = page.originalPage;
    QThreadPool::globalInstance()->start([self, blobs = m_blobs, sha = page.originalSha256, name = page.sourceName,
                                          index] {
        QString error;
        QImage display;
        double scale = 1.0;
        const QByteArray original = blobs ? blobs->get(sha, &error) : QByteArray();
        releaseOpenSslThreadState(); // a pool thread: see OpenSslThreadState.h
        const std::unique_ptr<PageSource> source =
            original.isEmpty() ? nullptr : PageSource::fromBytes(original, name);
        if (!source || index >= source->pageCount()) {
            if (source)
                error = source->openError();
        } else {
            const SourcePage sp = source->page(index);
            error = sp.error;
            if (error.isEmpty()) {
                const int longSide = std::max(sp.bgr.cols, sp.bgr.rows);
                scale = longSide > kDisplayLongSide ? double(kDisplayLongSide) / longSide : 1.0;
                cv::Mat small;
                cv::resize(sp.bgr, small, cv::Size(), scale, scale, cv::INTER_AREA);
                display = toQImage(small);
            }
        }
        QMetaObject::invokeMethod(qApp, [self, display, scale, error] {
            if (self)
                self->onLoaded(display, scale, error);
        });
    });
}

PageEditorDialog::~PageEditorDialog() = default;

void PageEditorDialog::onLoaded(const QImage& display, double scale, const QString& error)
{
    if (display.isNull()) {
        m_status->setText(error.isEmpty() ? tr("The original capture could not be read.") : error);
        return;
    }
    m_display = display;
    m_scale = scale;
    m_pixmap = m_scene->addPixmap(QPixmap::fromImage(display));
    m_outline = m_scene->addPolygon(QPolygonF(), QPen(QColor(0x1a, 0x73, 0xe8), 2));
    m_outline->setZValue(5);
    for (int i = 0; i < 4; ++i) {
        auto* h = new CornerHandle(i, this);
        m_scene->addItem(h);
        m_handles << h;
    }
    // Let the view show the whole capture plus room for corners that lie outside it.
    const QRectF r = m_pixmap->boundingRect();
    m_scene->setSceneRect(r.adjusted(-r.width() * 0.1, -r.height() * 0.1, r.width() * 0.1, r.height() * 0.1));
    placeHandles(m_page.corners.isEmpty() ? m_page.detectedCorners : m_page.corners);
    m_view->fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    m_status->setText(m_page.outlineToCheck
                          ? tr("The page's outline was hard to find here (other papers nearby?). Check that the "
                               "blue corners sit on this page's corners; drag them if not.")
                          : tr("Drag the blue corners onto the page's corners. The preview on the right follows."));
    emit loaded();
    requestPreview();
}

void PageEditorDialog::placeHandles(const QList<QPointF>& originalCorners)
{
    QList<QPointF> corners = originalCorners;
    if (corners.size() != 4) {
        const QSizeF s(m_display.width() / m_scale, m_display.height() / m_scale);
        corners = {QPointF(0, 0), QPointF(s.width(), 0), QPointF(s.width(), s.height()), QPointF(0, s.height())};
    }
    for (int i = 0; i < 4; ++i) {
        const QSignalBlocker blocker(this);
        m_handles.at(i)->setFlag(QGraphicsItem::ItemSendsGeometryChanges, false);
        m_handles.at(i)->setPos(corners.at(i) * m_scale);
        m_handles.at(i)->setFlag(QGraphicsItem::ItemSendsGeometryChanges, true);
    }
    updatePolygon();
}

QList<QPointF> PageEditorDialog::cornersInOriginal() const
{
    QList<QPointF> out;
    for (const CornerHandle* h : m_handles)
        out << h->pos() / m_scale;
    return out;
}

void PageEditorDialog::handleMoved(int index, bool dragging)
{
    updatePolygon();
    if (dragging) {
        updateMagnifier(index);
        return;
    }
    m_magnifier->hide();
    requestPreview();
}

void PageEditorDialog::updatePolygon()
{
    QPolygonF poly;
    for (const CornerHandle* h : m_handles)
        poly << h->pos();
    if (m_outline)
        m_outline->setPolygon(poly);
}

void PageEditorDialog::updateMagnifier(int index)
{
    // A 3x view of the area under the corner being dragged, where the finger or mouse hides it.
    const QPointF c = m_handles.at(index)->pos();
    const int half = 27;
    QImage crop(half * 2, half * 2, QImage::Format_RGB32);
    crop.fill(Qt::white);
    {
        QPainter p(&crop);
        p.drawImage(QPointF(-c.x() + half, -c.y() + half), m_display);
        p.setPen(QPen(QColor(0x1a, 0x73, 0xe8), 1));
        p.drawLine(half, 0, half, half * 2);
        p.drawLine(0, half, half * 2, half);
    }
    m_magnifier->setPixmap(QPixmap::fromImage(crop.scaled(m_magnifier->size(), Qt::KeepAspectRatio, Qt::FastTransformation)));
    // Keep it away from the corner being dragged.
    const QPoint at = m_view->mapFromScene(c);
    m_magnifier->move(at.x() < m_view->viewport()->width() / 2 ? m_view->viewport()->width() - 170 : 10, 10);
    m_magnifier->show();
}

void PageEditorDialog::requestPreview()
{
    if (m_display.isNull())
        return;
    const int generation = ++m_previewGeneration;
    PipelineOptions options;
    options.mode = m_mode->currentData().toString() == u"gray" ? ColorMode::Gray
                   : m_mode->currentData().toString() == u"bw" ? ColorMode::BlackWhite
                                                               : ColorMode::Color;
    options.rotationQuarterTurns = m_rotation;
    options.dpi = 72; // a preview only; the stored page is produced at full resolution afterwards
    Quad q;
    for (int i = 0; i < 4; ++i)
        q.pts[size_t(i)] = cv::Point2f(float(m_handles.at(i)->pos().x()), float(m_handles.at(i)->pos().y()));
    options.manualCorners = q;
    QPointer<PageEditorDialog> self(this);
    const QImage display = m_display;
    QThreadPool::globalInstance()->start([self, display, options, generation] {
        const ProcessedPage page = PagePipeline().process(toMat(display), options);
        const QImage preview = toQImage(page.output);
        QMetaObject::invokeMethod(qApp, [self, preview, generation] {
            if (!self || generation != self->m_previewGeneration)
                return; // a newer preview is on its way
            self->m_preview = preview;
            self->m_previewLabel->setPixmap(QPixmap::fromImage(preview).scaled(
                self->m_previewLabel->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
            emit self->previewUpdated();
        });
    });
}

void PageEditorDialog::resetCorners()
{
    placeHandles(m_page.detectedCorners);
    requestPreview();
}

PageRecord PageEditorDialog::corrected() const
{
    PageRecord p = m_page;
    if (!m_display.isNull()) {
        p.corners = cornersInOriginal();
        p.outlineToCheck = false; // staff have seen the corners on the capture and accepted them
    }
    p.rotation = m_rotation;
    p.mode = m_mode->currentData().toString();
    return p;
}

void PageEditorDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    if (m_pixmap)
        m_view->fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
}

} // namespace mtb
