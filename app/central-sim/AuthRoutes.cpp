#include "AuthRoutes.h"

#include "Router.h"
#include "SimContext.h"

namespace mtb::sim {

using wire::ErrorCode;

namespace {
QJsonObject tokensJson(const Sessions::Tokens& t)
{
    return QJsonObject{
        {"access_token", t.accessToken}, {"refresh_token", t.refreshToken}, {"expires_in", t.expiresIn}};
}
} // namespace

void AuthRoutes::install(Router& router, SimContext& ctx)
{
    router.add("POST", QStringLiteral("/auth/login"), Router::Access::Public, [&ctx](HttpRequest& req) {
        const auto body = req.jsonBody();
        if (!body)
            return HttpReply::error(req, ErrorCode::BadRequest, QStringLiteral("expected a JSON object"));
        const QString user = body->value(QLatin1String("username")).toString();
        const auto staff = ctx.accounts.verify(user, body->value(QLatin1String("password")).toString());
        if (!staff)
            return HttpReply::error(req, ErrorCode::InvalidCredentials,
                                    QStringLiteral("wrong user or password"));
        QJsonObject answer = tokensJson(ctx.sessions.issue(staff->opterId));
        answer.insert(QLatin1String("staff"), staff->toJson());
        return HttpReply::json(200, answer);
    });

    router.add("POST", QStringLiteral("/auth/refresh"), Router::Access::Public, [&ctx](HttpRequest& req) {
        const auto body = req.jsonBody();
        if (!body)
            return HttpReply::error(req, ErrorCode::BadRequest, QStringLiteral("expected a JSON object"));
        Sessions::Tokens tokens;
        QString username;
        if (!ctx.sessions.refresh(body->value(QLatin1String("refresh_token")).toString(), &tokens, &username))
            return HttpReply::error(req, ErrorCode::TokenInvalid,
                                    QStringLiteral("unknown or expired refresh token"));
        return HttpReply::json(200, tokensJson(tokens));
    });
}

} // namespace mtb::sim
