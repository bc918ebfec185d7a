#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace mtb {

class KeyRing;

// Encrypts and decrypts the columns of the drafts database that identify a person (docs/encryption.md).
// Each value is one envelope stored as a BLOB, bound by its associated data to its table, column and
// row ("applications.payload:<uuid>"), so a value copied into another row or column is refused rather
// than shown under the wrong person. Plaintext from before encryption (schema 5) is TEXT: it is never
// accepted as a value (only the one-time upgrade in EncryptionUpgrade reads it).
class RecordCipher
{
public:
    explicit RecordCipher(std::shared_ptr<const KeyRing> keys);

    bool hasKeys() const { return m_keys != nullptr; }
    static QByteArray aad(const char* table, const char* column, const QString& rowKey);

    // The envelope to bind in SQL (a QByteArray binds as a BLOB). Empty (and *error set) only if
    // there are no keys or the cryptographic library failed: callers must then not write.
    QByteArray seal(const char* table, const char* column, const QString& rowKey, const QByteArray& plain,
                    QString* error = nullptr) const;
    QByteArray sealText(const char* table, const char* column, const QString& rowKey, const QString& plain,
                        QString* error = nullptr) const
    {
        return seal(table, column, rowKey, plain.toUtf8(), error);
    }

    // Decrypts a column value as SQLite returned it. An empty TEXT value (a column's '' default) reads
    // as empty; any other non-BLOB value is refused, as is an envelope that does not authenticate.
    std::optional<QByteArray> open(const char* table, const char* column, const QString& rowKey,
                                   const QVariant& stored, QString* error = nullptr) const;
    // Convenience for text columns: an unreadable value comes back empty, with *error set.
    QString openText(const char* table, const char* column, const QString& rowKey, const QVariant& stored,
                     QString* error = nullptr) const;

    // A keyed digest (HMAC) for values that must be compared but not read (the outbox payload guard).
    QByteArray digest(const QByteArray& purpose, const QByteArray& value) const;

private:
    std::shared_ptr<const KeyRing> m_keys;
};

} // namespace mtb
