#pragma once

#include <QSqlDatabase>
#include <QString>

namespace mtb::sim {

// Bearer tokens: random 256-bit strings, stored only as SHA-256 hashes with their expiry, so that
// they survive a restart of the service (a client resuming an upload after a crash keeps its token).
class Sessions
{
public:
    enum class Check { Valid, Expired, Invalid };
    struct Tokens
    {
        QString accessToken;
        QString refreshToken;
        int expiresIn = 0; // seconds
    };

    Sessions(QSqlDatabase& db, int accessTtlSeconds, int refreshTtlSeconds)
        : m_db(db), m_accessTtl(accessTtlSeconds), m_refreshTtl(refreshTtlSeconds)
    {
    }

    Tokens issue(const QString& username);
    // Exchanges a refresh token for new tokens; the old refresh token stops working (rotation).
    // Returns false when it is unknown or expired.
    bool refresh(const QString& refreshToken, Tokens* tokens, QString* username);
    Check checkAccess(const QString& accessToken, QString* username) const;
    // Fault switch expire_tokens: every access token issued so far is expired from now on.
    void expireAllAccessTokens();

private:
    static QString newToken();
    static QString hashOf(const QString& token);
    bool store(const QString& token, const char* kind, const QString& username, int ttlSeconds);

    QSqlDatabase& m_db;
    int m_accessTtl;
    int m_refreshTtl;
};

} // namespace mtb::sim
