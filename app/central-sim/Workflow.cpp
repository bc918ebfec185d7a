#include "Workflow.h"

#include "ApplicationStore.h"

namespace mtb::sim {

using wire::ErrorCode;

namespace {
struct Step
{
    const char* action;
    const char* to;
    QStringList from;
};

const QList<Step>& steps()
{
    static const QList<Step> s = {
        // A resubmitted application is accepted again before review, or goes straight to review.
        {"accept", "accepted", {QStringLiteral("resubmitted")}},
        {"initial_review", "initial_review", {QStringLiteral("accepted"), QStringLiteral("resubmitted")}},
        {"expert_review", "expert_review", {QStringLiteral("initial_review")}},
        {"approve", "approved", {QStringLiteral("initial_review"), QStringLiteral("expert_review")}},
        {"partially_approve",
         "partially_approved",
         {QStringLiteral("initial_review"), QStringLiteral("expert_review")}},
        {"reject", "rejected", {QStringLiteral("initial_review"), QStringLiteral("expert_review")}},
        {"return",
         "returned",
         {QStringLiteral("accepted"), QStringLiteral("initial_review"), QStringLiteral("expert_review")}},
        {"withdraw",
         "withdrawn",
         {QStringLiteral("accepted"), QStringLiteral("initial_review"), QStringLiteral("expert_review"),
          QStringLiteral("returned"), QStringLiteral("resubmitted")}},
    };
    return s;
}

Workflow::Result failure(ErrorCode code, const QString& message)
{
    return {false, code, message, {}};
}
} // namespace

QStringList Workflow::actions()
{
    QStringList out;
    for (const Step& s : steps())
        out << QString::fromLatin1(s.action);
    return out;
}

Workflow::Result Workflow::apply(const QString& applNo, const QString& action, const QString& opinion,
                                 const QString& by, const QHash<QString, QString>& decisions)
{
    const Step* step = nullptr;
    for (const Step& s : steps()) {
        if (action == QLatin1String(s.action))
            step = &s;
    }
    if (!step)
        return failure(ErrorCode::BadRequest,
                       QStringLiteral("unknown action; one of: ") + actions().join(u", "));
    const auto record = m_store.find(applNo);
    if (!record)
        return failure(ErrorCode::NotFound, QStringLiteral("no such application"));
    if (!step->from.contains(record->status))
        return failure(ErrorCode::InvalidState,
                       QStringLiteral("cannot %1 an application that is %2").arg(action, record->status));
    if (action == u"return" && opinion.trimmed().isEmpty())
        return failure(ErrorCode::BadRequest, QStringLiteral("return needs an opinion: what is missing"));

    const QString status = QString::fromLatin1(step->to);
    const QString reviewer = by.isEmpty() ? QStringLiteral("system") : by;
    bool stored = false;
    if (action == u"partially_approve") {
        const QStringList codes = m_store.diseaseCodes(applNo);
        const QList<QString> outcomes = decisions.values();
        bool complete = decisions.size() == codes.size();
        for (const QString& code : codes)
            complete = complete && decisions.contains(code);
        for (const QString& d : outcomes)
            complete = complete && (d == u"approved" || d == u"rejected");
        if (!complete || !outcomes.contains(QStringLiteral("approved")) ||
            !outcomes.contains(QStringLiteral("rejected")))
            return failure(
                ErrorCode::BadRequest,
                QStringLiteral("partially_approve needs decisions {code: approved|rejected} for every"
                               " disease line, with at least one of each"));
        stored = m_store.recordTransition(applNo, status, reviewer, opinion, decisions);
    } else if (action == u"approve" || action == u"reject") {
        stored = m_store.recordTransition(applNo, status, reviewer, opinion, {}, true,
                                          action == u"approve" ? QStringLiteral("approved")
                                                               : QStringLiteral("rejected"));
    } else {
        stored = m_store.recordTransition(applNo, status, reviewer, opinion, {});
    }
    if (!stored)
        return failure(ErrorCode::ServerError, QStringLiteral("database error"));
    return {true, ErrorCode::BadRequest, {}, status};
}

} // namespace mtb::sim
