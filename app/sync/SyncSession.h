#pragma once

#include "ApiClient.h"
#include "TokenVault.h"

#include <QJsonObject>

namespace mtb {

// Who is signed in to the central service, and keeping their access token fresh.
class SyncSession
{
public:
    SyncSession(ApiClient* api, const QString& account);

    // Signs in; on success the refresh token goes to the keychain (or memory) and the access token
    // into the client. Returns the reply so callers can show the right message.
    ApiReply login(const QString& username, const QString& password, const QString& deviceId);
    // Uses the stored refresh token; false when there is none or the service refused it.
    bool refresh();
    // Takes over the tokens of a sign-in made elsewhere (the desk's start-up sign-in), so the service is
    // not asked a second time; the refresh token is kept like one from login().
    void adopt(const QString& accessToken, const QString& refreshToken);
    bool signedIn() const { return !m_api->accessToken().isEmpty(); }
    QJsonObject staff() const { return m_staff; }
    void signOut();
    bool tokenPersistent() const { return m_vault.persistent(); }

private:
    ApiClient* m_api;
    TokenVault m_vault;
    QJsonObject m_staff;
};

} // namespace mtb
