#include "Router.h"

#include "Accounts.h"
#include "Sessions.h"

namespace mtb::sim {

using wire::ErrorCode;

void Router::add(const QByteArray& method, const QString& pattern, Access access, Handler handler)
{
    m_routes.append({method, pattern.split(u'/', Qt::SkipEmptyParts), pattern, access, std::move(handler)});
}

bool Router::matches(const Route& route, const QStringList& segments, QStringList* params) const
{
    if (route.segments.size() != segments.size())
        return false;
    QStringList found;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString& want = route.segments[i];
        if (want.startsWith(u'{'))
            found << segments[i];
        else if (want != segments[i])
            return false;
    }
    *params = found;
    return true;
}

std::optional<HttpReply> Router::authorize(const Route& route, HttpRequest& request) const
{
    switch (route.access) {
    case Access::Public:
        return std::nullopt;
    case Access::Admin:
        if (m_adminToken.isEmpty())
            return HttpReply::error(request, ErrorCode::Forbidden,
                                    QStringLiteral("administration is disabled (no --admin-token)"));
        if (QString::fromUtf8(request.header("x-admin-token")) != m_adminToken)
            return HttpReply::error(request, ErrorCode::Forbidden, QStringLiteral("wrong X-Admin-Token"));
        return std::nullopt;
    case Access::Staff: {
        const QByteArray auth = request.header("authorization");
        const QByteArray prefix("Bearer ");
        const QString token =
            auth.startsWith(prefix) ? QString::fromLatin1(auth.mid(prefix.size())) : QString();
        QString username;
        switch (m_sessions.checkAccess(token, &username)) {
        case Sessions::Check::Expired:
            return HttpReply::error(request, ErrorCode::TokenExpired, QStringLiteral("access token expired"));
        case Sessions::Check::Invalid:
            return HttpReply::error(request, ErrorCode::TokenInvalid, QStringLiteral("unknown access token"));
        case Sessions::Check::Valid:
            break;
        }
        request.staff = m_accounts.find(username);
        if (!request.staff)
            return HttpReply::error(request, ErrorCode::TokenInvalid,
                                    QStringLiteral("account no longer exists"));
        return std::nullopt;
    }
    }
    return std::nullopt;
}

HttpReply Router::dispatch(HttpRequest& request, QString* routeName) const
{
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    bool pathKnown = false;
    for (const Route& route : m_routes) {
        QStringList params;
        if (!matches(route, segments, &params))
            continue;
        pathKnown = true;
        // HEAD is answered like GET (the writer leaves the body out) unless a route says otherwise.
        const bool headAsGet = request.method == "HEAD" && route.method == "GET";
        if (route.method != request.method && !headAsGet)
            continue;
        *routeName = QString::fromLatin1(route.method) + u' ' + route.pattern;
        request.params = params;
        if (auto refused = authorize(route, request))
            return *refused;
        return route.handler(request);
    }
    *routeName = QStringLiteral("unmatched");
    if (pathKnown) {
        HttpReply r = HttpReply::error(request, ErrorCode::BadRequest, QStringLiteral("method not allowed"));
        r.status = 405;
        return r;
    }
    return HttpReply::error(request, ErrorCode::NotFound, QStringLiteral("no such endpoint"));
}

} // namespace mtb::sim
