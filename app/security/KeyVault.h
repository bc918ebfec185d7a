#pragma once

#include "PassphraseKdf.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace mtb {

// The file that keeps the data key (docs/encryption.md): <data>/keyvault.json holds the random
// 256-bit data key only in wrapped form (AES-256-GCM), once per way of opening it:
//  - "keychain": wrapped under a random key-encryption key kept in the OS keychain (QtKeychain);
//  - "passphrase": wrapped under a key derived from the site passphrase with scrypt.
// Either slot alone opens the vault. The file is written atomically (QSaveFile) and only when a slot
// is added or changed; the program never deletes it. Reading it changes nothing, whatever the outcome.
class KeyVault
{
public:
    explicit KeyVault(const QString& path);
    static QString pathIn(const QString& dataDir);

    enum class Load { Loaded, Missing, Unreadable, Invalid };
    Load load(QString* error);
    // A new, empty vault (no slots yet) with a fresh id; save() writes it.
    void initialise();

    QString path() const { return m_path; }
    QString id() const { return m_id; }
    bool hasPassphrase() const { return !m_passphrase.isEmpty(); }
    bool hasKeychain() const { return !m_keychain.isEmpty(); }
    // The account under which the keychain holds this vault's key-encryption key.
    QString keychainAccount() const;

    // Slow (scrypt): call off the GUI thread. Wrong passphrase -> nothing, with a clear *error.
    std::optional<QByteArray> openWithPassphrase(const QString& passphrase, QString* error) const;
    std::optional<QByteArray> openWithKeychainSecret(const QByteArray& kek, QString* error) const;

    // (Re)wraps the data key under a passphrase: adding one, or changing it. Slow (scrypt).
    bool setPassphrase(const QByteArray& dataKey, const QString& passphrase, const PassphraseKdf& kdf,
                       QString* error);
    // Wraps the data key under a new random key-encryption key and returns that key, which the
    // caller stores in the keychain (before save(), so the file never names a key that is nowhere).
    QByteArray addKeychainSlot(const QByteArray& dataKey, QString* error);
    void removeKeychainSlot() { m_keychain = {}; }

    bool save(QString* error) const;

private:
    QByteArray slotAad(const char* slot) const;

    QString m_path;
    QString m_id;
    QString m_createdAt;
    QJsonObject m_keychain;   // {"account", "wrapped"}
    QJsonObject m_passphrase; // PassphraseKdf fields + "wrapped"
};

} // namespace mtb
