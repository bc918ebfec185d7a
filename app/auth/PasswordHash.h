#pragma once

#include <QByteArray>
#include <QString>

namespace mtb {

// A slow salted hash of a staff password: PBKDF2-HMAC-SHA256 (OpenSSL), a 16-byte random salt and a
// 32-byte result. Only this is kept on the PC, never the password. The iteration count is stored with
// each hash, so raising the default later re-hashes an account at its next online sign-in.
struct PasswordHash
{
    // OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about 0.15 s on a 2020 desktop core, 0.3-0.5 s on
    // an older counter PC. Never run it on the GUI thread.
    static constexpr int kDefaultIterations = 600000;
    static constexpr int kMinimumIterations = 200000; // stored hashes weaker than this are not accepted
    static constexpr int kSaltBytes = 16;
    static constexpr int kHashBytes = 32;

    QByteArray salt;
    QByteArray hash;
    int iterations = 0;

    // An empty (invalid) result if the system has no randomness or OpenSSL fails.
    static PasswordHash derive(const QString& password, int iterations = kDefaultIterations);
    // Compares in constant time; false for a malformed or too weak stored hash.
    bool matches(const QString& password) const;
    bool isValid() const;

    static QByteArray pbkdf2(const QByteArray& password, const QByteArray& salt, int iterations);
};

} // namespace mtb
