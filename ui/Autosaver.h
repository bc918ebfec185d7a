#pragma once

#include "Application.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUuid>

namespace mtb {

class AsyncDraftStore;

// Saves every application being edited shortly after each committed edit, without a click. Edits in
// quick succession are coalesced. Every application keeps its latest unconfirmed state here until the
// store confirms that very state, so a failed save (a full disk ...) is retried — also after the clerk
// has moved on to another application — and nothing typed is dropped meanwhile.
class Autosaver : public QObject
{
    Q_OBJECT
public:
    enum class Status { Idle, Pending, Saving, Saved, Failed };

    Autosaver(AsyncDraftStore* store, QObject* parent = nullptr);

    void setDelayMs(int ms) { m_debounce.setInterval(ms); }
    void changed(const Application& application); // schedule a save of this state
    void flush();                                 // send what is pending now (Ctrl+S, switching, closing)
    Status status() const { return m_status; }
    bool hasUnsaved() const { return !m_unsaved.isEmpty(); }

signals:
    void statusChanged(mtb::Autosaver::Status status, const QString& message);

private:
    struct Entry
    {
        Application latest;
        int generation = 0;     // bumped on every change
        int sentGeneration = 0; // generation of the last state sent to the store
        int inFlight = 0;       // saves sent and not yet answered
        bool lastFailed = false;
    };
    void onAnswer(const QUuid& uuid, bool ok, const QString& message);
    void updateStatus(const QString& failure = {});

    AsyncDraftStore* m_store;
    QTimer m_debounce;
    QTimer m_retry;
    QHash<QUuid, Entry> m_unsaved;
    Status m_status = Status::Idle;
    QString m_lastFailure; // shown for as long as anything is failing
};

} // namespace mtb
