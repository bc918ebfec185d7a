#include "RemoteStatus.h"

#include <QCoreApplication>

namespace mtb {

namespace {
struct Name
{
    const char* code;
    const char* text;
    bool final;
};
const Name kNames[] = {
    {"accepted", QT_TRANSLATE_NOOP("RemoteStatus", "Accepted"), false},
    {"initial_review", QT_TRANSLATE_NOOP("RemoteStatus", "Initial review"), false},
    {"expert_review", QT_TRANSLATE_NOOP("RemoteStatus", "Expert review"), false},
    {"approved", QT_TRANSLATE_NOOP("RemoteStatus", "Approved"), true},
    {"partially_approved", QT_TRANSLATE_NOOP("RemoteStatus", "Partially approved"), true},
    {"rejected", QT_TRANSLATE_NOOP("RemoteStatus", "Not approved"), true},
    {"returned", QT_TRANSLATE_NOOP("RemoteStatus", "More material needed"), false},
    {"resubmitted", QT_TRANSLATE_NOOP("RemoteStatus", "Resubmitted"), false},
    {"withdrawn", QT_TRANSLATE_NOOP("RemoteStatus", "Withdrawn"), true},
};
} // namespace

QString remoteStatusName(const QString& code)
{
    for (const Name& n : kNames) {
        if (code == QLatin1String(n.code))
            return QCoreApplication::translate("RemoteStatus", n.text);
    }
    return code;
}

bool remoteStatusIsFinal(const QString& code)
{
    for (const Name& n : kNames) {
        if (code == QLatin1String(n.code))
            return n.final;
    }
    return false;
}

} // namespace mtb
