#include "ServerReplies.h"

#include "ApiReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace mtb {

namespace {

bool isSafeUploadId(const QString& id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                        u == u'-' || u == u'_' || u == u'.' || u == u'~';
        if (!ok)
            return false;
    }
    return id != u"." && id != u"..";
}

} // namespace

void ApiReply::readBody(QByteArray replyBody)
{
    body = std::move(replyBody);
    json = QJsonDocument::fromJson(body).object();
    error.reset();
    if (httpStatus >= 400)
        error = wire::ApiError::parse(httpStatus, body);
}

UploadAnswer UploadAnswer::read(const QJsonObject& json, qint64 size)
{
    UploadAnswer a;
    const QString id = json.value(QStringLiteral("upload_id")).toString();
    if (isSafeUploadId(id))
        a.uploadId = id;
    // toInteger() gives the default for anything but a whole number: a fraction, a string, null.
    const qint64 offset = json.value(QStringLiteral("offset")).toInteger(-1);
    if (offset >= 0 && offset <= size)
        a.offset = offset;
    a.complete = json.value(QStringLiteral("complete")).toBool();
    const qint64 chunk = json.value(QStringLiteral("chunk_bytes")).toInteger(0);
    if (chunk >= 1 && chunk <= kMaxChunkBytes)
        a.chunkBytes = chunk;
    return a;
}

ChangeFeedPage ChangeFeedPage::read(const QJsonObject& json)
{
    ChangeFeedPage page;
    const QJsonArray changes = json.value(QStringLiteral("changes")).toArray();
    page.received = changes.size();
    for (const QJsonValue& v : changes) {
        const QJsonObject c = v.toObject();
        Change change;
        change.clientUuid = QUuid::fromString(c.value(QStringLiteral("client_uuid")).toString());
        change.status = c.value(QStringLiteral("status")).toString();
        if (change.clientUuid.isNull() || change.status.isEmpty())
            continue;
        change.opinion = c.value(QStringLiteral("opinion")).toString();
        change.applicationNumber = c.value(QStringLiteral("appl_no")).toString();
        page.changes.append(change);
    }
    page.nextCursor = json.value(QStringLiteral("next_cursor")).toString();
    return page;
}

} // namespace mtb
