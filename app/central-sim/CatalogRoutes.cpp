#include "CatalogRoutes.h"

#include "Router.h"
#include "SimContext.h"

namespace mtb::sim {

namespace {
// If-None-Match may list several tags, or be "*" (RFC 9110 13.1.2); weak tags compare weakly.
bool matchesIfNoneMatch(const QByteArray& header, const QByteArray& etag)
{
    for (QByteArray tag : header.split(',')) {
        tag = tag.trimmed();
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == "*" || tag == etag)
            return true;
    }
    return false;
}
} // namespace

void CatalogRoutes::install(Router& router, SimContext& ctx)
{
    router.add("GET", QStringLiteral("/catalog"), Router::Access::Staff, [&ctx](HttpRequest& req) {
        const QByteArray etag = ctx.catalog.etag();
        HttpReply reply;
        if (matchesIfNoneMatch(req.header("if-none-match"), etag)) {
            reply = HttpReply::empty(304);
        } else {
            reply.status = 200;
            reply.body = ctx.catalog.bytes();
            reply.setHeader("Content-Type", "application/json; charset=utf-8");
        }
        reply.setHeader("ETag", etag);
        reply.setHeader("Cache-Control", "no-cache");
        return reply;
    });
}

} // namespace mtb::sim
