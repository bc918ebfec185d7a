#include "ScreenLockListener.h"

namespace mtb {

// No D-Bus in this build: nothing to listen to.
ScreenLockListener::ScreenLockListener(QObject* parent) : QObject(parent) {}
ScreenLockListener::~ScreenLockListener() = default;

} // namespace mtb
