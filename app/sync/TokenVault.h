#pragma once

#include <QString>

namespace mtb {

// Keeps the refresh token in the OS keychain (QtKeychain: Secret Service, macOS Keychain, Windows
// Credential Manager). Where no keychain is available the token lives in memory only and staff sign
// in again after a restart: it is never written to settings or to the database.
class TokenVault
{
public:
    explicit TokenVault(const QString& account);
    bool store(const QString& refreshToken, QString* error); // false: kept in memory only
    QString load();
    void clear();
    bool persistent() const { return m_persistent; }

private:
    QString m_account;
    QString m_memory;
    bool m_persistent = false;
};

} // namespace mtb
