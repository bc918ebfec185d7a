#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace mtb {

// Turns a site passphrase into a 256-bit key-encryption key with scrypt (RFC 7914, OpenSSL
// EVP_PBE_scrypt): memory-hard, so guessing passphrases on a GPU is slow as well. The salt and the
// cost parameters are stored with the wrapped key, so they can be raised later without breaking
// existing vaults. Derivation takes a noticeable moment by design: run it off the GUI thread.
struct PassphraseKdf
{
    QByteArray salt;     // 16 random bytes
    quint64 n = 1 << 17; // CPU/memory cost: 128 MiB with r = 8
    quint32 r = 8;
    quint32 p = 1;

    // Fresh salt, default costs (about 0.8 s on the development machine; docs/encryption.md).
    static PassphraseKdf withNewSalt();
    // Cheap costs for tests only (the stored parameters are what unlocking uses).
    static PassphraseKdf forTesting();

    QJsonObject toJson() const;
    // Refuses parameters outside sane bounds (a tampered file must not make unlocking take hours or
    // gigabytes, nor make a guess cheap).
    static std::optional<PassphraseKdf> fromJson(const QJsonObject& json, QString* error);

    std::optional<QByteArray> derive(const QString& passphrase, QString* error) const;
};

} // namespace mtb
