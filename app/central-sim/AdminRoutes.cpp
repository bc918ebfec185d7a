#include "AdminRoutes.h"

#include "Router.h"
#include "SimContext.h"
#include "Workflow.h"

namespace mtb::sim {

using wire::ErrorCode;

namespace {

HttpReply transition(SimContext& ctx, HttpRequest& req)
{
    const auto body = req.jsonBody();
    if (!body)
        return HttpReply::error(req, ErrorCode::BadRequest, QStringLiteral("expected a JSON object"));
    QHash<QString, QString> decisions;
    const QJsonObject d = body->value(QLatin1String("decisions")).toObject();
    for (auto it = d.begin(); it != d.end(); ++it)
        decisions.insert(it.key(), it.value().toString());
    Workflow workflow(ctx.applications);
    const Workflow::Result result =
        workflow.apply(req.params.value(0), body->value(QLatin1String("action")).toString(),
                       body->value(QLatin1String("opinion")).toString(),
                       body->value(QLatin1String("by")).toString(), decisions);
    if (!result.ok)
        return HttpReply::error(req, result.error, result.message);
    return HttpReply::json(
        200, ctx.applications.statusDocument(*ctx.applications.find(req.params.value(0)), ctx.catalog));
}

HttpReply setFaults(SimContext& ctx, HttpRequest& req)
{
    const auto body = req.jsonBody();
    if (!body)
        return HttpReply::error(req, ErrorCode::BadRequest, QStringLiteral("expected a JSON object"));
    bool expireTokens = false;
    QString error;
    if (!ctx.faults.apply(*body, &expireTokens, &error))
        return HttpReply::error(req, ErrorCode::BadRequest, error);
    if (expireTokens)
        ctx.sessions.expireAllAccessTokens();
    return HttpReply::json(200, ctx.faults.toJson());
}

HttpReply stats(SimContext& ctx)
{
    QJsonObject requests;
    for (auto it = ctx.stats.requests.begin(); it != ctx.stats.requests.end(); ++it)
        requests.insert(it.key(), it.value());
    return HttpReply::json(200, {{"applications", ctx.applications.count()},
                                 {"blobs", ctx.blobs.blobCount()},
                                 {"uploads", QJsonObject{{"open", ctx.blobs.uploadCount(false)},
                                                         {"complete", ctx.blobs.uploadCount(true)}}},
                                 {"requests", requests},
                                 {"replays", ctx.stats.replays},
                                 {"faults_injected", ctx.stats.faultsInjected}});
}

} // namespace

void AdminRoutes::install(Router& router, SimContext& ctx)
{
    router.add("POST", QStringLiteral("/admin/applications/{appl_no}/transitions"), Router::Access::Admin,
               [&ctx](HttpRequest& req) { return transition(ctx, req); });
    router.add("POST", QStringLiteral("/admin/faults"), Router::Access::Admin,
               [&ctx](HttpRequest& req) { return setFaults(ctx, req); });
    router.add("GET", QStringLiteral("/admin/faults"), Router::Access::Admin,
               [&ctx](HttpRequest&) { return HttpReply::json(200, ctx.faults.toJson()); });
    router.add("GET", QStringLiteral("/admin/stats"), Router::Access::Admin,
               [&ctx](HttpRequest&) { return stats(ctx); });
}

} // namespace mtb::sim
