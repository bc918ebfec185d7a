#pragma once

#include "Clock.h"
#include "StaffIdentity.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace mtb {

class KeyRing;

// The site's rules for signing in without the central service (ui/CounterSettings holds them).
struct OfflinePolicy
{
    int validityDays = 30;  // offline sign-in is refused this long after the last online one
    int maxFailures = 5;    // wrong passwords in a row before the account is locked on this PC
    int lockoutMinutes = 5; // how long such a lock lasts
};

// Verifies staff passwords on this PC when the central service cannot be asked. After each
// successful online sign-in, remember() keeps a slow salted hash of the password (PasswordHash) and
// the staff member's identity in the staff_accounts table of the drafts database (migration 8); the
// password itself is never stored. verify() then accepts the same user name and password offline,
// within the site's validity limit, with a short lockout after repeated wrong passwords (counted in
// the database, so restarting the program does not reset it).
//
// With the data vault's keys (setKeys, as the program and the CLI always do) each row is signed, and
// a row without a valid signature counts as no row: someone who can write the database file but does
// not hold the data key cannot plant a verifier for an account or raise its role.
//
// Synchronous and slow (one hash is 0.1-0.5 s): call it on a worker thread, never the GUI thread.
class OfflineVerifier
{
public:
    enum class Outcome { Verified, WrongPassword, UnknownAccount, Expired, LockedOut, StorageError };
    // Unlock: the staff member already signed in at this desk unlocks it again. The validity limit
    // does not apply (they proved themselves when the session began); the lockout does.
    enum class Purpose { SignIn, Unlock };

    struct Result
    {
        Outcome outcome = Outcome::StorageError;
        QString user;
        std::optional<StaffIdentity> staff; // set when verified
        QDateTime lastOnline;               // of the account, when known
        QDateTime lockedUntil;              // LockedOut, or a WrongPassword that started a lock
        int attemptsLeft = 0;               // WrongPassword
        int validityDays = 0;               // Expired
        QString detail;                     // StorageError: SQLite's words, for support staff

        bool ok() const { return outcome == Outcome::Verified; }
        // A sentence for staff, in the UI language.
        QString message() const;
    };

    OfflineVerifier(QSqlDatabase& db, std::shared_ptr<const Clock> clock, OfflinePolicy policy = {});

    void setPolicy(const OfflinePolicy& policy) { m_policy = policy; }
    void setKeys(std::shared_ptr<const KeyRing> keys) { m_keys = std::move(keys); }
    const OfflinePolicy& policy() const { return m_policy; }

    // After an online sign-in the service accepted: (re)hash the password under a new salt, store the
    // identity, reset the failure count.
    bool remember(const StaffIdentity& staff, const QString& password, QString* error,
                  int iterations = 0 /* 0: PasswordHash::kDefaultIterations */);
    Result verify(const QString& user, const QString& password, Purpose purpose = Purpose::SignIn);
    bool forget(const QString& user, QString* error = nullptr);

private:
    QSqlDatabase& m_db;
    std::shared_ptr<const Clock> m_clock;
    OfflinePolicy m_policy;
    std::shared_ptr<const KeyRing> m_keys; // null: rows are neither signed nor checked (tests only)
};

} // namespace mtb
