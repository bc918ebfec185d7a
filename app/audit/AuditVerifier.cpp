#include "AuditVerifier.h"

#include "AuditChain.h"
#include "KeyRing.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace mtb {

namespace {
// How far an entry may have been moved for the verifier to still say where it came from. Beyond this
// a moved entry is reported as edited, which is still a failure.
constexpr qint64 kMaxShift = 512;

AuditReport problem(AuditReport r, AuditReport::Problem p, qint64 seq)
{
    r.problem = p;
    r.firstBadSeq = seq;
    return r;
}

// The seq under which this entry's stored hash verifies, if it was moved (renumbered) intact.
std::optional<qint64> originalSeq(AuditEntry e)
{
    const qint64 here = e.seq;
    for (qint64 d = 1; d <= kMaxShift; ++d) {
        for (qint64 candidate : {here + d, here - d}) {
            if (candidate < 1)
                continue;
            e.seq = candidate;
            if (AuditChain::hashOf(e) == e.hash)
                return candidate;
        }
    }
    return std::nullopt;
}

// The entry whose hash this one names as its predecessor, if it is still somewhere in the table.
std::optional<qint64> seqWithHash(QSqlDatabase& db, const QString& hash, qint64 self)
{
    if (hash == AuditChain::genesisHash())
        return qint64(0);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT seq FROM audit_log WHERE hash = :hash AND seq != :self LIMIT 1"));
    q.bindValue(QStringLiteral(":hash"), hash);
    q.bindValue(QStringLiteral(":self"), self);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}
} // namespace

QString AuditReport::problemKey() const
{
    switch (problem) {
    case Problem::None:
        return QStringLiteral("none");
    case Problem::Edited:
        return QStringLiteral("edited");
    case Problem::Removed:
        return QStringLiteral("removed");
    case Problem::Reordered:
        return QStringLiteral("reordered");
    case Problem::Inserted:
        return QStringLiteral("inserted");
    case Problem::Truncated:
        return QStringLiteral("truncated");
    case Problem::HeadMissing:
        return QStringLiteral("head_missing");
    case Problem::HeadMacWrong:
        return QStringLiteral("head_mac_wrong");
    case Problem::HeadUnsigned:
        return QStringLiteral("head_unsigned");
    case Problem::Unreadable:
        return QStringLiteral("unreadable");
    }
    return {};
}

QString AuditReport::message() const
{
    using V = AuditVerifier;
    switch (problem) {
    case Problem::None:
        return headChecked
                   ? V::tr("The audit log is intact: %n entries, signed head verified.", nullptr,
                           int(entries))
                   : V::tr("The entries and their links are intact (%n entries), but the head's signature "
                           "was not checked because the audit key is not available.",
                           nullptr, int(entries));
    case Problem::Edited:
        return V::tr("Entry %1 was changed after it was recorded.").arg(firstBadSeq);
    case Problem::Removed:
        return V::tr("Entries are missing before entry %1 (removed).").arg(firstBadSeq);
    case Problem::Reordered:
        return V::tr("Entry %1 is not in the place it was recorded in (entries were reordered).")
            .arg(firstBadSeq);
    case Problem::Inserted:
        return V::tr("Entry %1 was inserted: it was never part of the recorded chain.").arg(firstBadSeq);
    case Problem::Truncated:
        return V::tr("Entries from %1 to %2 were cut off the end of the log.").arg(firstBadSeq).arg(headSeq);
    case Problem::HeadMissing:
        return V::tr("The signed head of the audit log is missing: the log cannot be shown to be complete.");
    case Problem::HeadMacWrong:
        return V::tr(
            "The signature of the audit log's head is wrong: the chain was rebuilt or altered without "
            "this desk's key. Any entry may have been changed.");
    case Problem::HeadUnsigned:
        return V::tr(
            "The audit log's head is not signed: it was written without the key, or left unsigned after "
            "earlier damage. The log cannot be shown to be complete.");
    case Problem::Unreadable:
        return V::tr("The audit log could not be read: %1").arg(sqlError);
    }
    return {};
}

AuditReport AuditVerifier::verify(QSqlDatabase& db, const KeyRing* keys)
{
    using P = AuditReport::Problem;
    AuditReport r;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, at, actor, role, site, action, object, detail, prev_hash, hash"
                               " FROM audit_log ORDER BY seq"))) {
        r.sqlError = q.lastError().text();
        return problem(r, P::Unreadable, 0);
    }
    qint64 prevSeq = 0;
    QString prevHash = AuditChain::genesisHash();
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
        ++r.entries;

        if (e.seq <= prevSeq) // seq 0 or below: placed in front of the first entry
            return problem(r, P::Inserted, e.seq);
        if (e.seq != prevSeq + 1)
            return problem(r, P::Removed, prevSeq + 1);
        const bool hashOk = AuditChain::hashOf(e) == e.hash;
        const bool linkOk = e.prevHash == prevHash;
        if (hashOk && linkOk) {
            prevSeq = e.seq;
            prevHash = e.hash;
            continue;
        }
        const std::optional<qint64> linkTarget = seqWithHash(db, e.prevHash, e.seq);
        if (hashOk) {
            // This entry is authentic where it is; what precedes it is not what it was chained to.
            if (!linkTarget)
                return problem(r, P::Edited, prevSeq); // the previous entry was changed and re-hashed
            if (*linkTarget < prevSeq)
                return problem(r, P::Inserted, *linkTarget + 1);
            return problem(r, P::Reordered, prevSeq);
        }
        const std::optional<qint64> original = originalSeq(e);
        if (!original)
            return problem(r, P::Edited, e.seq);
        if (*original > e.seq) // moved up: entries before it were removed, or it swapped places
            return problem(r, linkTarget ? P::Reordered : P::Removed, e.seq);
        if (linkTarget && *linkTarget == *original - 1) // moved down behind entries that were added
            return problem(r, P::Inserted, *original);
        return problem(r, P::Reordered, e.seq);
    }
    if (q.lastError().isValid()) {
        r.sqlError = q.lastError().text();
        return problem(r, P::Unreadable, 0);
    }

    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("SELECT value FROM app_meta WHERE key = :key"));
    meta.bindValue(QStringLiteral(":key"), AuditChain::kHeadKey);
    if (!meta.exec()) {
        r.sqlError = meta.lastError().text();
        return problem(r, P::Unreadable, 0);
    }
    if (!meta.next())
        return r.entries == 0 ? r : problem(r, P::HeadMissing, 0);
    const std::optional<AuditChain::Head> head = AuditChain::decodeHead(meta.value(0).toString());
    if (!head)
        return problem(r, P::HeadMissing, 0);
    r.headSeq = head->seq;
    if (keys) {
        // The head's signature first: a head that is not ours says nothing about where the end is.
        r.headChecked = true;
        if (head->mac.isEmpty())
            return problem(r, P::HeadUnsigned, 0);
        if (AuditChain::headMac(*keys, head->seq, head->hash) != head->mac)
            return problem(r, P::HeadMacWrong, 0);
    }
    if (head->seq > prevSeq)
        return problem(r, P::Truncated, prevSeq + 1);
    if (head->seq < prevSeq)
        return problem(r, P::Inserted, head->seq + 1);
    if (head->hash != prevHash)
        return problem(r, P::Edited, prevSeq); // re-hashed after it was signed
    return r;
}

} // namespace mtb
