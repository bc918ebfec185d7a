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
    connect(store, &AsyncDraftStore::saved, this, [this](const DraftSummary& s) { onAnswer(s.uuid, true, {}); });
    connect(store, &AsyncDraftStore::saveFailed, this,
            [this](const QUuid& uuid, const QString& message) { onAnswer(uuid, false, message); });
}

void Autosaver::changed(const Application& application)
{
    Entry& e = m_unsaved[application.uuid];
    e.latest = application;
    ++e.generation;
    updateStatus();
    m_debounce.start();
}

void Autosaver::flush()
{
    m_debounce.stop();
    for (auto it = m_unsaved.begin(); it != m_unsaved.end(); ++it) {
        Entry& e = it.value();
        // Send a state unless exactly that state is already on its way.
        if (e.sentGeneration == e.generation && e.inFlight > 0)
            continue;
        if (e.sentGeneration == e.generation && !e.lastFailed && e.inFlight == 0)
            continue;
        e.sentGeneration = e.generation;
        ++e.inFlight;
        m_store->save(e.latest);
    }
    updateStatus();
}

void Autosaver::onAnswer(const QUuid& uuid, bool ok, const QString& message)
{
    auto it = m_unsaved.find(uuid);
    if (it == m_unsaved.end())
        return; // trash/restore answers, or saves made by someone else
    Entry& e = it.value();
    e.inFlight = std::max(0, e.inFlight - 1);
    // The storage thread answers in order, so the last answer belongs to the last state sent.
    if (e.inFlight == 0) {
        e.lastFailed = !ok;
        if (ok && e.sentGeneration == e.generation)
            m_unsaved.erase(it);
    }
    if (!ok)
        m_retry.start();
    updateStatus(ok ? QString() : message);
}

void Autosaver::updateStatus(const QString& failure)
{
    Status status = Status::Saved;
    bool sending = false;
    bool failed = !failure.isEmpty();
    for (const Entry& e : std::as_const(m_unsaved)) {
        sending = sending || e.inFlight > 0;
        failed = failed || (e.lastFailed && e.inFlight == 0);
        status = Status::Pending;
    }
    if (failed)
        status = Status::Failed;
    else if (sending)
        status = Status::Saving;
    if (!failure.isEmpty())
        m_lastFailure = failure;
    if (status == m_status && failure.isEmpty())
        return;
    m_status = status;
    emit statusChanged(status, status == Status::Failed ? m_lastFailure : QString());
}

} // namespace mtb
