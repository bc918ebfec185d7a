#pragma once

#include <QByteArray>

namespace mtb {

// Overwrites the bytes in a way the optimiser cannot drop (OPENSSL_cleanse), then empties the array.
// Used for keys and passphrases so they linger in freed memory as briefly as possible.
void secureWipe(QByteArray& bytes);
void secureWipe(QString& text);

// Cryptographically random bytes; empty if the system has no randomness to give.
QByteArray randomBytes(int count);

// HMAC-SHA256(key, data).
QByteArray hmacSha256(const QByteArray& key, const QByteArray& data);

// Constant-time comparison of equal-length secrets.
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

} // namespace mtb
