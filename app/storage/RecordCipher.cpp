#include "RecordCipher.h"

#include "KeyRing.h"
#include "SecureBytes.h"

#include <QCoreApplication>

namespace mtb {

namespace {
QString noKeys()
{
    return QCoreApplication::translate("RecordCipher", "The data is locked: no encryption key is loaded.");
}
} // namespace

RecordCipher::RecordCipher(std::shared_ptr<const KeyRing> keys) : m_keys(std::move(keys)) {}

QByteArray RecordCipher::aad(const char* table, const char* column, const QString& rowKey)
{
    QByteArray out(table);
    out += '.';
    out += column;
    out += ':';
    out += rowKey.toUtf8();
    return out;
}

QByteArray RecordCipher::seal(const char* table, const char* column, const QString& rowKey,
                              const QByteArray& plain, QString* error) const
{
    if (!m_keys) {
        if (error)
            *error = noKeys();
        return {};
    }
    QByteArray envelope =
        m_keys->cipher(KeyRing::Purpose::Records).encrypt(plain, aad(table, column, rowKey));
    if (envelope.isEmpty() && error)
        *error = QCoreApplication::translate("RecordCipher", "Encryption failed (no system randomness).");
    return envelope;
}

std::optional<QByteArray> RecordCipher::open(const char* table, const char* column, const QString& rowKey,
                                             const QVariant& stored, QString* error) const
{
    if (stored.isNull())
        return QByteArray();
    if (stored.typeId() != QMetaType::QByteArray) {
        // TEXT: the column's '' default is harmless; anything else is plaintext that never went
        // through the upgrade, or was written behind the program's back.
        if (stored.toString().isEmpty())
            return QByteArray();
        if (error)
            *error = QCoreApplication::translate("RecordCipher",
                                                 "%1.%2 of %3 is stored unencrypted and was not read.")
                         .arg(QLatin1String(table), QLatin1String(column), rowKey);
        return std::nullopt;
    }
    if (!m_keys) {
        if (error)
            *error = noKeys();
        return std::nullopt;
    }
    QString detail;
    auto plain = m_keys->cipher(KeyRing::Purpose::Records)
                     .decrypt(stored.toByteArray(), aad(table, column, rowKey), &detail);
    if (!plain && error)
        *error = QCoreApplication::translate("RecordCipher", "%1.%2 of %3 cannot be decrypted: %4")
                     .arg(QLatin1String(table), QLatin1String(column), rowKey, detail);
    return plain;
}

QString RecordCipher::openText(const char* table, const char* column, const QString& rowKey,
                               const QVariant& stored, QString* error) const
{
    const auto plain = open(table, column, rowKey, stored, error);
    return plain ? QString::fromUtf8(*plain) : QString();
}

QByteArray RecordCipher::digest(const QByteArray& purpose, const QByteArray& value) const
{
    if (!m_keys)
        return {};
    // A subkey per use, derived from the blob-name key (an HMAC key), so the digest never shares a key
    // with the encryption of the same value.
    QByteArray subkey = m_keys->mac(KeyRing::Purpose::BlobNames, "mtbdesk/record-digest/" + purpose);
    const QByteArray out = hmacSha256(subkey, value);
    secureWipe(subkey);
    return out;
}

} // namespace mtb
