#pragma once

#include "OfflineVerifier.h"
#include "StaffIdentity.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace mtb {

// The tokens of an online sign-in, handed to the sync engine so it does not sign in a second time.
struct SyncCredentials
{
    QString accessToken;
    QString refreshToken;
    bool isEmpty() const { return accessToken.isEmpty(); }
};

// What one sign-in attempt (SignInService) ended with.
struct SignInResult
{
    enum class Mode {
        Online,  // the central service checked the password
        Offline, // it could not be reached; the password was checked on this PC
    };
    bool ok = false;
    Mode mode = Mode::Online;
    std::optional<StaffIdentity> staff;
    SyncCredentials credentials; // online only
    // A failure's reason, or for a success a note worth showing (signed in offline, and why).
    QString message;
    std::optional<OfflineVerifier::Outcome> offlineOutcome; // when the local check ran
};

} // namespace mtb

Q_DECLARE_METATYPE(mtb::SignInResult)
