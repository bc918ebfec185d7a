#include "OutboxRepository.h"

#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mtb {

namespace {
using sql::fail;
using sql::text;
using sql::timeFrom;
using sql::timeText;
using sql::uuidKey;

const char* const kColumns =
    "application_uuid, revision, appl_no, state, attempts, next_attempt_at, last_error_code,"
    " last_error_message, last_request_id, field_errors, payload, created_at, updated_at";
constexpr const char* kOutbox = "outbox";
constexpr const char* kAttempts = "send_attempts";
} // namespace

QString OutboxRepository::rowKey(const QUuid& applicationUuid, int revision)
{
    return uuidKey(applicationUuid) + u':' + QString::number(revision);
}

OutboxItem OutboxRepository::readItem(const QSqlQuery& q) const
{
    OutboxItem i;
    i.applicationUuid = QUuid::fromString(q.value(0).toString());
    i.revision = q.value(1).toInt();
    const QString key = rowKey(i.applicationUuid, i.revision);
    i.applicationNumber = q.value(2).toString();
    i.state = OutboxItem::stateFromKey(q.value(3).toString());
    i.attempts = q.value(4).toInt();
    i.nextAttemptAt = timeFrom(q.value(5));
    i.lastErrorCode = q.value(6).toString();
    i.lastErrorMessage = m_cipher.openText(kOutbox, "last_error_message", key, q.value(7));
    i.lastRequestId = q.value(8).toString();
    i.fieldErrors = m_cipher.open(kOutbox, "field_errors", key, q.value(9)).value_or(QByteArray());
    // An unreadable payload comes back empty: the sender then reports it to staff, it never guesses.
    i.payload = m_cipher.open(kOutbox, "payload", key, q.value(10)).value_or(QByteArray());
    i.createdAt = timeFrom(q.value(11));
    i.updatedAt = timeFrom(q.value(12));
    return i;
}

bool OutboxRepository::bindItem(QSqlQuery& q, const OutboxItem& i, QString* error) const
{
    const QString key = rowKey(i.applicationUuid, i.revision);
    const QByteArray message =
        m_cipher.sealText(kOutbox, "last_error_message", key, i.lastErrorMessage, error);
    const QByteArray fields = m_cipher.seal(kOutbox, "field_errors", key, i.fieldErrors, error);
    const QByteArray payload = m_cipher.seal(kOutbox, "payload", key, i.payload, error);
    if (message.isEmpty() || fields.isEmpty() || payload.isEmpty())
        return false;
    q.bindValue(QStringLiteral(":uuid"), uuidKey(i.applicationUuid));
    q.bindValue(QStringLiteral(":revision"), i.revision);
    q.bindValue(QStringLiteral(":applno"), text(i.applicationNumber));
    q.bindValue(QStringLiteral(":state"), OutboxItem::stateKey(i.state));
    q.bindValue(QStringLiteral(":attempts"), i.attempts);
    q.bindValue(QStringLiteral(":next"), timeText(i.nextAttemptAt));
    q.bindValue(QStringLiteral(":code"), text(i.lastErrorCode));
    q.bindValue(QStringLiteral(":message"), message);
    q.bindValue(QStringLiteral(":request"), text(i.lastRequestId));
    q.bindValue(QStringLiteral(":fields"), fields);
    q.bindValue(QStringLiteral(":payload"), payload);
    q.bindValue(QStringLiteral(":mac"), payloadDigest(i.payload));
    q.bindValue(QStringLiteral(":created"), timeText(i.createdAt));
    q.bindValue(QStringLiteral(":updated"), timeText(i.updatedAt));
    return true;
}

QString OutboxRepository::uploadKey(const QString& sha256) const
{
    return QString::fromLatin1(m_cipher.digest("upload", sha256.toLatin1()).toHex());
}

QString OutboxRepository::payloadDigest(const QByteArray& payload) const
{
    return QString::fromLatin1(m_cipher.digest("outbox-payload", payload).toHex());
}

QString OutboxItem::stateKey(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Sent:
        return QStringLiteral("sent");
    case State::NeedsStaff:
        return QStringLiteral("needs_staff");
    case State::NeedsLogin:
        return QStringLiteral("needs_login");
    }
    return QStringLiteral("queued");
}

OutboxItem::State OutboxItem::stateFromKey(const QString& key)
{
    for (State s : {State::Queued, State::Sending, State::Sent, State::NeedsStaff, State::NeedsLogin}) {
        if (stateKey(s) == key)
            return s;
    }
    return State::Queued;
}

bool OutboxRepository::enqueue(const OutboxItem& item, QString* error)
{
    // INSERT ... ON CONFLICT DO UPDATE only while the existing row is still merely queued.
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO outbox (%1, payload_mac) VALUES (:uuid, :revision, :applno, :state,"
                       " :attempts, :next, :code, :message, :request, :fields, :payload, :created, :updated,"
                       " :mac)"
                       " ON CONFLICT(application_uuid, revision) DO UPDATE SET payload = excluded.payload,"
                       " payload_mac = excluded.payload_mac,"
                       " state = excluded.state, next_attempt_at = excluded.next_attempt_at,"
                       " updated_at = excluded.updated_at WHERE outbox.state = 'queued'")
            .arg(QLatin1String(kColumns)));
    if (!bindItem(q, item, error))
        return false;
    if (!q.exec())
        return fail(error, q.lastError());
    if (q.numRowsAffected() == 0) {
        if (error)
            *error = QStringLiteral("revision %1 has already started sending; edits need a new revision")
                         .arg(item.revision);
        return false;
    }
    return true;
}

bool OutboxRepository::withdrawQueued(const QUuid& applicationUuid, int revision, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE application_uuid = :uuid AND revision = :revision"
                             " AND state = 'queued' AND attempts = 0"));
    q.bindValue(QStringLiteral(":uuid"), uuidKey(applicationUuid));
    q.bindValue(QStringLiteral(":revision"), revision);
    if (!q.exec())
        return fail(error, q.lastError());
    if (q.numRowsAffected() == 0) {
        if (error)
            *error = QStringLiteral("not queued, or sending has already been tried");
        return false;
    }
    return true;
}

std::optional<OutboxItem> OutboxRepository::item(const QUuid& applicationUuid, int revision)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE application_uuid = :uuid AND revision = :revision")
                  .arg(QLatin1String(kColumns)));
    q.bindValue(QStringLiteral(":uuid"), uuidKey(applicationUuid));
    q.bindValue(QStringLiteral(":revision"), revision);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readItem(q);
}

QList<OutboxItem> OutboxRepository::all()
{
    QList<OutboxItem> out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT %1 FROM outbox ORDER BY created_at").arg(QLatin1String(kColumns)))) {
        while (q.next())
            out << readItem(q);
    }
    return out;
}

QList<OutboxItem> OutboxRepository::due(const QDateTime& now)
{
    QList<OutboxItem> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
                  "SELECT %1 FROM outbox WHERE state IN ('queued', 'sending') AND next_attempt_at <= :now"
                  " ORDER BY created_at")
                  .arg(QLatin1String(kColumns)));
    q.bindValue(QStringLiteral(":now"), timeText(now));
    if (q.exec()) {
        while (q.next())
            out << readItem(q);
    }
    return out;
}

bool OutboxRepository::update(const OutboxItem& item, QString* error)
{
    QSqlQuery q(m_db);
    // Only the row still holding this payload: ciphertexts differ on every write, so the comparison is
    // on a keyed digest of the plaintext.
    q.prepare(
        QStringLiteral("UPDATE outbox SET appl_no = :applno, state = :state, attempts = :attempts,"
                       " next_attempt_at = :next, last_error_code = :code, last_error_message = :message,"
                       " last_request_id = :request, field_errors = :fields, updated_at = :updated"
                       " WHERE application_uuid = :uuid AND revision = :revision AND payload_mac = :mac"));
    if (!bindItem(q, item, error))
        return false;
    return q.exec() ? true : fail(error, q.lastError());
}

bool OutboxRepository::recordAttempt(const SendAttempt& a, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO send_attempts (application_uuid, revision, at, step, outcome, http_status,"
        " error_code, request_id, detail) VALUES (:uuid, :revision, :at, :step, :outcome, :http,"
        " :code, :request, :detail)"));
    const QByteArray detail =
        m_cipher.sealText(kAttempts, "detail", rowKey(a.applicationUuid, a.revision), a.detail, error);
    if (detail.isEmpty())
        return false;
    q.bindValue(QStringLiteral(":uuid"), uuidKey(a.applicationUuid));
    q.bindValue(QStringLiteral(":revision"), a.revision);
    q.bindValue(QStringLiteral(":at"), timeText(a.at));
    q.bindValue(QStringLiteral(":step"), text(a.step));
    q.bindValue(QStringLiteral(":outcome"), text(a.outcome));
    q.bindValue(QStringLiteral(":http"), a.httpStatus);
    q.bindValue(QStringLiteral(":code"), text(a.errorCode));
    q.bindValue(QStringLiteral(":request"), text(a.requestId));
    q.bindValue(QStringLiteral(":detail"), detail);
    return q.exec() ? true : fail(error, q.lastError());
}

QList<SendAttempt> OutboxRepository::attempts(const QUuid& applicationUuid)
{
    QList<SendAttempt> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT revision, at, step, outcome, http_status, error_code, request_id, detail"
                             " FROM send_attempts WHERE application_uuid = :uuid ORDER BY id"));
    q.bindValue(QStringLiteral(":uuid"), uuidKey(applicationUuid));
    if (!q.exec())
        return out;
    while (q.next()) {
        SendAttempt a;
        a.applicationUuid = applicationUuid;
        a.revision = q.value(0).toInt();
        a.at = timeFrom(q.value(1));
        a.step = q.value(2).toString();
        a.outcome = q.value(3).toString();
        a.httpStatus = q.value(4).toInt();
        a.errorCode = q.value(5).toString();
        a.requestId = q.value(6).toString();
        a.detail = m_cipher.openText(kAttempts, "detail", rowKey(applicationUuid, a.revision), q.value(7));
        out << a;
    }
    return out;
}

std::optional<OutboxRepository::UploadProgress> OutboxRepository::upload(const QString& sha256)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT upload_id, confirmed_offset, size, complete FROM uploads WHERE sha256 = :sha"));
    q.bindValue(QStringLiteral(":sha"), uploadKey(sha256));
    if (!m_cipher.hasKeys() || !q.exec() || !q.next())
        return std::nullopt;
    return UploadProgress{sha256, q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                          q.value(3).toBool()};
}

bool OutboxRepository::saveUpload(const UploadProgress& p, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO uploads (sha256, upload_id, confirmed_offset, size, complete,"
                       " updated_at) VALUES (:sha, :id, :offset, :size, :complete, :now)"));
    if (!m_cipher.hasKeys())
        return fail(error, QSqlError(QStringLiteral("no keys"), {}));
    q.bindValue(QStringLiteral(":sha"), uploadKey(p.sha256));
    q.bindValue(QStringLiteral(":id"), text(p.uploadId));
    q.bindValue(QStringLiteral(":offset"), p.confirmedOffset);
    q.bindValue(QStringLiteral(":size"), p.size);
    q.bindValue(QStringLiteral(":complete"), p.complete ? 1 : 0);
    q.bindValue(QStringLiteral(":now"), timeText(QDateTime::currentDateTimeUtc()));
    return q.exec() ? true : fail(error, q.lastError());
}

bool OutboxRepository::forgetUpload(const QString& sha256, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM uploads WHERE sha256 = :sha"));
    if (!m_cipher.hasKeys())
        return fail(error, QSqlError(QStringLiteral("no keys"), {}));
    q.bindValue(QStringLiteral(":sha"), uploadKey(sha256));
    return q.exec() ? true : fail(error, q.lastError());
}

bool OutboxRepository::settle(const OutboxItem& item, const SendAttempt& attempt,
                              const QList<UploadProgress>& uploads, QString* error)
{
    if (!m_db.transaction())
        return fail(error, m_db.lastError());
    bool ok = true;
    for (const UploadProgress& p : uploads)
        ok = ok && saveUpload(p, error);
    ok = ok && recordAttempt(attempt, error) && update(item, error);
    if (!ok) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        fail(error, m_db.lastError());
        m_db.rollback();
        return false;
    }
    return true;
}

QString OutboxRepository::meta(const QString& key)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM app_meta WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool OutboxRepository::setMeta(const QString& key, const QString& value, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO app_meta (key, value) VALUES (:key, :value)"));
    q.bindValue(QStringLiteral(":key"), key);
    q.bindValue(QStringLiteral(":value"), text(value));
    return q.exec() ? true : fail(error, q.lastError());
}

} // namespace mtb
