#include "KeyVault.h"

#include "Aes256GcmCipher.h"
#include "KeyRing.h"
#include "SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

namespace mtb {

namespace {
const QLatin1String kFormat("mtbdesk-keyvault");
constexpr int kVersion = 1;

QString tr(const char* text)
{
    return QCoreApplication::translate("mtb::KeyVault", text);
}

QByteArray unbase64(const QJsonValue& v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}
} // namespace

KeyVault::KeyVault(const QString& path) : m_path(path) {}

QString KeyVault::pathIn(const QString& dataDir)
{
    return dataDir + QStringLiteral("/keyvault.json");
}

QString KeyVault::keychainAccount() const
{
    return QStringLiteral("keyvault/") + m_id;
}

QByteArray KeyVault::slotAad(const char* slot) const
{
    // Bound to the vault and the slot: a wrapped key copied between vaults or slots does not open.
    return QByteArray("mtbdesk-keyvault/v1/") + slot + '/' + m_id.toLatin1();
}

void KeyVault::initialise()
{
    m_id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_keychain = {};
    m_passphrase = {};
}

KeyVault::Load KeyVault::load(QString* error)
{
    QFile file(m_path);
    if (!file.exists())
        return Load::Missing;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The key vault %1 cannot be read (%2).")
                         .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return Load::Unreadable;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1 << 20), &parseError);
    const QJsonObject o = doc.object();
    const QJsonObject slotTable = o.value(QLatin1String("slots")).toObject();
    if (doc.isNull() || o.value(QLatin1String("format")).toString() != kFormat ||
        o.value(QLatin1String("version")).toInt() != kVersion ||
        o.value(QLatin1String("id")).toString().isEmpty()) {
        if (error)
            *error =
                tr("The key vault %1 is damaged or not a key vault.").arg(QDir::toNativeSeparators(m_path));
        return Load::Invalid;
    }
    m_id = o.value(QLatin1String("id")).toString();
    m_createdAt = o.value(QLatin1String("created_at")).toString();
    m_keychain = slotTable.value(QLatin1String("keychain")).toObject();
    m_passphrase = slotTable.value(QLatin1String("passphrase")).toObject();
    if (!hasKeychain() && !hasPassphrase()) {
        if (error)
            *error = tr("The key vault %1 holds no key.").arg(QDir::toNativeSeparators(m_path));
        return Load::Invalid;
    }
    return Load::Loaded;
}

std::optional<QByteArray> KeyVault::openWithPassphrase(const QString& passphrase, QString* error) const
{
    if (!hasPassphrase()) {
        if (error)
            *error = tr("This key vault has no passphrase.");
        return std::nullopt;
    }
    const auto kdf = PassphraseKdf::fromJson(m_passphrase, error);
    if (!kdf)
        return std::nullopt;
    auto kek = kdf->derive(passphrase, error);
    if (!kek)
        return std::nullopt;
    const Aes256GcmCipher cipher(*kek);
    secureWipe(*kek);
    auto key = cipher.decrypt(unbase64(m_passphrase.value(QLatin1String("wrapped"))), slotAad("passphrase"),
                              nullptr);
    if (!key || key->size() != KeyRing::DataKeySize) {
        if (error)
            *error = tr("The passphrase is wrong.");
        return std::nullopt;
    }
    return key;
}

std::optional<QByteArray> KeyVault::openWithKeychainSecret(const QByteArray& kek, QString* error) const
{
    if (!hasKeychain() || kek.size() != Aes256GcmCipher::KeySize) {
        if (error)
            *error = tr("The key in the system keychain does not open this key vault.");
        return std::nullopt;
    }
    const Aes256GcmCipher cipher(kek);
    auto key =
        cipher.decrypt(unbase64(m_keychain.value(QLatin1String("wrapped"))), slotAad("keychain"), nullptr);
    if (!key || key->size() != KeyRing::DataKeySize) {
        if (error)
            *error = tr("The key in the system keychain does not open this key vault.");
        return std::nullopt;
    }
    return key;
}

bool KeyVault::setPassphrase(const QByteArray& dataKey, const QString& passphrase, const PassphraseKdf& kdf,
                             QString* error)
{
    if (dataKey.size() != KeyRing::DataKeySize || kdf.salt.isEmpty()) {
        if (error)
            *error = tr("No data key to protect.");
        return false;
    }
    auto kek = kdf.derive(passphrase, error);
    if (!kek)
        return false;
    const Aes256GcmCipher cipher(*kek);
    secureWipe(*kek);
    const QByteArray wrapped = cipher.encrypt(dataKey, slotAad("passphrase"));
    if (wrapped.isEmpty()) {
        if (error)
            *error = tr("Encryption failed (no system randomness).");
        return false;
    }
    QJsonObject slot = kdf.toJson();
    slot.insert(QStringLiteral("wrapped"), QString::fromLatin1(wrapped.toBase64()));
    m_passphrase = slot;
    return true;
}

QByteArray KeyVault::addKeychainSlot(const QByteArray& dataKey, QString* error)
{
    QByteArray kek = randomBytes(Aes256GcmCipher::KeySize);
    const QByteArray wrapped = kek.isEmpty() || dataKey.size() != KeyRing::DataKeySize
                                   ? QByteArray()
                                   : Aes256GcmCipher(kek).encrypt(dataKey, slotAad("keychain"));
    if (wrapped.isEmpty()) {
        secureWipe(kek);
        if (error)
            *error = tr("Encryption failed (no system randomness).");
        return {};
    }
    m_keychain = QJsonObject{{QStringLiteral("account"), keychainAccount()},
                             {QStringLiteral("wrapped"), QString::fromLatin1(wrapped.toBase64())}};
    return kek;
}

bool KeyVault::save(QString* error) const
{
    QJsonObject slotTable;
    if (hasKeychain())
        slotTable.insert(QStringLiteral("keychain"), m_keychain);
    if (hasPassphrase())
        slotTable.insert(QStringLiteral("passphrase"), m_passphrase);
    const QJsonObject doc{{QStringLiteral("format"), kFormat},
                          {QStringLiteral("version"), kVersion},
                          {QStringLiteral("id"), m_id},
                          {QStringLiteral("created_at"), m_createdAt},
                          {QStringLiteral("cipher"), QStringLiteral("AES-256-GCM")},
                          {QStringLiteral("slots"), slotTable}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    const QByteArray bytes = QJsonDocument(doc).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("The key vault %1 could not be written (%2).")
                         .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    // Only this OS account may read it (the wrapped key is useless without the keychain or the
    // passphrase, but there is no reason to show it to others).
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace mtb
