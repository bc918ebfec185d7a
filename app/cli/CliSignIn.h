#pragma once

#include "AccessScope.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace mtb {

class KeyRing;

// `mtbdesk-cli drafts ... --user NAME [--password-file FILE]`: the drafts commands then work within
// that staff member's scope (docs/signin.md), the password checked on this PC exactly as an offline
// sign-in in the program is (OfflineVerifier: the hash of their last online sign-in here, the site's
// validity limit, the lockout). The password comes from the first line of FILE, else from
// MTBDESK_PASSWORD; it is never an argument (other users could read it in the process list).
// Without --user the commands see every application: that is the administrative use of the tool by
// whoever holds this PC's data key (keychain or site passphrase).
class CliSignIn
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static constexpr int kExitRefused = 5; // 4 is KeyCommands::kExitLocked

    // Takes the two options out of args. nullopt after a refusal, already explained on err.
    static std::optional<AccessScope> scopeFromArgs(QStringList& args, QSqlDatabase& db,
                                                    std::shared_ptr<const KeyRing> keys, QTextStream& err);
};

} // namespace mtb
