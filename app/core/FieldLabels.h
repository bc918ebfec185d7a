#pragma once

#include <QString>

namespace mtb {

// The translated, human label of a form field given its national field name ("certno" -> 证件号码).
QString fieldLabel(const QString& field);

} // namespace mtb
