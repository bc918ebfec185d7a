#pragma once

#include "ApiClient.h"
#include "Application.h"
#include "BackoffPolicy.h"
#include "OutboxItem.h"
#include "OutboxRepository.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <atomic>
#include <functional>

namespace mtb {

class BlobStore;
class DraftRepository;

// Drains the outbox: pages first (each once, resumed from the last confirmed chunk), then the
// application under its idempotency key. Exactly once follows from three rules: the body of a
// revision is frozen when it is queued; the item is marked Sending *before* any request, so after a
// crash it goes out again; and the service answers a repeated key with the original result.
// Upload progress is kept in memory and written with the attempt's end: a disk sync per chunk made
// the drain twice as slow as curl, and nothing is lost by a crash in between, because the service
// answers POST /uploads for an image it has partly with that upload and its offset.
class OutboxWorker : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        int sent = 0;
        int retryLater = 0;
        int needsStaff = 0;
        int needsLogin = 0;
        bool stoppedByTransportError = false;
    };

    OutboxWorker(ApiClient* api, OutboxRepository* outbox, DraftRepository* drafts, BlobStore* blobs,
                 BackoffPolicy backoff, QObject* parent = nullptr);

    // Called when the access token expired; returns true when a fresh token was obtained.
    void setTokenRefresher(std::function<bool()> refresher) { m_refresh = std::move(refresher); }
    void requestStop() { m_stop = true; }

    // One pass over the items that are due. A transport failure (network down, server unreachable)
    // ends the pass: there is no point trying the next items right now.
    Result drainOnce(const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Everything, including items whose backoff has not passed yet ("send now").
    Result sendAllNow();

signals:
    void itemChanged(const mtb::OutboxItem& item);
    void progress(const QUuid& applicationUuid, int uploadedPages, int totalPages);

private:
    enum class Step { Done, Retry, Staff, Login, Transport };
    struct StepResult
    {
        Step step = Step::Done;
        ApiReply reply;
        QString detail;
    };
    static Step stepFor(const ApiReply& reply);
    void process(OutboxItem& item, Result& result);
    StepResult uploadPage(const QString& sha256, const QString& format);
    StepResult submit(OutboxItem& item);
    ApiReply withAuth(const std::function<ApiReply()>& call);
    void finish(OutboxItem& item, const StepResult& r, const QString& step);
    void markApplication(const OutboxItem& item, LocalState state, const QString& remoteStatus);
    SendAttempt attempt(const OutboxItem& item, const QString& step, const QString& outcome,
                        const ApiReply& reply, const QString& detail = {}) const;
    std::optional<OutboxRepository::UploadProgress> knownUpload(const QString& sha256);
    void noteUpload(const OutboxRepository::UploadProgress& progress);
    void saveUploadNow(const OutboxRepository::UploadProgress& progress);

    ApiClient* m_api;
    OutboxRepository* m_outbox;
    DraftRepository* m_drafts;
    BlobStore* m_blobs;
    BackoffPolicy m_backoff;
    QRandomGenerator m_rng;
    std::function<bool()> m_refresh;
    std::atomic<bool> m_stop{false};
    QHash<QString, OutboxRepository::UploadProgress> m_unsavedUploads; // by sha256, until settle()
};

} // namespace mtb
