#include "UploadRoutes.h"

#include "Router.h"
#include "SimContext.h"
#include "WireApplication.h"

namespace mtb::sim {

using wire::ErrorCode;

namespace {

QJsonObject resumeJson(const BlobStore::Upload& u)
{
    return QJsonObject{{"upload_id", u.uploadId},
                       {"offset", u.received},
                       {"size", u.size},
                       {"chunk_bytes", ServerCatalog::kChunkBytes}};
}

HttpReply startUpload(SimContext& ctx, HttpRequest& req)
{
    const auto body = req.jsonBody();
    if (!body)
        return HttpReply::error(req, ErrorCode::BadRequest, QStringLiteral("expected a JSON object"));
    const QString sha = body->value(QLatin1String("sha256")).toString();
    const qint64 size = body->value(QLatin1String("size")).toInteger(-1);
    const QString format = body->value(QLatin1String("format")).toString();
    if (!wire::isSha256Hex(sha) || size <= 0 || !ServerCatalog::formats().contains(format))
        return HttpReply::error(req, ErrorCode::BadRequest,
                                QStringLiteral("need sha256 (64 lower-case hex), size > 0, format jpeg|png"));
    if (size > ServerCatalog::kMaxPageBytes)
        return HttpReply::error(req, ErrorCode::TooLarge, QStringLiteral("page larger than max_page_bytes"),
                                {{"max_page_bytes", ServerCatalog::kMaxPageBytes}});
    if (ctx.blobs.hasBlob(sha))
        return HttpReply::json(200, {{"sha256", sha}, {"complete", true}});
    // An earlier upload of the same image that was cut off: continue it rather than start over.
    if (auto open = ctx.blobs.openUploadFor(sha); open && open->size == size) {
        if (ctx.blobs.settle(&*open))
            return HttpReply::json(200, {{"sha256", sha}, {"complete", true}});
        return HttpReply::json(200, resumeJson(*open));
    }
    return HttpReply::json(201, resumeJson(ctx.blobs.startUpload(sha, size, format)));
}

HttpReply putChunk(SimContext& ctx, HttpRequest& req)
{
    auto upload = ctx.blobs.upload(req.params.value(0));
    if (!upload)
        return HttpReply::error(req, ErrorCode::NotFound, QStringLiteral("no such upload"));
    bool ok = false;
    const qint64 offset = req.query.queryItemValue(QStringLiteral("offset")).toLongLong(&ok);
    if (!ok || offset < 0)
        return HttpReply::error(req, ErrorCode::BadRequest, QStringLiteral("?offset=N is required"));
    ctx.blobs.settle(&*upload);
    if (upload->complete)
        return HttpReply::json(200, {{"offset", upload->size}, {"complete", true}});
    if (req.body.size() > ServerCatalog::kChunkBytes)
        return HttpReply::error(req, ErrorCode::TooLarge, QStringLiteral("chunk larger than chunk_bytes"),
                                {{"chunk_bytes", ServerCatalog::kChunkBytes}});
    if (req.body.isEmpty())
        return HttpReply::error(req, ErrorCode::BadRequest, QStringLiteral("empty chunk"));

    switch (ctx.blobs.appendChunk(&*upload, offset, req.body)) {
    case BlobStore::ChunkResult::Accepted:
        return HttpReply::json(200, {{"offset", upload->received}, {"complete", false}});
    case BlobStore::ChunkResult::Completed:
        return HttpReply::json(200, {{"offset", upload->size}, {"complete", true}});
    case BlobStore::ChunkResult::OffsetMismatch:
        return HttpReply::error(req, ErrorCode::OffsetMismatch,
                                QStringLiteral("continue from details.offset"),
                                {{"offset", upload->received}});
    case BlobStore::ChunkResult::TooLong:
        return HttpReply::error(req, ErrorCode::BadRequest,
                                QStringLiteral("chunk goes beyond the announced size"));
    case BlobStore::ChunkResult::ChecksumMismatch:
        return HttpReply::error(req, ErrorCode::ChecksumMismatch,
                                QStringLiteral("bytes do not hash to the announced sha256; upload reset"),
                                {{"offset", 0}});
    case BlobStore::ChunkResult::IoError:
        break;
    }
    return HttpReply::error(req, ErrorCode::ServerError, QStringLiteral("could not store the chunk"));
}

} // namespace

void UploadRoutes::install(Router& router, SimContext& ctx)
{
    router.add("POST", QStringLiteral("/uploads"), Router::Access::Staff,
               [&ctx](HttpRequest& req) { return startUpload(ctx, req); });
    router.add("PUT", QStringLiteral("/uploads/{upload_id}"), Router::Access::Staff,
               [&ctx](HttpRequest& req) { return putChunk(ctx, req); });
    router.add("GET", QStringLiteral("/uploads/{upload_id}"), Router::Access::Staff,
               [&ctx](HttpRequest& req) {
                   auto upload = ctx.blobs.upload(req.params.value(0));
                   if (!upload)
                       return HttpReply::error(req, ErrorCode::NotFound, QStringLiteral("no such upload"));
                   ctx.blobs.settle(&*upload);
                   return HttpReply::json(200, {{"upload_id", upload->uploadId},
                                                {"offset", upload->received},
                                                {"size", upload->size},
                                                {"complete", upload->complete}});
               });
    router.add("HEAD", QStringLiteral("/blobs/{sha256}"), Router::Access::Staff, [&ctx](HttpRequest& req) {
        return HttpReply::empty(ctx.blobs.hasBlob(req.params.value(0)) ? 200 : 404);
    });
}

} // namespace mtb::sim
