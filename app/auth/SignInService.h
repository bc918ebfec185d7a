#pragma once

#include "SignInResult.h"

#include <QString>

namespace mtb {

class ApiClient;
class OfflineVerifier;

// Signs a staff member in: the central service first (POST /auth/login); when it cannot be reached
// (no network, no answer, a server error, or a TLS failure that may be a hostile network), the same
// user name and password are checked on this PC by the OfflineVerifier. A refused password online is
// final: it never falls back to the local check. After every online success the local hash is
// refreshed, so offline sign-in follows the latest password.
//
// Synchronous (network round trip, then a slow hash): run it on a worker thread.
class SignInService
{
public:
    // api may be null when no central service is configured: then only the local check runs.
    SignInService(ApiClient* api, OfflineVerifier* verifier) : m_api(api), m_verifier(verifier) {}

    SignInResult signIn(const QString& user, const QString& password, const QString& deviceId);

private:
    SignInResult signInOffline(const QString& user, const QString& password, const QString& why);

    ApiClient* m_api;
    OfflineVerifier* m_verifier;
};

} // namespace mtb
