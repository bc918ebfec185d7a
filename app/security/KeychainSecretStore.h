#pragma once

#include "SecretStore.h"

namespace mtb {

// The OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows Credential Manager),
// never with its insecure plaintext fallback. Jobs run on the application's main thread (QtKeychain
// is not safe across threads; see TokenVault): call it there, or from a thread the main thread does
// not wait for. MTBDESK_NO_KEYCHAIN=1 turns it off (sites that forbid it; tests).
class KeychainSecretStore final : public SecretStore
{
public:
    static constexpr const char* kService = "MTB Desk";
    static bool disabledByEnvironment();

    Status read(const QString& account, QByteArray* secret, QString* error) override;
    Status write(const QString& account, const QByteArray& secret, QString* error) override;
    Status remove(const QString& account, QString* error) override;
};

} // namespace mtb
