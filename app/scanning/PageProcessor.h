#pragma once

#include "CapturedPage.h"
#include "PagePipeline.h"
#include "PageRecord.h"

#include <QObject>
#include <QStringList>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <atomic>
#include <memory>
#include <optional>

namespace mtb {

class KeyRing;
class PageProcessorWorker;

struct ImportRequest
{
    QUuid applicationUuid;
    QString material;
    QStringList files;
    // Pages taken with the document camera, in memory only: imported after the files, exactly like
    // them (their name stands for the file name), and never written to disk as plaintext.
    QList<CapturedPage> captures;
    int firstPosition = 0;
    ColorMode mode = ColorMode::Color;
    // Retake: the first page of the file replaces this page (same id, slot and position).
    std::optional<PageRecord> replacing;
};

// Turns files (and in-memory camera captures) into stored pages off the GUI thread, one job at a time: keeps
// each original (by SHA-256) until the application is synced, runs every page through the pipeline, stores
// the result, and reports pages, progress and per-file errors. A bad file never stops the rest of a batch.
// Originals and results go into the encrypted BlobStore; files are read into memory once and decoded
// from there, so no plaintext copy is written (docs/encryption.md).
class PageProcessor : public QObject
{
    Q_OBJECT
public:
    PageProcessor(const QString& dataDir, std::shared_ptr<const KeyRing> keys, QObject* parent = nullptr);
    ~PageProcessor() override; // cancels what runs and waits for the thread

    void importFiles(const ImportRequest& request);
    // Staff corrected a page (corners, rotation, mode): produce it again from its original.
    void reprocess(const PageRecord& page);
    void exportPdf(const QList<PageRecord>& pages, const QString& outputPath);
    void cancel(); // stops the running batch after the current page
    bool isBusy() const { return m_pendingJobs.load() > 0; }

    static PipelineOptions optionsFor(const PageRecord& page);

signals:
    void progress(int fileIndex, int fileCount, const QString& fileName, int page, int pageCount);
    void pageReady(const mtb::PageRecord& page, bool imported);
    void fileFailed(const QString& fileName, const QString& message);
    void batchFinished(bool cancelled, int pagesAdded, int filesFailed);
    void reprocessFailed(const QUuid& pageId, const QString& message);
    void exportFinished(const QString& outputPath, const QString& error);
    void idleChanged(bool idle);

private:
    QThread m_thread;
    PageProcessorWorker* m_worker;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::atomic<int> m_pendingJobs{0};
    // Idle this long, the page buffers the last jobs kept go back to the OS (ImageHeap.h). Not at once:
    // staff correcting pages one by one reprocess a page per drag or turn, and each would find its
    // memory handed back and map it afresh.
    QTimer m_releaseMemory;
};

} // namespace mtb
