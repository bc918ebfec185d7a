#pragma once

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
};

} // namespace mtb
