// libFuzzer target: the central service's answers as the client reads them (docs/api.md): the
// reply body (ApiReply::readBody: JSON, the error document), the change feed, upload answers, the
// staff object of the sign-in answer, a submission body (WireApplication), the canonical JSON of
// whatever arrived, and a catalogue download. A broken or hostile answer must be refused or bounded.
#include "ApiError.h"
#include "ApiReply.h"
#include "CanonicalJson.h"
#include "Catalog.h"
#include "FuzzSupport.h"
#include "ServerReplies.h"
#include "StaffIdentity.h"
#include "WireApplication.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    mtb::fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace mtb;
    const QByteArray body = fuzz::bytesOf(data, size);

    // The same body as a success and as an error answer (the status picks the error parser).
    ApiReply ok;
    ok.httpStatus = 200;
    ok.readBody(body);
    MTB_FUZZ_CHECK(!ok.error.has_value());
    (void)ok.classification();

    ApiReply failed;
    failed.httpStatus = 400 + int(size % 200);
    failed.readBody(body);
    (void)failed.classification();
    if (failed.error) {
        // What the client keeps of an error must survive its own serialisation.
        const std::optional<wire::ApiError> again = wire::ApiError::parse(failed.httpStatus, failed.error->toBody());
        MTB_FUZZ_CHECK(again.has_value());
        MTB_FUZZ_CHECK(again->code == failed.error->code);
        (void)UploadAnswer::read(failed.error->details, qint64(size));
    }

    const QJsonObject& json = ok.json;
    const ChangeFeedPage feed = ChangeFeedPage::read(json);
    MTB_FUZZ_CHECK(feed.changes.size() <= feed.received);
    for (const ChangeFeedPage::Change& c : feed.changes)
        MTB_FUZZ_CHECK(!c.clientUuid.isNull() && !c.status.isEmpty());

    const qint64 uploadSize = qint64(size) * 1000;
    const UploadAnswer upload = UploadAnswer::read(json, uploadSize);
    MTB_FUZZ_CHECK(!upload.offset || (*upload.offset >= 0 && *upload.offset <= uploadSize));
    MTB_FUZZ_CHECK(upload.chunkBytes >= 0 && upload.chunkBytes <= UploadAnswer::kMaxChunkBytes);
    MTB_FUZZ_CHECK(upload.uploadId.size() <= 128 && !upload.uploadId.contains(u'/'));

    if (const auto staff = StaffIdentity::fromJson(json.value(QStringLiteral("staff")).toObject())) {
        MTB_FUZZ_CHECK(StaffIdentity::fromJson(staff->toJson()) == staff);
        (void)staff->may(StaffIdentity::Permission::ViewAuditLog);
    }

    QString error;
    if (const auto wire = wire::WireApplication::fromJson(json, &error)) {
        // docs/api.md: toJson(fromJson(x)) == x for any body toJson made.
        const QJsonObject first = wire->toJson();
        const auto again = wire::WireApplication::fromJson(first);
        MTB_FUZZ_CHECK(again.has_value());
        MTB_FUZZ_CHECK(again->toJson() == first);
        MTB_FUZZ_CHECK(wire::CanonicalJson::sha256Hex(first).size() == 64);
        (void)wire->pageHashes();
    }

    // The canonical form is JSON that reads back (idempotency compares its hash).
    if (!json.isEmpty()) {
        const QByteArray canonical = wire::CanonicalJson::serialize(json);
        QJsonParseError parseError;
        const QJsonDocument back = QJsonDocument::fromJson(canonical, &parseError);
        MTB_FUZZ_CHECK(parseError.error == QJsonParseError::NoError && back.isObject());
    }

    // A catalogue document from GET /catalog (CatalogStore::install parses it the same way).
    if (body.contains("diseases")) {
        Catalog catalog;
        QString catalogError;
        (void)catalog.loadFromJson(body, &catalogError);
    }
    return 0;
}
