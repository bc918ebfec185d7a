#include "OutboxWorker.h"

#include "BlobStore.h"
#include "DraftRepository.h"
#include "OutboxRepository.h"
#include "ServerReplies.h"
#include "WireApplication.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mtb {

namespace {
constexpr qint64 kDefaultChunk = 256 * 1024;

QString shortHash(const QString& sha)
{
    return sha.left(12);
}
} // namespace

OutboxWorker::OutboxWorker(ApiClient* api, OutboxRepository* outbox, DraftRepository* drafts,
                           BlobStore* blobs, BackoffPolicy backoff, QObject* parent)
    : QObject(parent), m_api(api), m_outbox(outbox), m_drafts(drafts), m_blobs(blobs), m_backoff(backoff),
      m_rng(QRandomGenerator::securelySeeded())
{
}

OutboxWorker::Result OutboxWorker::drainOnce(const QDateTime& now)
{
    Result result;
    m_stop = false;
    for (OutboxItem item : m_outbox->due(now)) {
        if (m_stop)
            break;
        process(item, result);
        if (result.stoppedByTransportError || result.needsLogin > 0)
            break; // the network is down or the account must sign in: the next items would fail alike
    }
    return result;
}

OutboxWorker::Result OutboxWorker::sendAllNow()
{
    // Far in the future: every queued item is due, whatever its backoff said.
    return drainOnce(QDateTime::currentDateTimeUtc().addYears(100));
}

ApiReply OutboxWorker::withAuth(const std::function<ApiReply()>& call)
{
    ApiReply reply = call();
    const bool expired = reply.errorCode() == wire::ErrorCode::TokenExpired ||
                         reply.errorCode() == wire::ErrorCode::TokenInvalid;
    if (expired && m_refresh && m_refresh())
        reply = call();
    return reply;
}

void OutboxWorker::process(OutboxItem& item, Result& result)
{
    // Pessimistic: written before any request, so a crash from here on means "maybe sent".
    item.state = OutboxItem::State::Sending;
    ++item.attempts;
    item.updatedAt = QDateTime::currentDateTimeUtc();
    m_outbox->update(item, nullptr);
    emit itemChanged(item);

    QString error;
    const auto wire = wire::WireApplication::fromJson(QJsonDocument::fromJson(item.payload).object(), &error);
    if (!wire) {
        StepResult bad{Step::Staff, {}, QStringLiteral("frozen payload unreadable: %1").arg(error)};
        finish(item, bad, QStringLiteral("prepare"));
        ++result.needsStaff;
        return;
    }
    const QStringList hashes = wire->pageHashes();
    int done = 0;
    for (const QString& sha : hashes) {
        if (m_stop) {
            // Left in Sending, as after a crash; what was learnt about the uploads is kept.
            for (const OutboxRepository::UploadProgress& p : std::as_const(m_unsavedUploads))
                m_outbox->saveUpload(p, nullptr);
            m_unsavedUploads.clear();
            return;
        }
        QString format = QStringLiteral("jpeg");
        for (const wire::WirePage& p : wire->pages) {
            if (p.sha256 == sha)
                format = p.format;
        }
        const StepResult r = uploadPage(sha, format);
        if (r.step != Step::Done) {
            finish(item, r, QStringLiteral("upload ") + shortHash(sha));
            result.retryLater += (r.step == Step::Retry || r.step == Step::Transport) ? 1 : 0;
            result.needsStaff += r.step == Step::Staff ? 1 : 0;
            result.needsLogin += r.step == Step::Login ? 1 : 0;
            result.stoppedByTransportError = r.step == Step::Transport;
            return;
        }
        emit progress(item.applicationUuid, ++done, int(hashes.size()));
    }
    const StepResult r = submit(item);
    finish(item, r, item.revision > 1 ? QStringLiteral("resubmit") : QStringLiteral("submit"));
    result.sent += r.step == Step::Done ? 1 : 0;
    result.retryLater += (r.step == Step::Retry || r.step == Step::Transport) ? 1 : 0;
    result.needsStaff += r.step == Step::Staff ? 1 : 0;
    result.needsLogin += r.step == Step::Login ? 1 : 0;
    result.stoppedByTransportError = r.step == Step::Transport;
}

OutboxWorker::Step OutboxWorker::stepFor(const ApiReply& reply)
{
    if (reply.tlsFailure)
        return Step::Staff; // never retried blindly: a person must look at the certificate
    if (reply.httpStatus == 0)
        return Step::Transport;
    switch (reply.classification()) {
    case wire::Classification::RetryLater:
    case wire::Classification::RetryNow:
        return Step::Retry;
    case wire::Classification::Reauthenticate:
        return Step::Login;
    case wire::Classification::NeedsStaff:
        break;
    }
    return Step::Staff;
}

OutboxWorker::StepResult OutboxWorker::uploadPage(const QString& sha256, const QString& format)
{
    auto failed = [](const ApiReply& reply) { return StepResult{stepFor(reply), reply, {}}; };
    std::optional<OutboxRepository::UploadProgress> progress = knownUpload(sha256);
    if (progress && progress->complete)
        return {};
    QString error;
    const QByteArray bytes = m_blobs->get(sha256, &error);
    if (bytes.isEmpty())
        return {Step::Staff,
                {},
                QStringLiteral("page image %1 missing or damaged: %2").arg(shortHash(sha256), error)};

    OutboxRepository::UploadProgress p =
        progress.value_or(OutboxRepository::UploadProgress{sha256, {}, 0, bytes.size(), false});
    qint64 chunk = kDefaultChunk;
    if (!p.uploadId.isEmpty()) {
        // Resume: the service says how far it got (it may be ahead of what we confirmed).
        const ApiReply status = withAuth([&] { return m_api->uploadStatus(p.uploadId); });
        if (status.ok()) {
            const UploadAnswer answer = UploadAnswer::read(status.json, p.size);
            if (answer.complete) {
                p.complete = true;
                noteUpload(p);
                return {};
            }
            p.confirmedOffset = answer.offset.value_or(0);
        } else if (status.httpStatus == 404) {
            p.uploadId.clear(); // the service forgot it: start a new one
        } else {
            return failed(status);
        }
    }
    if (p.uploadId.isEmpty()) {
        const ApiReply created = withAuth([&] { return m_api->createUpload(sha256, bytes.size(), format); });
        if (!created.ok())
            return failed(created);
        const UploadAnswer answer = UploadAnswer::read(created.json, bytes.size());
        if (answer.complete) {
            p.complete = true; // the service already has this image
            noteUpload(p);
            return {};
        }
        if (answer.uploadId.isEmpty())
            return {Step::Retry, created, QStringLiteral("the service answered without a usable upload id")};
        p.uploadId = answer.uploadId;
        p.confirmedOffset = answer.offset.value_or(0);
        if (answer.chunkBytes > 0)
            chunk = answer.chunkBytes; // a missing, zero or absurd chunk size keeps the default
        noteUpload(p); // not written yet: after a crash, POST /uploads answers with this upload's offset
    }
    int checksumResets = 0;
    // A service that never moves the offset forward (or keeps sending it back) must not keep this
    // thread busy for ever: every chunk may take a few tries, then the item waits for its backoff.
    const qint64 maxRounds = 4 * (p.size / chunk + 1) + 16;
    for (qint64 round = 0; p.confirmedOffset < p.size; ++round) {
        if (m_stop)
            return {Step::Retry, {}, QStringLiteral("stopped")};
        if (round >= maxRounds)
            return {Step::Retry, {}, QStringLiteral("the service does not confirm the upload's progress")};
        const ApiReply r = withAuth([&] {
            return m_api->putChunk(p.uploadId, p.confirmedOffset, bytes.mid(p.confirmedOffset, chunk));
        });
        if (r.ok()) {
            const UploadAnswer answer = UploadAnswer::read(r.json, p.size);
            p.confirmedOffset = answer.offset.value_or(p.confirmedOffset);
            p.complete = answer.complete;
            noteUpload(p); // after a crash, the resume asks the service for the offset
            if (p.complete)
                return {};
            continue;
        }
        if (r.errorCode() == wire::ErrorCode::OffsetMismatch && r.error) {
            p.confirmedOffset = UploadAnswer::read(r.error->details, p.size).offset.value_or(0);
            noteUpload(p);
            continue;
        }
        if (r.errorCode() == wire::ErrorCode::ChecksumMismatch && checksumResets++ == 0) {
            p.uploadId.clear();
            p.confirmedOffset = 0;
            saveUploadNow(p);
            return {Step::Retry, r, QStringLiteral("checksum mismatch; the upload starts again")};
        }
        return failed(r);
    }
    // Everything was sent but the service has not said "complete" (a lost reply): ask it.
    const ApiReply status = withAuth([&] { return m_api->uploadStatus(p.uploadId); });
    if (status.ok() && UploadAnswer::read(status.json, p.size).complete) {
        p.complete = true;
        noteUpload(p);
        return {};
    }
    return status.ok() ? StepResult{Step::Retry, status, QStringLiteral("upload not confirmed")}
                       : failed(status);
}

OutboxWorker::StepResult OutboxWorker::submit(OutboxItem& item)
{
    const bool resubmission = item.revision > 1 && !item.applicationNumber.isEmpty();
    const QString key = resubmission ? QStringLiteral("%1:%2")
                                           .arg(item.applicationUuid.toString(QUuid::WithoutBraces))
                                           .arg(item.revision)
                                     : item.applicationUuid.toString(QUuid::WithoutBraces);
    const ApiReply reply = withAuth([&] {
        return resubmission ? m_api->resubmit(item.applicationNumber, item.payload, key)
                            : m_api->submit(item.payload, key);
    });
    // Only a created (201) or replayed (200 carrying an application number) answer counts: a bare 200
    // may come from a captive portal (the ODK Collect lesson).
    const QString applNo = reply.json.value(QStringLiteral("appl_no")).toString();
    if ((reply.httpStatus == 201 || reply.httpStatus == 200) && !applNo.isEmpty()) {
        item.applicationNumber = applNo;
        return {Step::Done, reply, reply.idempotentReplay ? QStringLiteral("replayed") : QString()};
    }
    if (reply.errorCode() == wire::ErrorCode::MissingAttachments && reply.error) {
        // The service lost or never finished some pages: forget what we believed and upload them again.
        for (const QJsonValue& sha : reply.error->details.value(QStringLiteral("sha256")).toArray()) {
            if (auto p = knownUpload(sha.toString())) {
                p->complete = false;
                p->uploadId.clear();
                p->confirmedOffset = 0;
                noteUpload(*p);
            }
        }
        return {Step::Retry, reply,
                QStringLiteral("pages missing on the service; they will be uploaded again")};
    }
    return {reply.ok() ? Step::Retry : stepFor(reply), reply, {}};
}

void OutboxWorker::finish(OutboxItem& item, const StepResult& r, const QString& step)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    item.updatedAt = now;
    item.lastRequestId = r.reply.requestId;
    item.lastErrorCode = r.reply.error ? r.reply.error->codeString : QString();
    item.lastErrorMessage = r.reply.tlsFailure                                ? r.reply.networkErrorText
                            : r.reply.error                                   ? r.reply.error->message
                            : r.reply.httpStatus == 0 && r.step != Step::Done ? r.reply.networkErrorText
                                                                              : r.detail;
    QString outcome;
    switch (r.step) {
    case Step::Done:
        item.state = OutboxItem::State::Sent;
        item.lastErrorCode.clear();
        item.lastErrorMessage.clear();
        item.fieldErrors.clear();
        markApplication(item, LocalState::Sent, QStringLiteral("accepted"));
        outcome = QStringLiteral("ok");
        break;
    case Step::Retry:
    case Step::Transport: {
        item.state = OutboxItem::State::Queued;
        const bool immediate = r.reply.classification() == wire::Classification::RetryNow;
        item.nextAttemptAt =
            immediate ? now : now.addMSecs(m_backoff.delay(item.attempts, r.reply.retryAfter, m_rng).count());
        markApplication(item, LocalState::SendFailed, QString());
        outcome = QStringLiteral("retry");
        break;
    }
    case Step::Staff:
        item.state = OutboxItem::State::NeedsStaff;
        if (r.reply.error)
            item.fieldErrors = QJsonDocument(r.reply.error->details.value(QStringLiteral("fields")).toArray())
                                   .toJson(QJsonDocument::Compact);
        markApplication(item, LocalState::RejectedByServer, QString());
        outcome = QStringLiteral("needs_staff");
        break;
    case Step::Login:
        item.state = OutboxItem::State::NeedsLogin;
        item.nextAttemptAt = now;
        outcome = QStringLiteral("needs_login");
        break;
    }
    m_outbox->settle(item, attempt(item, step, outcome, r.reply, r.detail), m_unsavedUploads.values(),
                     nullptr);
    m_unsavedUploads.clear();
    emit itemChanged(item);
}

void OutboxWorker::markApplication(const OutboxItem& item, LocalState state, const QString& remoteStatus)
{
    std::optional<Application> app = m_drafts->load(item.applicationUuid);
    if (!app)
        return;
    if (app->state == state && app->applicationNumber == item.applicationNumber &&
        (remoteStatus.isEmpty() || app->remoteStatus == remoteStatus))
        return;
    app->state = state;
    if (!item.applicationNumber.isEmpty())
        app->applicationNumber = item.applicationNumber;
    if (!remoteStatus.isEmpty())
        app->remoteStatus = remoteStatus;
    m_drafts->save(*app, QDateTime::currentDateTimeUtc(), nullptr);
}

SendAttempt OutboxWorker::attempt(const OutboxItem& item, const QString& step, const QString& outcome,
                                  const ApiReply& reply, const QString& detail) const
{
    SendAttempt a;
    a.applicationUuid = item.applicationUuid;
    a.revision = item.revision;
    a.at = QDateTime::currentDateTimeUtc();
    a.step = step;
    a.outcome = outcome;
    a.httpStatus = reply.httpStatus;
    a.errorCode = reply.error ? reply.error->codeString : QString();
    a.requestId = reply.requestId;
    a.detail = detail.isEmpty() && reply.httpStatus == 0 ? reply.networkErrorText : detail;
    return a;
}

std::optional<OutboxRepository::UploadProgress> OutboxWorker::knownUpload(const QString& sha256)
{
    const auto unsaved = m_unsavedUploads.constFind(sha256);
    if (unsaved != m_unsavedUploads.constEnd())
        return *unsaved;
    return m_outbox->upload(sha256);
}

void OutboxWorker::noteUpload(const OutboxRepository::UploadProgress& progress)
{
    m_unsavedUploads.insert(progress.sha256, progress);
}

void OutboxWorker::saveUploadNow(const OutboxRepository::UploadProgress& progress)
{
    m_unsavedUploads.remove(progress.sha256);
    m_outbox->saveUpload(progress, nullptr);
}

} // namespace mtb
