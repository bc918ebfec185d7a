#include "VaultUnlocker.h"

#include "KeyRing.h"
#include "SecretStore.h"
#include "SecureBytes.h"

#include <QDir>

namespace mtb {

VaultUnlocker::VaultUnlocker(const QString& dataDir, SecretStore* keychain)
    : m_dataDir(dataDir), m_keychain(keychain), m_vault(KeyVault::pathIn(dataDir)),
      m_newKdf([] { return PassphraseKdf::withNewSalt(); })
{
}

VaultUnlocker::~VaultUnlocker()
{
    secureWipe(m_dataKey);
}

VaultUnlocker::Outcome VaultUnlocker::failed(const QString& message) const
{
    Outcome o;
    o.kind = Outcome::Kind::Failed;
    o.message = message;
    return o;
}

VaultUnlocker::Outcome VaultUnlocker::unlocked(const QByteArray& dataKey, bool created)
{
    Outcome o;
    o.keys = KeyRing::fromDataKey(dataKey);
    if (!o.keys)
        return failed(tr("The encryption keys could not be derived."));
    secureWipe(m_dataKey);
    m_dataKey = dataKey;
    o.kind = Outcome::Kind::Unlocked;
    o.created = created;
    return o;
}

VaultUnlocker::Outcome VaultUnlocker::firstRun()
{
    if (m_probe && m_probe()) {
        return failed(
            tr("The key vault %1 is missing, but this data folder holds encrypted data. Nothing was "
               "changed. Restore keyvault.json from your backup (or from the folder it was copied from).")
                .arg(QDir::toNativeSeparators(m_vault.path())));
    }
    QString reason;
    if (m_keychain) {
        QByteArray dataKey = randomBytes(KeyRing::DataKeySize);
        KeyVault vault(m_vault.path());
        vault.initialise();
        QString error;
        QByteArray kek = dataKey.isEmpty() ? QByteArray() : vault.addKeychainSlot(dataKey, &error);
        if (kek.isEmpty()) {
            secureWipe(dataKey);
            return failed(error);
        }
        // The keychain first: a vault file is never written that nothing can open.
        const SecretStore::Status stored = m_keychain->write(vault.keychainAccount(), kek, &reason);
        secureWipe(kek);
        if (stored == SecretStore::Status::Ok) {
            if (!vault.save(&error)) {
                m_keychain->remove(vault.keychainAccount(), nullptr);
                secureWipe(dataKey);
                return failed(error);
            }
            m_vault = vault;
            m_loaded = true;
            Outcome o = unlocked(dataKey, true);
            secureWipe(dataKey);
            return o;
        }
        secureWipe(dataKey);
    }
    Outcome o;
    o.kind = Outcome::Kind::NeedNewPassphrase;
    o.message = reason.isEmpty()
                    ? tr("There is no system keychain on this computer: choose a site passphrase to "
                         "protect the data.")
                    : tr("The system keychain cannot be used (%1): choose a site passphrase to protect "
                         "the data.")
                          .arg(reason);
    return o;
}

VaultUnlocker::Outcome VaultUnlocker::start()
{
    QString error;
    switch (m_vault.load(&error)) {
    case KeyVault::Load::Missing:
        return firstRun();
    case KeyVault::Load::Unreadable:
    case KeyVault::Load::Invalid:
        return failed(error + u' ' + tr("Nothing was changed."));
    case KeyVault::Load::Loaded:
        break;
    }
    m_loaded = true;

    QString keychainProblem;
    if (m_vault.hasKeychain()) {
        if (!m_keychain) {
            keychainProblem =
                tr("This key vault is opened by the system keychain, which is not available here.");
        } else {
            QByteArray kek;
            QString detail;
            switch (m_keychain->read(m_vault.keychainAccount(), &kek, &detail)) {
            case SecretStore::Status::Ok: {
                auto key = m_vault.openWithKeychainSecret(kek, &keychainProblem);
                secureWipe(kek);
                if (key) {
                    Outcome o = unlocked(*key, false);
                    secureWipe(*key);
                    return o;
                }
                break;
            }
            case SecretStore::Status::NotFound:
                keychainProblem =
                    tr("The system keychain has no key for this data folder (the entry is missing).");
                break;
            case SecretStore::Status::Unavailable:
            case SecretStore::Status::Failed:
                keychainProblem = tr("The system keychain is not available (%1).").arg(detail);
                break;
            }
        }
    }
    if (m_vault.hasPassphrase()) {
        Outcome o;
        o.kind = Outcome::Kind::NeedPassphrase;
        o.message =
            keychainProblem.isEmpty() ? QString() : keychainProblem + u' ' + tr("Enter the site passphrase.");
        return o;
    }
    return failed(
        keychainProblem + u' ' +
        tr("This key vault has no site passphrase, so the data cannot be opened here. Nothing was changed."));
}

VaultUnlocker::Outcome VaultUnlocker::unlockWithPassphrase(const QString& passphrase)
{
    if (!m_loaded)
        return failed(tr("The key vault was not read."));
    QString error;
    auto key = m_vault.openWithPassphrase(passphrase, &error);
    if (!key) {
        Outcome o;
        o.kind = m_vault.hasPassphrase() ? Outcome::Kind::NeedPassphrase : Outcome::Kind::Failed;
        o.message = error + u' ' + tr("Nothing was changed.");
        return o;
    }
    Outcome o = unlocked(*key, false);
    secureWipe(*key);
    return o;
}

VaultUnlocker::Outcome VaultUnlocker::createWithPassphrase(const QString& passphrase)
{
    if (m_vault.load(nullptr) != KeyVault::Load::Missing)
        return failed(tr("A key vault already exists; it was left unchanged."));
    if (m_probe && m_probe())
        return firstRun(); // the same refusal as at start
    if (passphrase.isEmpty())
        return failed(tr("The passphrase is empty."));
    QByteArray dataKey = randomBytes(KeyRing::DataKeySize);
    KeyVault vault(m_vault.path());
    vault.initialise();
    QString error;
    if (dataKey.isEmpty() || !vault.setPassphrase(dataKey, passphrase, m_newKdf(), &error) ||
        !vault.save(&error)) {
        secureWipe(dataKey);
        return failed(error);
    }
    m_vault = vault;
    m_loaded = true;
    Outcome o = unlocked(dataKey, true);
    secureWipe(dataKey);
    return o;
}

bool VaultUnlocker::setPassphrase(const QString& passphrase, QString* error)
{
    if (m_dataKey.isEmpty()) {
        if (error)
            *error = tr("Unlock the key vault first.");
        return false;
    }
    if (passphrase.isEmpty()) {
        if (error)
            *error = tr("The passphrase is empty.");
        return false;
    }
    KeyVault changed = m_vault; // the file is replaced only once the new wrapping is complete
    if (!changed.setPassphrase(m_dataKey, passphrase, m_newKdf(), error) || !changed.save(error))
        return false;
    m_vault = changed;
    return true;
}

} // namespace mtb
