#include "Sessions.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

namespace mtb::sim {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

QString Sessions::newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Sessions::hashOf(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool Sessions::store(const QString& token, const char* kind, const QString& username, int ttlSeconds)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sessions(token_hash, kind, username, expires_ms) VALUES(?,?,?,?)"));
    q.addBindValue(hashOf(token));
    q.addBindValue(QString::fromLatin1(kind));
    q.addBindValue(username);
    q.addBindValue(nowMs() + qint64(ttlSeconds) * 1000);
    return q.exec();
}

Sessions::Tokens Sessions::issue(const QString& username)
{
    // Forget long-dead tokens now and then; a simulator needs no separate janitor.
    QSqlQuery cleanup(m_db);
    cleanup.prepare(QStringLiteral("DELETE FROM sessions WHERE expires_ms < ?"));
    cleanup.addBindValue(nowMs() - qint64(24) * 3600 * 1000);
    cleanup.exec();

    Tokens t{newToken(), newToken(), m_accessTtl};
    store(t.accessToken, "access", username, m_accessTtl);
    store(t.refreshToken, "refresh", username, m_refreshTtl);
    return t;
}

bool Sessions::refresh(const QString& refreshToken, Tokens* tokens, QString* username)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT username, expires_ms FROM sessions WHERE token_hash = ? AND kind = 'refresh'"));
    q.addBindValue(hashOf(refreshToken));
    if (!q.exec() || !q.next() || q.value(1).toLongLong() < nowMs())
        return false;
    *username = q.value(0).toString();
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"));
    del.addBindValue(hashOf(refreshToken));
    del.exec();
    *tokens = issue(*username);
    return true;
}

Sessions::Check Sessions::checkAccess(const QString& accessToken, QString* username) const
{
    if (accessToken.isEmpty())
        return Check::Invalid;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT username, expires_ms FROM sessions WHERE token_hash = ? AND kind = 'access'"));
    q.addBindValue(hashOf(accessToken));
    if (!q.exec() || !q.next())
        return Check::Invalid;
    *username = q.value(0).toString();
    return q.value(1).toLongLong() <= nowMs() ? Check::Expired : Check::Valid;
}

void Sessions::expireAllAccessTokens()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sessions SET expires_ms = ? WHERE kind = 'access' AND expires_ms > ?"));
    q.addBindValue(nowMs() - 1);
    q.addBindValue(nowMs() - 1);
    q.exec();
}

} // namespace mtb::sim
