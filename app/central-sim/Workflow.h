#pragma once

#include "ApiError.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace mtb::sim {

class ApplicationStore;

// The review life cycle of docs/api.md ("Status and changes"): which action may move an application
// from which status to which, and what it does to the disease decisions. Used by the admin endpoint,
// the auto-reviewer and the `review` command alike, so all three obey the same rules.
class Workflow
{
public:
    struct Result
    {
        bool ok = false;
        wire::ErrorCode error = wire::ErrorCode::BadRequest; // when !ok
        QString message;                                     // English, when !ok
        QString status;                                      // the new status, when ok
    };

    explicit Workflow(ApplicationStore& store) : m_store(store) {}

    static QStringList actions();
    // decisions: disease code -> "approved" | "rejected"; only for partially_approve, where every
    // line must be decided and both outcomes must occur.
    Result apply(const QString& applNo, const QString& action, const QString& opinion, const QString& by,
                 const QHash<QString, QString>& decisions = {});

private:
    ApplicationStore& m_store;
};

} // namespace mtb::sim
