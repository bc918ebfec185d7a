#pragma once

#include "SignInResult.h"

#include <memory>

namespace mtb {

class KeyRing;
struct StaffIdentity;

// What unlocking and signing in produced, handed to the main window: the keys that open the encrypted
// data and the staff member at the counter (whose role decides what they may see and do).
struct DeskSession
{
    std::shared_ptr<const KeyRing> keys;
    std::shared_ptr<const StaffIdentity> staff;
    // How the staff member signed in (ui/SignInDialog): offline, or online with the tokens the sync
    // engine takes over instead of signing in a second time.
    bool signedInOffline = false;
    SyncCredentials syncCredentials;
};

} // namespace mtb
