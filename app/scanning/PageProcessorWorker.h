#pragma once

#include "BlobStore.h"
#include "PageProcessor.h"

#include <QObject>

namespace mtb {

// Runs on the processor thread; see PageProcessor.
class PageProcessorWorker : public QObject
{
    Q_OBJECT
public:
    PageProcessorWorker(const QString& dataDir, std::shared_ptr<const KeyRing> keys,
                        std::shared_ptr<std::atomic<bool>> cancel);

    void importFiles(const ImportRequest& request);
    void reprocess(const PageRecord& page);
    void exportPdf(const QList<PageRecord>& pages, const QString& outputPath);

signals:
    void progress(int fileIndex, int fileCount, const QString& fileName, int page, int pageCount);
    void pageReady(const mtb::PageRecord& page, bool imported);
    void fileFailed(const QString& fileName, const QString& message);
    void batchFinished(bool cancelled, int pagesAdded, int filesFailed);
    void reprocessFailed(const QUuid& pageId, const QString& message);
    void exportFinished(const QString& outputPath, const QString& error);
    void jobDone();

private:
    // Runs the pipeline on one source page and stores the result into `record`.
    bool produce(const cv::Mat& bgr, bool digitalPage, PageRecord& record, QString* error);

    BlobStore m_blobs;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    PagePipeline m_pipeline;
};

} // namespace mtb
