#include "Autosaver.h"

#include "AsyncDraftStore.h"

namespace mtb {

Autosaver::Autosaver(AsyncDraftStore* store, QObject* parent) : QObject(parent), m_store(store)
{
    // Well under the one second the counter was promised, long enough to coalesce a burst of edits.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    m_retry.setSingleShot(true);
    m_retry.setInterval(3000);
    connect(&m_debounce, &QTimer::timeout, this, &Autosaver::flush);
    connect(&m_retry, &QTimer::timeout, this, &Autosaver::flush);
    connect(store, &AsyncDraftStore::saved, this, [this](const DraftSummary& s) { onSaved(s.uuid); });
    connect(store, &AsyncDraftStore::saveFailed, this, &Autosaver::onFailed);
}

void Autosaver::changed(const Application& application)
{
    m_pending = application;
    setStatus(Status::Pending);
    m_debounce.start();
}

void Autosaver::flush()
{
    m_debounce.stop();
    if (!m_pending) {
        // After a failure nothing new may have been typed: send the failed state again.
        if (m_status != Status::Failed || !m_inFlight)
            return;
        m_pending = m_inFlight;
    }
    m_inFlight = m_pending;
    m_pending.reset();
    setStatus(Status::Saving);
    m_store->save(*m_inFlight);
}

void Autosaver::onSaved(const QUuid& uuid)
{
    if (!m_inFlight || m_inFlight->uuid != uuid)
        return;
    m_retry.stop();
    if (m_pending) {
        setStatus(Status::Pending);
        return;
    }
    m_inFlight.reset();
    setStatus(Status::Saved);
}

void Autosaver::onFailed(const QUuid& uuid, const QString& message)
{
    if (!m_inFlight || m_inFlight->uuid != uuid)
        return;
    setStatus(Status::Failed, message);
    m_retry.start();
}

void Autosaver::setStatus(Status status, const QString& message)
{
    m_status = status;
    emit statusChanged(status, message);
}

} // namespace mtb
