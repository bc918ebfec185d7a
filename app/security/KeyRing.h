#pragma once

#include "Cipher.h"

#include <QByteArray>

#include <array>
#include <memory>

namespace mtb {

// The keys of one unlocked desk. One random 256-bit data key (kept wrapped in the key vault) is
// expanded with HKDF-SHA256 into one independent subkey per purpose, so a key used to name blob files
// is never also used to encrypt, and the audit log's key can be handed to its code without the
// records' key. Immutable after construction, so one instance is shared across threads.
class KeyRing
{
public:
    enum class Purpose { Records, Blobs, BlobNames, Audit };
    static constexpr int DataKeySize = 32;

    // nullptr if dataKey32 is not 32 bytes or the key derivation failed.
    static std::shared_ptr<const KeyRing> fromDataKey(const QByteArray& dataKey32);
    // A fixed key for tests and benchmarks only: bytes 0x00, 0x01, ... 0x1f as the data key.
    // Never used by the programs themselves (they unlock a KeyVault).
    static std::shared_ptr<const KeyRing> forTesting();
    static QByteArray testingDataKey();

    ~KeyRing();
    KeyRing(const KeyRing&) = delete;
    KeyRing& operator=(const KeyRing&) = delete;

    // The 32-byte subkey for a purpose (HKDF-SHA256, info "mtbdesk/<purpose>/v1").
    QByteArray key(Purpose purpose) const;
    // The cipher that encrypts under that purpose's subkey.
    const Cipher& cipher(Purpose purpose) const;
    // HMAC-SHA256 under the purpose's subkey (e.g. blob file names from a content hash).
    QByteArray mac(Purpose purpose, const QByteArray& data) const;

private:
    static constexpr int PurposeCount = 4;
    KeyRing() = default;

    std::array<QByteArray, PurposeCount> m_keys;
    std::array<std::unique_ptr<Cipher>, PurposeCount> m_ciphers;
};

} // namespace mtb
