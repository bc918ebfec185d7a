#pragma once

#include "AuditEntry.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace mtb {

class KeyRing;

// The format of the chain, in one place (docs/audit.md "Chain format").
//
// hash(n) = SHA-256 over "mtbdesk-audit-v1\n" followed by each field as <UTF-8 byte length>:<bytes>\n
// in the order seq, at, actor, role, site, action, object, detail, prev_hash, where prev_hash is
// hash(n-1) (64 zeros for the first entry). Length prefixes make the encoding unambiguous: no value can
// be shifted into its neighbour.
//
// The head (the last seq and its hash) is kept in app_meta under "audit_head" with an HMAC-SHA256 under
// the desk's audit key, so that dropping entries from the end, or rebuilding the whole chain with new
// hashes, is found too: SHA-256 alone can be recomputed by anyone who can write the file.
namespace AuditChain {

QString genesisHash();
QByteArray canonical(const AuditEntry& entry);
QString hashOf(const AuditEntry& entry); // lower-case hex

struct Head
{
    qint64 seq = 0;
    QString hash;
    QString mac; // lower-case hex; empty when it was written without a key
};

inline const QString kHeadKey = QStringLiteral("audit_head");

QString headMac(const KeyRing& keys, qint64 seq, const QString& hash);
QString encodeHead(const Head& head);
std::optional<Head> decodeHead(const QString& text); // nullopt when malformed

} // namespace AuditChain

} // namespace mtb
