#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace mtb {

// One application revision waiting to reach the central service, or already there.
struct OutboxItem
{
    enum class State {
        Queued,     // waiting for its turn (or for its backoff to pass)
        Sending,    // written before a request starts: a crash here means "maybe sent" -> resend, same key
        Sent,       // the service confirmed it (201 or an idempotent replay)
        NeedsStaff, // the service refused it for a reason a person must fix (field errors, duplicate ...)
        NeedsLogin, // the account must sign in again
    };
    QUuid applicationUuid;
    int revision = 1;
    QString applicationNumber; // 申请编号, once the service has given it
    State state = State::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastErrorCode;
    QString lastErrorMessage;
    QString lastRequestId;
    QByteArray fieldErrors; // JSON array from a 422, shown on the form fields
    QByteArray payload;     // the frozen submission body: the same bytes on every retry
    QDateTime createdAt;
    QDateTime updatedAt;

    static QString stateKey(State state);
    static State stateFromKey(const QString& key);
};

// One try at one step, kept so staff (and support) can see what happened and when.
struct SendAttempt
{
    QUuid applicationUuid;
    int revision = 1;
    QDateTime at;
    QString step;    // "upload <sha256 prefix>", "submit", "resubmit"
    QString outcome; // "ok", "retry", "needs_staff", "needs_login"
    int httpStatus = 0;
    QString errorCode;
    QString requestId;
    QString detail;
};

} // namespace mtb

Q_DECLARE_METATYPE(mtb::OutboxItem)
Q_DECLARE_METATYPE(mtb::SendAttempt)
