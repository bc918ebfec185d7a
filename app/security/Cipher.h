#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace mtb {

// Authenticated encryption of one value: every stored secret (a record column, a page image) is one
// envelope. The first byte of an envelope names the algorithm, so a deployment could switch to SM4
// (GB/T 32907, as SM4-GCM) by adding an implementation with its own byte without breaking what is
// already stored: readers pick the implementation by that byte (docs/encryption.md).
//
// The associated data (aad) is not stored; it binds a ciphertext to where it belongs (for a record,
// the row's uuid and the column name), so a value copied into another row or column fails to decrypt
// instead of being silently accepted.
class Cipher
{
public:
    virtual ~Cipher() = default;

    // The header byte this implementation writes and accepts.
    virtual quint8 algorithmId() const = 0;
    // Returns the envelope, or an empty array if the cryptographic library failed (no randomness):
    // an envelope is never empty, so callers treat empty as "do not store".
    virtual QByteArray encrypt(const QByteArray& plaintext, const QByteArray& aad) const = 0;
    // Returns the plaintext, or nothing with *error set (wrong key, wrong aad, tampered or truncated).
    virtual std::optional<QByteArray> decrypt(const QByteArray& envelope, const QByteArray& aad,
                                              QString* error) const = 0;
};

// The algorithm bytes in use. 0x00 is never written, so a zeroed or empty value is never mistaken
// for an envelope.
namespace CipherAlgorithm {
constexpr quint8 Aes256Gcm = 0x01;
constexpr quint8 Sm4Gcm = 0x02; // reserved, not implemented (docs/encryption.md)
} // namespace CipherAlgorithm

} // namespace mtb
