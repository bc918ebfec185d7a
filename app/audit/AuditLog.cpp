#include "AuditLog.h"

#include "AuditChain.h"
#include "KeyRing.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mtb {

namespace {
bool fail(QString* error, const QSqlError& e)
{
    if (error)
        *error = e.text();
    return false;
}

// Qt binds a null QString as SQL NULL; the columns hold text.
QString text(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

std::optional<AuditChain::Head> storedHead(QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM app_meta WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), AuditChain::kHeadKey);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return AuditChain::decodeHead(q.value(0).toString());
}
} // namespace

AuditLog::AuditLog(QSqlDatabase& db, std::shared_ptr<const KeyRing> keys) : m_db(db), m_keys(std::move(keys))
{
}

bool AuditLog::append(const AuditEvent& event, const QDateTime& now, QString* error)
{
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(error, begin.lastError());
    if (!appendInTransaction(event, now, error)) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    QSqlQuery commit(m_db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        fail(error, commit.lastError());
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

bool AuditLog::appendInTransaction(const AuditEvent& event, const QDateTime& now, QString* error)
{
    qint64 lastSeq = 0;
    QString lastHash = AuditChain::genesisHash();
    QSqlQuery last(m_db);
    if (!last.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return fail(error, last.lastError());
    if (last.next()) {
        lastSeq = last.value(0).toLongLong();
        lastHash = last.value(1).toString();
    }

    // Continue from the signed head when it verifies: if entries were cut off the end, the new entry
    // still points at the last signed one, so the gap stays visible.
    const std::optional<AuditChain::Head> head = storedHead(m_db);
    bool headVerifies = false;
    if (head && m_keys && !head->mac.isEmpty())
        headVerifies = AuditChain::headMac(*m_keys, head->seq, head->hash) == head->mac;
    const bool fresh = !head && lastSeq == 0;

    AuditEntry e;
    if (headVerifies) {
        e.seq = std::max(lastSeq, head->seq) + 1;
        e.prevHash = head->hash;
    } else {
        e.seq = lastSeq + 1;
        e.prevHash = lastHash;
    }
    e.at = now.toUTC().toString(Qt::ISODateWithMs);
    e.actor = text(event.actor.id);
    e.role = text(event.actor.role);
    e.site = text(event.actor.site);
    e.action = text(event.action);
    e.object = text(event.object);
    e.detail = text(event.detail);
    e.hash = AuditChain::hashOf(e);

    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO audit_log (seq, at, actor, role, site, action, object, detail,"
                       " prev_hash, hash) VALUES (:seq, :at, :actor, :role, :site, :action, :object,"
                       " :detail, :prev, :hash)"));
    insert.bindValue(QStringLiteral(":seq"), e.seq);
    insert.bindValue(QStringLiteral(":at"), e.at);
    insert.bindValue(QStringLiteral(":actor"), e.actor);
    insert.bindValue(QStringLiteral(":role"), e.role);
    insert.bindValue(QStringLiteral(":site"), e.site);
    insert.bindValue(QStringLiteral(":action"), e.action);
    insert.bindValue(QStringLiteral(":object"), e.object);
    insert.bindValue(QStringLiteral(":detail"), e.detail);
    insert.bindValue(QStringLiteral(":prev"), e.prevHash);
    insert.bindValue(QStringLiteral(":hash"), e.hash);
    if (!insert.exec())
        return fail(error, insert.lastError());

    // Sign the new head only over a chain that was intact at its head (or is new). A head that does
    // not verify is never re-signed: see the class comment.
    AuditChain::Head next{e.seq, e.hash, QString()};
    if (m_keys && (headVerifies || fresh))
        next.mac = AuditChain::headMac(*m_keys, next.seq, next.hash);
    QSqlQuery meta(m_db);
    meta.prepare(QStringLiteral("INSERT INTO app_meta (key, value) VALUES (:key, :value)"
                                " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    meta.bindValue(QStringLiteral(":key"), AuditChain::kHeadKey);
    meta.bindValue(QStringLiteral(":value"), AuditChain::encodeHead(next));
    if (!meta.exec())
        return fail(error, meta.lastError());
    return true;
}

QList<AuditEntry> AuditLog::entries(const AuditQuery& query, QString* error) const
{
    QStringList where;
    if (query.from.isValid())
        where << QStringLiteral("at >= :from");
    if (query.to.isValid())
        where << QStringLiteral("at < :to");
    if (!query.actor.isEmpty())
        where << QStringLiteral("actor = :actor");
    if (!query.action.isEmpty())
        where << QStringLiteral("action = :action");
    if (!query.object.isEmpty())
        where << QStringLiteral("object = :object");
    QString sql = QStringLiteral("SELECT seq, at, actor, role, site, action, object, detail, prev_hash, hash"
                                 " FROM audit_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    // The newest `limit` entries, returned oldest first like the rest.
    sql += query.limit > 0 ? QStringLiteral(" ORDER BY seq DESC LIMIT %1").arg(query.limit)
                           : QStringLiteral(" ORDER BY seq");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (query.from.isValid())
        q.bindValue(QStringLiteral(":from"), query.from.toUTC().toString(Qt::ISODateWithMs));
    if (query.to.isValid())
        q.bindValue(QStringLiteral(":to"), query.to.toUTC().toString(Qt::ISODateWithMs));
    if (!query.actor.isEmpty())
        q.bindValue(QStringLiteral(":actor"), query.actor);
    if (!query.action.isEmpty())
        q.bindValue(QStringLiteral(":action"), query.action);
    if (!query.object.isEmpty())
        q.bindValue(QStringLiteral(":object"), query.object);
    QList<AuditEntry> out;
    if (!q.exec()) {
        fail(error, q.lastError());
        return out;
    }
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.actor = q.value(2).toString();
        e.role = q.value(3).toString();
        e.site = q.value(4).toString();
        e.action = q.value(5).toString();
        e.object = q.value(6).toString();
        e.detail = q.value(7).toString();
        e.prevHash = q.value(8).toString();
        e.hash = q.value(9).toString();
        out.append(e);
    }
    if (query.limit > 0)
        std::reverse(out.begin(), out.end());
    return out;
}

qint64 AuditLog::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next() ? q.value(0).toLongLong()
                                                                                : -1;
}

} // namespace mtb
