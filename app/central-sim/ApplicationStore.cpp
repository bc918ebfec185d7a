#include "ApplicationStore.h"

#include "Http.h"
#include "ServerCatalog.h"

#include <QDateTime>
#include <QDebug>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace mtb::sim {

namespace {
const char* const kRecordColumns =
    "SELECT a.appl_no, a.client_uuid, a.revision, a.status, a.optins, a.fixmedins,"
    " a.submitted_by, a.return_message, a.updated_at, a.updated_ms, a.number"
    " FROM applications a ";

QSqlQuery prepared(QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    return q;
}

// Rolls back unless committed: every early return of a multi-statement change is safe.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase& db) : m_db(db) { m_open = m_db.transaction(); }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool ok() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase& m_db;
    bool m_open = false;
};
} // namespace

ApplicationStore::Scope ApplicationStore::scopeFor(const Staff& staff)
{
    if (staff.role == u"supervisor")
        return {QStringLiteral("1 = 1"), {}};
    if (staff.role == u"hospital")
        return {QStringLiteral("(a.fixmedins = ? OR a.submitted_by = ?)"),
                {staff.fixmedinsCode, staff.opterId}};
    return {QStringLiteral("a.optins = ?"), {staff.optins}};
}

bool ApplicationStore::canSee(const Staff& staff, const Record& r)
{
    if (staff.role == u"supervisor")
        return true;
    if (staff.role == u"hospital")
        return r.fixmedins == staff.fixmedinsCode || r.submittedBy == staff.opterId;
    return r.optins == staff.optins;
}

std::optional<ApplicationStore::IdempotencyRecord> ApplicationStore::idempotency(const QString& key) const
{
    QSqlQuery q = prepared(
        m_db, QStringLiteral("SELECT body_sha, status, response FROM idempotency WHERE key = ?"), {key});
    if (!q.exec() || !q.next())
        return std::nullopt;
    return IdempotencyRecord{q.value(0).toString(), q.value(1).toInt(),
                             QJsonDocument::fromJson(q.value(2).toByteArray()).object()};
}

QString ApplicationStore::activeApplicationFor(const QString& personKey, const QString& diseaseCode) const
{
    QSqlQuery q = prepared(m_db,
                           QStringLiteral("SELECT a.appl_no FROM applications a JOIN application_diseases d"
                                          " ON d.appl_no = a.appl_no WHERE a.person_key = ? AND d.code = ?"
                                          " AND a.status NOT IN ('rejected', 'withdrawn')"
                                          " AND d.decision != 'rejected' ORDER BY a.created_at LIMIT 1"),
                           {personKey, diseaseCode});
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString ApplicationStore::nextApplicationNumber()
{
    // The date is China's (UTC+8), as the counter staff read it.
    const QString day =
        QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date().toString(QStringLiteral("yyyyMMdd"));
    QSqlQuery up = prepared(m_db,
                            QStringLiteral("INSERT INTO day_sequence(day, last) VALUES(?, 1)"
                                           " ON CONFLICT(day) DO UPDATE SET last = last + 1"),
                            {day});
    up.exec();
    QSqlQuery q = prepared(m_db, QStringLiteral("SELECT last FROM day_sequence WHERE day = ?"), {day});
    if (!q.exec() || !q.next())
        return {};
    return QStringLiteral("NC") + day + QString::number(q.value(0).toInt()).rightJustified(6, u'0');
}

bool ApplicationStore::addChange(const QString& applNo, const QString& status, const QString& at,
                                 const QString& by, const QString& opinion)
{
    return prepared(m_db,
                    QStringLiteral("INSERT INTO changes(appl_no, status, at, by, opinion) VALUES(?,?,?,?,?)"),
                    {applNo, status, at, by, opinion})
        .exec();
}

bool ApplicationStore::storeIdempotency(const QString& key, const QString& bodySha, int status,
                                        const QJsonObject& response)
{
    return prepared(
               m_db,
               QStringLiteral("INSERT INTO idempotency(key, body_sha, status, response, created_at)"
                              " VALUES(?,?,?,?,?)"),
               {key, bodySha, status, QJsonDocument(response).toJson(QJsonDocument::Compact), wireTimeNow()})
        .exec();
}

bool ApplicationStore::replaceDiseases(const QString& applNo, const QList<QPair<QString, QString>>& diseases)
{
    if (!prepared(m_db, QStringLiteral("DELETE FROM application_diseases WHERE appl_no = ?"), {applNo})
             .exec())
        return false;
    for (const auto& d : diseases) {
        if (!prepared(
                 m_db,
                 QStringLiteral("INSERT OR IGNORE INTO application_diseases(appl_no, code, name, decision)"
                                " VALUES(?,?,?,'pending')"),
                 {applNo, d.first, d.second})
                 .exec())
            return false;
    }
    return true;
}

std::optional<QJsonObject> ApplicationStore::create(const Submission& s)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return std::nullopt;
    const QString applNo = nextApplicationNumber();
    const QString now = wireTimeNow();
    QSqlQuery count(m_db);
    const int number = count.exec(QStringLiteral("SELECT COUNT(*) FROM applications")) && count.next()
                           ? count.value(0).toInt() + 1
                           : 1;
    const bool inserted =
        prepared(m_db,
                 QStringLiteral(
                     "INSERT INTO applications(appl_no, client_uuid, revision, status, person_key, optins,"
                     " fixmedins, submitted_by, body, created_at, updated_at, updated_ms, number)"
                     " VALUES(?,?,?,'accepted',?,?,?,?,?,?,?,?,?)"),
                 {applNo, s.clientUuid, s.revision, s.personKey, s.optins, s.fixmedins, s.submittedBy,
                  QString::fromUtf8(s.body), now, now, QDateTime::currentMSecsSinceEpoch(), number})
            .exec();
    const QJsonObject response{
        {"appl_no", applNo}, {"client_uuid", s.clientUuid}, {"status", "accepted"}, {"received_at", now}};
    if (!inserted || !replaceDiseases(applNo, s.diseases) ||
        !addChange(applNo, QStringLiteral("accepted"), now, QStringLiteral("system"), QString()) ||
        !storeIdempotency(s.idempotencyKey, s.bodySha, 201, response) || !tx.commit())
        return std::nullopt;
    return response;
}

std::optional<QJsonObject> ApplicationStore::resubmit(const QString& applNo, const Submission& s)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return std::nullopt;
    const QString now = wireTimeNow();
    const bool updated =
        prepared(m_db,
                 QStringLiteral("UPDATE applications SET revision = ?, status = 'resubmitted', body = ?,"
                                " updated_at = ?, updated_ms = ?, return_message = '' WHERE appl_no = ?"),
                 {s.revision, QString::fromUtf8(s.body), now, QDateTime::currentMSecsSinceEpoch(), applNo})
            .exec();
    const QJsonObject response{{"appl_no", applNo}, {"status", "resubmitted"}, {"revision", s.revision}};
    if (!updated || !replaceDiseases(applNo, s.diseases) ||
        !addChange(applNo, QStringLiteral("resubmitted"), now, s.submittedBy, QString()) ||
        !storeIdempotency(s.idempotencyKey, s.bodySha, 201, response) || !tx.commit())
        return std::nullopt;
    return response;
}

QList<ApplicationStore::Record> ApplicationStore::select(const QString& where,
                                                         const QVariantList& values) const
{
    QSqlQuery q = prepared(m_db, QString::fromLatin1(kRecordColumns) + where, values);
    QList<Record> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                    q.value(7).toString(), q.value(8).toString(), q.value(9).toLongLong(),
                    q.value(10).toInt()});
    }
    return out;
}

std::optional<ApplicationStore::Record> ApplicationStore::find(const QString& applNo) const
{
    const QList<Record> r = select(QStringLiteral("WHERE a.appl_no = ?"), {applNo});
    return r.isEmpty() ? std::nullopt : std::optional<Record>(r.first());
}

std::optional<ApplicationStore::Record> ApplicationStore::findByClientUuid(const QString& clientUuid) const
{
    const QList<Record> r = select(QStringLiteral("WHERE a.client_uuid = ?"), {clientUuid});
    return r.isEmpty() ? std::nullopt : std::optional<Record>(r.first());
}

QList<ApplicationStore::Record> ApplicationStore::all() const
{
    return select(QStringLiteral("ORDER BY a.number"), {});
}

QList<ApplicationStore::Record> ApplicationStore::waiting(const QStringList& statuses,
                                                          qint64 updatedBeforeMs) const
{
    QStringList marks;
    QVariantList values;
    for (const QString& s : statuses) {
        marks << QStringLiteral("?");
        values << s;
    }
    values << updatedBeforeMs;
    return select(QStringLiteral("WHERE a.status IN (") + marks.join(u',') +
                      QStringLiteral(") AND a.updated_ms <= ? ORDER BY a.number"),
                  values);
}

QStringList ApplicationStore::diseaseCodes(const QString& applNo) const
{
    QSqlQuery q =
        prepared(m_db, QStringLiteral("SELECT code FROM application_diseases WHERE appl_no = ?"), {applNo});
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

int ApplicationStore::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM applications")) && q.next() ? q.value(0).toInt() : -1;
}

QJsonObject ApplicationStore::statusDocument(const Record& r, const ServerCatalog& catalog) const
{
    QJsonArray diseases;
    QSqlQuery d = prepared(m_db,
                           QStringLiteral("SELECT code, decision FROM application_diseases WHERE appl_no = ?"
                                          " ORDER BY rowid"),
                           {r.applNo});
    if (d.exec()) {
        while (d.next())
            diseases.append(
                QJsonObject{{"opsp_dise_code", d.value(0).toString()}, {"decision", d.value(1).toString()}});
    }
    QJsonArray history;
    QSqlQuery h = prepared(
        m_db, QStringLiteral("SELECT status, at, by, opinion FROM changes WHERE appl_no = ? ORDER BY seq"),
        {r.applNo});
    if (h.exec()) {
        while (h.next())
            history.append(QJsonObject{{"status", h.value(0).toString()},
                                       {"at", h.value(1).toString()},
                                       {"by", h.value(2).toString()},
                                       {"opinion", h.value(3).toString()}});
    }
    return QJsonObject{{"appl_no", r.applNo},
                       {"client_uuid", r.clientUuid},
                       {"status", r.status},
                       {"status_name", catalog.statusName(r.status)},
                       {"updated_at", r.updatedAt},
                       {"revision", r.revision},
                       {"diseases", diseases},
                       {"history", history},
                       {"return_message", r.returnMessage}};
}

QJsonArray ApplicationStore::changes(const Scope& scope, qint64 afterSeq, int limit) const
{
    QVariantList values = scope.values;
    values << afterSeq << limit;
    QSqlQuery q =
        prepared(m_db,
                 QStringLiteral("SELECT c.seq, c.appl_no, a.client_uuid, c.status, c.at, c.opinion"
                                " FROM changes c JOIN applications a ON a.appl_no = c.appl_no WHERE ") +
                     scope.where + QStringLiteral(" AND c.seq > ? ORDER BY c.seq LIMIT ?"),
                 values);
    QJsonArray out;
    if (q.exec()) {
        while (q.next())
            out.append(QJsonObject{{"seq", q.value(0).toLongLong()},
                                   {"appl_no", q.value(1).toString()},
                                   {"client_uuid", q.value(2).toString()},
                                   {"status", q.value(3).toString()},
                                   {"at", q.value(4).toString()},
                                   {"opinion", q.value(5).toString()}});
    }
    return out;
}

bool ApplicationStore::recordTransition(const QString& applNo, const QString& status, const QString& by,
                                        const QString& opinion, const QHash<QString, QString>& decisions,
                                        bool setAllDecisionsTo, const QString& allDecision)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return false;
    const QString now = wireTimeNow();
    // Only "returned" carries a message for the applicant; any later step clears it.
    // Bound as '' rather than NULL: the column is NOT NULL.
    const QString returnMessage = status == u"returned" ? opinion : QStringLiteral("");
    QSqlQuery update =
        prepared(m_db,
                 QStringLiteral("UPDATE applications SET status = ?, updated_at = ?, updated_ms = ?,"
                                " return_message = ? WHERE appl_no = ?"),
                 {status, now, QDateTime::currentMSecsSinceEpoch(), returnMessage, applNo});
    bool ok = update.exec();
    if (!ok)
        qWarning("recordTransition: %s", qPrintable(update.lastError().text()));
    if (ok && setAllDecisionsTo)
        ok = prepared(m_db, QStringLiteral("UPDATE application_diseases SET decision = ? WHERE appl_no = ?"),
                      {allDecision, applNo})
                 .exec();
    for (auto it = decisions.begin(); ok && it != decisions.end(); ++it)
        ok = prepared(m_db,
                      QStringLiteral(
                          "UPDATE application_diseases SET decision = ? WHERE appl_no = ? AND code = ?"),
                      {it.value(), applNo, it.key()})
                 .exec();
    return ok && addChange(applNo, status, now, by, opinion) && tx.commit();
}

} // namespace mtb::sim
