#pragma once

#include <QString>

namespace mtb {

// The central service's review statuses (docs/api.md). The service's catalogue carries their names;
// these translated names are the fallback for codes this PC knows before any catalogue download.
QString remoteStatusName(const QString& code);
bool remoteStatusIsFinal(const QString& code);

} // namespace mtb
