#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>

namespace mtb {

class KeyRing;

// What `audit verify` found. `firstBadSeq` is the first entry that is not what was recorded (or where
// entries are missing); 0 when the log is intact, or when the damage cannot be pinned to one entry
// (a rebuilt chain under a wrong head signature names the head instead).
struct AuditReport
{
    enum class Problem {
        None,
        Edited,       // an entry's content differs from what its hash covers, or it was re-hashed
        Removed,      // entries are missing before firstBadSeq (a gap, or the rest renumbered)
        Reordered,    // an entry is not in its recorded place
        Inserted,     // an entry that was never part of the signed chain
        Truncated,    // entries after firstBadSeq - 1 were cut off the end
        HeadMissing,  // entries exist but the signed head is gone
        HeadMacWrong, // the head's signature does not verify: the chain was rebuilt without the key
        HeadUnsigned, // the head carries no signature (written without a key, or left unsigned after damage)
        Unreadable,   // the table could not be read
    };

    Problem problem = Problem::None;
    qint64 firstBadSeq = 0;
    qint64 entries = 0;
    qint64 headSeq = 0;
    bool headChecked = false; // the head signature was checked with the audit key
    QString sqlError;

    bool intact() const { return problem == Problem::None; }
    QString problemKey() const; // "edited", "removed", ... for scripts (stable, English)
    QString message() const;    // for people, translated
};

// Reads the whole chain in order and reports the first entry that is not as recorded, and why
// (docs/audit.md). Without keys the entries and their links are still checked, but not the head's
// signature: a chain rebuilt by someone who can write the file then looks intact, so callers say so.
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)
public:
    static AuditReport verify(QSqlDatabase& db, const KeyRing* keys);
};

} // namespace mtb

Q_DECLARE_METATYPE(mtb::AuditReport)
