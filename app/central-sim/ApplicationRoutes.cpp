#include "ApplicationRoutes.h"

#include "CanonicalJson.h"
#include "IdNumber.h"
#include "Router.h"
#include "SimContext.h"
#include "Validator.h"
#include "WireApplication.h"

#include <QDateTime>

namespace mtb::sim {

using wire::ErrorCode;

namespace {

enum class Kind { Create, Resubmit };

QDate chinaToday()
{
    return QDateTime::currentDateTimeUtc().toOffsetFromUtc(8 * 3600).date();
}

// A stable code per field error for details.fields[].code; the message says the rest.
QString issueCode(const Validator& validator, const Application& a, const FieldIssue& issue)
{
    if (fieldValue(a, issue.field).isEmpty() && validator.requiredFields(a).contains(issue.field))
        return QStringLiteral("required");
    if (issue.field == u"certno" || issue.field == u"agnter_certno") {
        const QString number = issue.field == u"certno" ? a.applicant.certno : a.agent.certno;
        const IdNumber::Status s = IdNumber::parse(number).status();
        if (s == IdNumber::Status::BadChecksum)
            return QStringLiteral("checksum");
        if (s == IdNumber::Status::BadLength)
            return QStringLiteral("length");
    }
    return QStringLiteral("invalid");
}

QString personKey(const Applicant& p)
{
    const IdNumber id = IdNumber::parse(p.certno);
    const QString number = id.isValid() ? id.normalized() : p.certno.trimmed().toUpper();
    return p.psnCertType + u':' + number;
}

// The account may only send applications of its own site (counter) or institution (hospital).
bool maySubmit(const Staff& staff, const Application& a)
{
    if (staff.role == u"supervisor")
        return true;
    if (staff.role == u"hospital")
        return a.provenance.fixmedinsNo == staff.fixmedinsCode;
    return a.acceptance.site == staff.optins;
}

std::optional<HttpReply> checkContent(SimContext& ctx, const HttpRequest& req,
                                      const wire::WireApplication& wire)
{
    const Application& a = wire.application;
    const Validator validator(ctx.catalog.catalog(), chinaToday());
    QJsonArray fields;
    for (const FieldIssue& issue : validator.validate(a)) {
        if (issue.severity == FieldIssue::Severity::Error)
            fields.append(QJsonObject{{"field", issue.field},
                                      {"code", issueCode(validator, a, issue)},
                                      {"message", issue.message}});
    }
    if (wire.pages.size() > ServerCatalog::kMaxPagesPerApplication)
        fields.append(QJsonObject{
            {"field", "materials"},
            {"code", "too_many_pages"},
            {"message", QStringLiteral("At most %1 pages.").arg(ServerCatalog::kMaxPagesPerApplication)}});
    if (!fields.isEmpty())
        return HttpReply::error(req, ErrorCode::ValidationFailed, QStringLiteral("field errors"),
                                {{"fields", fields}});
    return std::nullopt;
}

std::optional<HttpReply> checkDuplicates(SimContext& ctx, const HttpRequest& req, const Application& a)
{
    const QString person = personKey(a.applicant);
    for (const DiseaseLine& line : a.diseases) {
        const QString existing = ctx.applications.activeApplicationFor(person, line.code);
        if (!existing.isEmpty())
            return HttpReply::error(
                req, ErrorCode::DuplicateApplication,
                QStringLiteral("an active application exists for this person and disease"),
                {{"existing_appl_no", existing}, {"opsp_dise_code", line.code}});
    }
    return std::nullopt;
}

std::optional<HttpReply> checkAttachments(SimContext& ctx, const HttpRequest& req,
                                          const wire::WireApplication& wire)
{
    QJsonArray missing;
    for (const QString& sha : wire.pageHashes()) {
        if (!ctx.blobs.hasBlob(sha))
            missing.append(sha);
    }
    if (!missing.isEmpty())
        return HttpReply::error(req, ErrorCode::MissingAttachments,
                                QStringLiteral("upload these pages first"), {{"sha256", missing}});
    return std::nullopt;
}

HttpReply submit(SimContext& ctx, HttpRequest& req, Kind kind)
{
    const QString key = QString::fromUtf8(req.header("idempotency-key")).trimmed();
    if (key.isEmpty())
        return HttpReply::error(req, ErrorCode::BadRequest,
                                QStringLiteral("Idempotency-Key header required"));
    const auto body = req.jsonBody();
    if (!body)
        return HttpReply::error(req, ErrorCode::BadRequest, QStringLiteral("expected a JSON object"));

    // Idempotency first: a retry after a lost answer gets the original answer, whatever changed since
    // (the application may have moved on in review; the answer describes the submission).
    const QString bodySha = QString::fromLatin1(wire::CanonicalJson::sha256Hex(*body));
    if (const auto earlier = ctx.applications.idempotency(key)) {
        if (earlier->bodySha != bodySha)
            return HttpReply::error(req, ErrorCode::IdempotencyConflict,
                                    QStringLiteral("this Idempotency-Key was used with different content"));
        ++ctx.stats.replays;
        HttpReply replay = HttpReply::json(200, earlier->response);
        replay.setHeader("Idempotent-Replay", "true");
        return replay;
    }

    QString error;
    const auto wire = wire::WireApplication::fromJson(*body, &error);
    if (!wire)
        return HttpReply::error(req, ErrorCode::BadRequest, error);
    const Application& a = wire->application;
    const QString uuid = a.uuid.toString(QUuid::WithoutBraces);
    const QString expectedKey = kind == Kind::Create ? uuid : uuid + u':' + QString::number(a.revision);
    if (key.compare(expectedKey, Qt::CaseInsensitive) != 0)
        return HttpReply::error(req, ErrorCode::BadRequest,
                                kind == Kind::Create
                                    ? QStringLiteral("Idempotency-Key must be the client_uuid")
                                    : QStringLiteral("Idempotency-Key must be CLIENT_UUID:REVISION"));
    if (!maySubmit(*req.staff, a))
        return HttpReply::error(req, ErrorCode::Forbidden,
                                QStringLiteral("this account may not submit for that site or institution"));

    std::optional<ApplicationStore::Record> existing;
    if (kind == Kind::Resubmit) {
        existing = ctx.applications.find(req.params.value(0));
        if (!existing)
            return HttpReply::error(req, ErrorCode::NotFound, QStringLiteral("no such application"));
        if (!ApplicationStore::canSee(*req.staff, *existing) ||
            existing->clientUuid.compare(uuid, Qt::CaseInsensitive))
            return HttpReply::error(req, ErrorCode::Forbidden,
                                    QStringLiteral("not this account's application"));
        if (existing->status != u"returned")
            return HttpReply::error(req, ErrorCode::InvalidState,
                                    QStringLiteral("only a returned application can be resubmitted"),
                                    {{"status", existing->status}});
        if (a.revision != existing->revision + 1)
            return HttpReply::error(req, ErrorCode::BadRequest,
                                    QStringLiteral("revision must be %1").arg(existing->revision + 1));
    } else if (ctx.applications.findByClientUuid(uuid)) {
        // Only possible when the key differs in letter case from the one stored: same draft, sent again.
        return HttpReply::error(req, ErrorCode::IdempotencyConflict,
                                QStringLiteral("this client_uuid was already submitted"));
    }

    if (auto refused = checkContent(ctx, req, *wire))
        return *refused;
    if (kind == Kind::Create) {
        if (auto refused = checkDuplicates(ctx, req, a))
            return *refused;
    }
    if (auto refused = checkAttachments(ctx, req, *wire))
        return *refused;

    ApplicationStore::Submission s;
    s.idempotencyKey = key;
    s.bodySha = bodySha;
    s.body = req.body;
    s.clientUuid = uuid;
    s.revision = a.revision;
    s.personKey = personKey(a.applicant);
    s.optins = a.acceptance.site;
    s.fixmedins = a.provenance.fixmedinsNo;
    s.submittedBy = req.staff->opterId;
    for (const DiseaseLine& line : a.diseases)
        s.diseases.append({line.code, line.name});
    const auto response =
        kind == Kind::Create ? ctx.applications.create(s) : ctx.applications.resubmit(existing->applNo, s);
    if (!response)
        return HttpReply::error(req, ErrorCode::ServerError, QStringLiteral("database error"));
    return HttpReply::json(201, *response);
}

HttpReply status(SimContext& ctx, HttpRequest& req)
{
    const auto record = ctx.applications.find(req.params.value(0));
    if (!record)
        return HttpReply::error(req, ErrorCode::NotFound, QStringLiteral("no such application"));
    if (!ApplicationStore::canSee(*req.staff, *record))
        return HttpReply::error(req, ErrorCode::Forbidden, QStringLiteral("not visible to this account"));
    return HttpReply::json(200, ctx.applications.statusDocument(*record, ctx.catalog));
}

HttpReply changes(SimContext& ctx, HttpRequest& req)
{
    const QString cursor = req.query.queryItemValue(QStringLiteral("cursor"));
    bool ok = true;
    const qint64 after = cursor.isEmpty() ? 0 : cursor.toLongLong(&ok);
    const QString limitText = req.query.queryItemValue(QStringLiteral("limit"));
    bool limitOk = true;
    const int limit = limitText.isEmpty() ? 100 : limitText.toInt(&limitOk);
    if (!ok || after < 0 || !limitOk || limit < 1 || limit > 1000)
        return HttpReply::error(req, ErrorCode::BadRequest,
                                QStringLiteral("cursor: a number; limit: 1..1000"));
    const QJsonArray list = ctx.applications.changes(ApplicationStore::scopeFor(*req.staff), after, limit);
    const QString next =
        list.isEmpty() ? cursor : QString::number(list.last().toObject().value("seq").toInteger());
    return HttpReply::json(200, {{"changes", list}, {"next_cursor", next}});
}

} // namespace

void ApplicationRoutes::install(Router& router, SimContext& ctx)
{
    router.add("POST", QStringLiteral("/applications"), Router::Access::Staff,
               [&ctx](HttpRequest& req) { return submit(ctx, req, Kind::Create); });
    router.add("GET", QStringLiteral("/applications/{appl_no}"), Router::Access::Staff,
               [&ctx](HttpRequest& req) { return status(ctx, req); });
    router.add("POST", QStringLiteral("/applications/{appl_no}/resubmissions"), Router::Access::Staff,
               [&ctx](HttpRequest& req) { return submit(ctx, req, Kind::Resubmit); });
    router.add("GET", QStringLiteral("/changes"), Router::Access::Staff,
               [&ctx](HttpRequest& req) { return changes(ctx, req); });
}

} // namespace mtb::sim
