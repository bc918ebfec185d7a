#include "KeyCommands.h"

#include "EncryptionUpgrade.h"
#include "KeyRing.h"
#include "KeychainSecretStore.h"
#include "SecureBytes.h"
#include "VaultUnlocker.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace mtb {

KeyCommands::KeyCommands(const QString& dataDir, QTextStream& out, QTextStream& err)
    : m_dataDir(dataDir), m_out(out), m_err(err), m_keychain(std::make_unique<KeychainSecretStore>()),
      m_unlocker(std::make_unique<VaultUnlocker>(dataDir, m_keychain.get()))
{
    m_unlocker->setEncryptedDataProbe(
        [dataDir] { return EncryptionUpgrade::folderHoldsEncryptedData(dataDir); });
}

KeyCommands::~KeyCommands() = default;

QString KeyCommands::takePassphraseFile(QStringList& args)
{
    const int at = args.indexOf(QStringLiteral("--passphrase-file"));
    if (at < 0 || at + 1 >= args.size())
        return {};
    const QString file = args.at(at + 1);
    args.remove(at, 2);
    return file;
}

bool KeyCommands::readPassphrase(const QString& path, QString* passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << tr("Cannot read the passphrase file %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString())
              << '\n';
        return false;
    }
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    *passphrase = QString::fromUtf8(line);
    secureWipe(line);
    if (passphrase->isEmpty()) {
        m_err << tr("The passphrase file %1 is empty.").arg(QDir::toNativeSeparators(path)) << '\n';
        return false;
    }
    return true;
}

std::shared_ptr<const KeyRing> KeyCommands::unlock(const QString& passphraseFile, int* exitCode)
{
    *exitCode = kExitLocked;
    VaultUnlocker::Outcome o = m_unlocker->start();
    if (o.kind == VaultUnlocker::Outcome::Kind::NeedPassphrase ||
        o.kind == VaultUnlocker::Outcome::Kind::NeedNewPassphrase) {
        if (passphraseFile.isEmpty()) {
            if (!o.message.isEmpty())
                m_err << o.message << '\n';
            m_err << (o.kind == VaultUnlocker::Outcome::Kind::NeedNewPassphrase
                          ? tr("Set the site passphrase with --passphrase-file FILE.")
                          : tr("The data is locked: give the site passphrase with --passphrase-file FILE."))
                  << '\n';
            return nullptr;
        }
        QString passphrase;
        if (!readPassphrase(passphraseFile, &passphrase))
            return nullptr;
        o = o.kind == VaultUnlocker::Outcome::Kind::NeedNewPassphrase
                ? m_unlocker->createWithPassphrase(passphrase)
                : m_unlocker->unlockWithPassphrase(passphrase);
        secureWipe(passphrase);
    }
    if (o.kind != VaultUnlocker::Outcome::Kind::Unlocked) {
        m_err << o.message << '\n';
        return nullptr;
    }
    if (o.created)
        m_err << tr("A new key vault was created: %1. Keep a backup of it with the data folder.")
                     .arg(QDir::toNativeSeparators(m_unlocker->vaultPath()))
              << '\n';
    *exitCode = 0;
    return o.keys;
}

int KeyCommands::run(const QStringList& args)
{
    const QString verb = args.value(0);
    if (verb == u"status") {
        m_out << QJsonDocument(QJsonObject{{"vault", QDir::toNativeSeparators(m_unlocker->vaultPath())},
                                           {"keychain", m_unlocker->hasKeychainSlot()},
                                           {"passphrase", m_unlocker->hasPassphrase()},
                                           {"cipher", QStringLiteral("AES-256-GCM")}})
                     .toJson(QJsonDocument::Indented);
        return 0;
    }
    const int at = args.indexOf(QStringLiteral("--new-passphrase-file"));
    if (verb == u"passphrase" && at > 0 && at + 1 < args.size()) {
        QString passphrase;
        if (!readPassphrase(args.at(at + 1), &passphrase))
            return 1;
        QString error;
        const bool ok = m_unlocker->setPassphrase(passphrase, &error);
        secureWipe(passphrase);
        if (!ok) {
            m_err << error << '\n';
            return 1;
        }
        m_err << tr("The site passphrase was set. The data itself was not rewritten.") << '\n';
        return 0;
    }
    m_err << tr("Usage: mtbdesk-cli keys status | keys passphrase --new-passphrase-file FILE") << '\n';
    return 2;
}

} // namespace mtb
