#pragma once

#include "Cipher.h"

namespace mtb {

// AES-256-GCM through OpenSSL EVP. Envelope: [0x01][12-byte random nonce][ciphertext][16-byte tag].
// The header byte is authenticated together with the caller's aad, so it cannot be altered either.
// A random 96-bit nonce per message keeps the nonce-collision risk negligible far beyond the number of
// values a counter PC will ever write under one key (NIST SP 800-38D's 2^32 limit).
class Aes256GcmCipher final : public Cipher
{
public:
    static constexpr int KeySize = 32;
    static constexpr int NonceSize = 12;
    static constexpr int TagSize = 16;
    static constexpr int Overhead = 1 + NonceSize + TagSize;

    explicit Aes256GcmCipher(const QByteArray& key32); // key must be 32 bytes
    ~Aes256GcmCipher() override;

    quint8 algorithmId() const override { return CipherAlgorithm::Aes256Gcm; }
    QByteArray encrypt(const QByteArray& plaintext, const QByteArray& aad) const override;
    std::optional<QByteArray> decrypt(const QByteArray& envelope, const QByteArray& aad,
                                      QString* error) const override;

private:
    QByteArray m_key;
};

} // namespace mtb
