#pragma once

#include <QByteArray>
#include <QString>

namespace mtb {

// Where a small secret (the key vault's key-encryption key) is kept outside the data folder. The
// real one is the OS keychain (KeychainSecretStore); tests use an in-memory one, so what the program
// does when the keychain is missing, empty or wrong is testable on a machine without one.
class SecretStore
{
public:
    enum class Status {
        Ok,
        NotFound,    // the keychain works but has no such entry
        Unavailable, // no keychain on this machine (or it refused access)
        Failed,      // anything else; see the error text
    };
    virtual ~SecretStore() = default;
    virtual Status read(const QString& account, QByteArray* secret, QString* error) = 0;
    virtual Status write(const QString& account, const QByteArray& secret, QString* error) = 0;
    virtual Status remove(const QString& account, QString* error) = 0;
};

} // namespace mtb
