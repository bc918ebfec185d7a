#pragma once

#include "Http.h"

#include <functional>

namespace mtb::sim {

class Sessions;
class Accounts;

// Matches "METHOD /path/{param}" patterns, checks who may call them, and calls the handler.
class Router
{
public:
    enum class Access {
        Public, // no credentials (login, refresh)
        Staff,  // Authorization: Bearer ACCESS_TOKEN
        Admin,  // X-Admin-Token, only when the server was started with --admin-token
    };
    using Handler = std::function<HttpReply(HttpRequest&)>;

    Router(Sessions& sessions, Accounts& accounts, QString adminToken)
        : m_sessions(sessions), m_accounts(accounts), m_adminToken(std::move(adminToken))
    {
    }

    void add(const QByteArray& method, const QString& pattern, Access access, Handler handler);
    // *routeName receives "METHOD /pattern" of the matched route (for statistics), or "unmatched".
    HttpReply dispatch(HttpRequest& request, QString* routeName) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments; // "{x}" matches any one non-empty segment
        QString pattern;
        Access access;
        Handler handler;
    };
    bool matches(const Route& route, const QStringList& segments, QStringList* params) const;
    std::optional<HttpReply> authorize(const Route& route, HttpRequest& request) const;

    Sessions& m_sessions;
    Accounts& m_accounts;
    QString m_adminToken;
    QList<Route> m_routes;
};

} // namespace mtb::sim
