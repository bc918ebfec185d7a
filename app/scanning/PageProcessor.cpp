#include "PageProcessor.h"

#include "ImageHeap.h"
#include "OpenSslThreadState.h"
#include "PageProcessorWorker.h"
#include "PageSource.h"
#include "PdfWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace mtb {

namespace {
// How long the page worker stays idle before its kept page buffers are released (PageProcessor.h).
constexpr int kReleaseMemoryAfterIdleMs = 30'000;

ColorMode modeFrom(const QString& key)
{
    if (key == u"gray")
        return ColorMode::Gray;
    if (key == u"bw")
        return ColorMode::BlackWhite;
    return ColorMode::Color;
}

QString modeKey(ColorMode mode)
{
    switch (mode) {
    case ColorMode::Gray:
        return QStringLiteral("gray");
    case ColorMode::BlackWhite:
        return QStringLiteral("bw");
    case ColorMode::Color:
        break;
    }
    return QStringLiteral("color");
}

QList<QPointF> pointsOf(const Quad& q)
{
    QList<QPointF> out;
    for (const cv::Point2f& p : q.pts)
        out << QPointF(p.x, p.y);
    return out;
}

std::optional<Quad> quadOf(const QList<QPointF>& points)
{
    if (points.size() != 4)
        return std::nullopt;
    Quad q;
    for (int i = 0; i < 4; ++i)
        q.pts[size_t(i)] = cv::Point2f(float(points.at(i).x()), float(points.at(i).y()));
    return q;
}

QString pageName(const QString& file, int page, int count)
{
    return count > 1 ? QCoreApplication::translate("PageProcessor", "%1, page %2").arg(file).arg(page + 1)
                     : file;
}
} // namespace

PipelineOptions PageProcessor::optionsFor(const PageRecord& page)
{
    PipelineOptions o;
    o.mode = modeFrom(page.mode);
    o.rotationQuarterTurns = page.rotation;
    o.manualCorners = quadOf(page.corners);
    return o;
}

PageProcessor::PageProcessor(const QString& dataDir, std::shared_ptr<const KeyRing> keys, QObject* parent)
    : QObject(parent), m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    qRegisterMetaType<PageRecord>();
    qRegisterMetaType<QList<PageRecord>>();
    m_thread.setObjectName(QStringLiteral("mtb-pages"));
    m_worker = new PageProcessorWorker(dataDir, std::move(keys), m_cancel);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PageProcessorWorker::progress, this, &PageProcessor::progress);
    connect(m_worker, &PageProcessorWorker::pageReady, this, &PageProcessor::pageReady);
    connect(m_worker, &PageProcessorWorker::fileFailed, this, &PageProcessor::fileFailed);
    connect(m_worker, &PageProcessorWorker::batchFinished, this, &PageProcessor::batchFinished);
    connect(m_worker, &PageProcessorWorker::reprocessFailed, this, &PageProcessor::reprocessFailed);
    connect(m_worker, &PageProcessorWorker::exportFinished, this, &PageProcessor::exportFinished);
    connect(m_worker, &PageProcessorWorker::jobDone, this, [this] {
        --m_pendingJobs;
        if (!isBusy())
            m_releaseMemory.start(); // restarted by every job that ends: counts from the last one
        emit idleChanged(!isBusy());
    });
    m_releaseMemory.setSingleShot(true);
    m_releaseMemory.setInterval(kReleaseMemoryAfterIdleMs);
    connect(&m_releaseMemory, &QTimer::timeout, this, [this] {
        if (!isBusy()) // on the worker thread: malloc_trim walks the heap
            QMetaObject::invokeMethod(m_worker, [] { ImageHeap::releaseUnused(); }, Qt::QueuedConnection);
    });
    releaseOpenSslStateOnFinish(m_thread);
    m_thread.start(QThread::LowPriority);
}

PageProcessor::~PageProcessor()
{
    m_cancel->store(true);
    m_thread.quit();
    m_thread.wait();
}

void PageProcessor::importFiles(const ImportRequest& request)
{
    ++m_pendingJobs;
    emit idleChanged(false);
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, c = m_cancel, request] {
            c->store(false);
            w->importFiles(request);
            emit w->jobDone();
        },
        Qt::QueuedConnection);
}

void PageProcessor::reprocess(const PageRecord& page)
{
    ++m_pendingJobs;
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, page] {
            w->reprocess(page);
            emit w->jobDone();
        },
        Qt::QueuedConnection);
}

void PageProcessor::exportPdf(const QList<PageRecord>& pages, const QString& outputPath)
{
    ++m_pendingJobs;
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, pages, outputPath] {
            w->exportPdf(pages, outputPath);
            emit w->jobDone();
        },
        Qt::QueuedConnection);
}

void PageProcessor::cancel()
{
    m_cancel->store(true);
}

PageProcessorWorker::PageProcessorWorker(const QString& dataDir, std::shared_ptr<const KeyRing> keys,
                                         std::shared_ptr<std::atomic<bool>> cancel)
    : m_blobs(dataDir, std::move(keys)), m_cancel(std::move(cancel))
{
}

bool PageProcessorWorker::produce(const cv::Mat& bgr, bool digitalPage, PageRecord& record, QString* error)
{
    PipelineOptions options = PageProcessor::optionsFor(record);
    options.skipDetection = digitalPage && !options.manualCorners;
    const ProcessedPage result = m_pipeline.process(bgr, options);
    if (result.encoded.isEmpty()) {
        *error = QCoreApplication::translate("PageProcessor", "the page could not be processed");
        return false;
    }
    const QString sha = m_blobs.put(result.encoded, error);
    if (sha.isEmpty())
        return false;
    if (record.detectedCorners.isEmpty()) {
        record.detectedCorners = pointsOf(result.detection.corners);
        // Only the first detection decides: a page processed again (rotated, new mode) keeps what
        // staff did about it.
        record.outlineToCheck = result.detection.outlineUncertain();
    }
    if (record.corners.isEmpty())
        record.corners = record.detectedCorners;
    const QStringList previousIssues = record.issues;
    record.issues.clear();
    for (QualityIssue issue : result.quality.issues)
        record.issues << qualityIssueKey(issue);
    if (record.issues != previousIssues) {
        // An override was given for particular problems; different problems need a new decision.
        record.overrideReason.clear();
        record.overrideBy.clear();
        record.overrideAt = QDateTime();
    }
    record.processedSha256 = sha;
    record.processedFormat = result.encodedFormat;
    record.bytes = result.encoded.size();
    const bool quarter = record.rotation % 2 != 0;
    const double w = result.rectified.paper.widthMm, h = result.rectified.paper.heightMm;
    const bool landscape = result.output.cols > result.output.rows;
    record.widthMm = landscape ? std::max(w, h) : std::min(w, h);
    record.heightMm = landscape ? std::min(w, h) : std::max(w, h);
    Q_UNUSED(quarter);
    if (record.widthMm <= 0 || record.heightMm <= 0) {
        // Unknown paper: derive from the output pixels at the pipeline's dpi.
        record.widthMm = result.output.cols * 25.4 / options.dpi;
        record.heightMm = result.output.rows * 25.4 / options.dpi;
    }
    return true;
}

void PageProcessorWorker::importFiles(const ImportRequest& request)
{
    int added = 0;
    int failed = 0;
    int position = request.firstPosition;
    const int total = int(request.files.size() + request.captures.size());
    for (int f = 0; f < total; ++f) {
        if (m_cancel->load())
            break;
        const bool fromFile = f < request.files.size();
        QString name;
        QString error;
        QByteArray bytes;
        QString originalSha;
        if (fromFile) {
            const QString path = request.files.at(f);
            name = QFileInfo(path).fileName();
            emit progress(f, total, name, 0, 0);
            // Read once: the same bytes are stored (encrypted) and decoded, never copied to disk.
            QFile file(path);
            bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            originalSha = file.error() == QFile::NoError ? m_blobs.put(bytes, &error)
                                                         : (error = file.errorString(), QString());
        } else {
            // A camera capture: already in memory, stored encrypted and decoded from the same bytes.
            const CapturedPage& capture = request.captures.at(f - request.files.size());
            name = capture.name;
            emit progress(f, total, name, 0, 0);
            bytes = capture.jpeg;
            originalSha = m_blobs.put(bytes, &error);
        }
        if (originalSha.isEmpty()) {
            emit fileFailed(
                name, QCoreApplication::translate("PageProcessor", "%1 cannot be read: %2").arg(name, error));
            ++failed;
            continue;
        }
        // A PDF renders in a helper process; cancelling stops it mid-page (PdfProcessPageSource.h).
        const std::unique_ptr<PageSource> source =
            PageSource::fromBytes(bytes, name, 200, [cancel = m_cancel] { return cancel->load(); });
        if (m_cancel->load())
            break;
        if (!source || source->pageCount() == 0) {
            emit fileFailed(name, source ? source->openError() : QString());
            ++failed;
            continue;
        }
        const int count = source->pageCount();
        for (int i = 0; i < count && !m_cancel->load(); ++i) {
            emit progress(f, total, name, i, count);
            SourcePage sp = source->page(i);
            if (m_cancel->load())
                break;
            if (!sp.error.isEmpty() || sp.bgr.empty()) {
                emit fileFailed(pageName(name, i, count), sp.error);
                continue;
            }
            PageRecord record;
            record.id = QUuid::createUuid();
            record.applicationUuid = request.applicationUuid;
            record.material = request.material;
            record.position = position;
            if (request.replacing) {
                record.id = request.replacing->id;
                record.material = request.replacing->material;
                record.position = request.replacing->position;
            }
            record.sourceName = pageName(name, i, count);
            record.originalSha256 = originalSha;
            record.originalPage = i;
            record.mode = modeKey(request.mode);
            if (!produce(sp.bgr, sp.digitalPage, record, &error)) {
                emit fileFailed(record.sourceName, error);
                continue;
            }
            ++position;
            ++added;
            emit pageReady(record, !request.replacing);
            if (request.replacing)
                break; // a retake replaces one page with one page
        }
    }
    emit batchFinished(m_cancel->load(), added, failed);
}

void PageProcessorWorker::reprocess(const PageRecord& page)
{
    QString error;
    const QByteArray original = m_blobs.get(page.originalSha256, &error);
    if (original.isEmpty()) {
        emit reprocessFailed(page.id, error);
        return;
    }
    const std::unique_ptr<PageSource> source = PageSource::fromBytes(original, page.sourceName);
    if (!source || page.originalPage >= source->pageCount()) {
        emit reprocessFailed(page.id, source ? source->openError() : QString());
        return;
    }
    SourcePage sp = source->page(page.originalPage);
    if (!sp.error.isEmpty()) {
        emit reprocessFailed(page.id, sp.error);
        return;
    }
    PageRecord record = page;
    if (!produce(sp.bgr, sp.digitalPage, record, &error)) {
        emit reprocessFailed(page.id, error);
        return;
    }
    emit pageReady(record, false);
}

void PageProcessorWorker::exportPdf(const QList<PageRecord>& pages, const QString& outputPath)
{
    QSaveFile out(outputPath);
    if (!out.open(QIODevice::WriteOnly)) {
        emit exportFinished(outputPath, out.errorString());
        return;
    }
    PdfWriter writer(&out);
    QString error;
    for (const PageRecord& p : pages) {
        const QByteArray bytes = m_blobs.get(p.processedSha256, &error);
        if (bytes.isEmpty() || !writer.addPage({bytes, p.processedFormat, p.widthMm, p.heightMm}, &error)) {
            out.cancelWriting();
            emit exportFinished(outputPath, error);
            return;
        }
    }
    if (!writer.finish(&error) || !out.commit()) {
        emit exportFinished(outputPath, error.isEmpty() ? out.errorString() : error);
        return;
    }
    emit exportFinished(outputPath, QString());
}

} // namespace mtb
