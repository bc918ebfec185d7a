#pragma once

#include <QString>

namespace mtb {

// Masks an identity number for lists and notifications: 511302198001010011 -> 5113**********0011.
// Short values are masked entirely so that nothing identifying leaks from a malformed number.
QString maskIdNumber(const QString& number);

// Masks a phone number: 13812345678 -> 138****5678.
QString maskPhone(const QString& phone);

} // namespace mtb
