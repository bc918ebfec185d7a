#pragma once

#include "Application.h"

#include <QObject>
#include <QTimer>
#include <optional>

namespace mtb {

class AsyncDraftStore;

// Saves the application being edited shortly after every committed edit, without a click. Edits that
// come in quick succession are coalesced; a failed save (full disk ...) is retried until it succeeds,
// and the data stays in the form meanwhile.
class Autosaver : public QObject
{
    Q_OBJECT
public:
    enum class Status { Idle, Pending, Saving, Saved, Failed };

    Autosaver(AsyncDraftStore* store, QObject* parent = nullptr);

    void setDelayMs(int ms) { m_debounce.setInterval(ms); }
    void changed(const Application& application); // schedule a save of this state
    void flush();                                 // save what is pending now (Ctrl+S, switching, closing)
    Status status() const { return m_status; }
    bool hasUnsaved() const { return m_pending.has_value() || m_status == Status::Saving || m_status == Status::Failed; }

signals:
    void statusChanged(mtb::Autosaver::Status status, const QString& message);

private:
    void onSaved(const QUuid& uuid);
    void onFailed(const QUuid& uuid, const QString& message);
    void setStatus(Status status, const QString& message = {});

    AsyncDraftStore* m_store;
    QTimer m_debounce;
    QTimer m_retry;
    std::optional<Application> m_pending;
    std::optional<Application> m_inFlight;
    Status m_status = Status::Idle;
};

} // namespace mtb
