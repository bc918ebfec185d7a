#include "SyncSession.h"

namespace mtb {

SyncSession::SyncSession(ApiClient* api, const QString& account) : m_api(api), m_vault(account) {}

ApiReply SyncSession::login(const QString& username, const QString& password, const QString& deviceId)
{
    const ApiReply reply = m_api->login(username, password, deviceId);
    if (reply.ok()) {
        m_api->setAccessToken(reply.json.value(QStringLiteral("access_token")).toString());
        m_staff = reply.json.value(QStringLiteral("staff")).toObject();
        m_vault.store(reply.json.value(QStringLiteral("refresh_token")).toString(), nullptr);
    }
    return reply;
}

void SyncSession::adopt(const QString& accessToken, const QString& refreshToken)
{
    m_api->setAccessToken(accessToken);
    if (!refreshToken.isEmpty())
        m_vault.store(refreshToken, nullptr);
}

bool SyncSession::refresh()
{
    const QString token = m_vault.load();
    if (token.isEmpty())
        return false;
    const ApiReply reply = m_api->refresh(token);
    if (!reply.ok())
        return false;
    m_api->setAccessToken(reply.json.value(QStringLiteral("access_token")).toString());
    const QString rotated = reply.json.value(QStringLiteral("refresh_token")).toString();
    if (!rotated.isEmpty())
        m_vault.store(rotated, nullptr);
    return true;
}

void SyncSession::signOut()
{
    m_api->setAccessToken(QString());
    m_vault.clear();
    m_staff = {};
}

} // namespace mtb
