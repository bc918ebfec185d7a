#pragma once

#include "DraftSummary.h"

#include <QDateTime>

class QSettings;

namespace mtb {

// How long this site keeps local copies (docs/audit.md "Retention"): applications the central service
// has confirmed are purged after `purgeConfirmedAfterDays` without a change; unsent work untouched for
// `flagUnsentAfterDays` is flagged to staff. 0 switches a rule off. Stored in the site settings
// (QSettings), read by the GUI and by `mtbdesk-cli purge`.
struct RetentionPolicy
{
    int purgeConfirmedAfterDays = 30;
    int flagUnsentAfterDays = 7;

    static constexpr int kMaxDays = 3650;
    static RetentionPolicy load(const QSettings& settings);
    static RetentionPolicy fromSettings(); // the application's default QSettings
    void save(QSettings& settings) const;

    // Applications confirmed and unchanged since before this moment may be purged (invalid: never).
    QDateTime purgeCutoff(const QDateTime& now) const;
    // Not sent, not in the trash, and unchanged for flagUnsentAfterDays or more.
    bool isStaleUnsent(const DraftSummary& summary, const QDateTime& now) const;
    int daysSinceChange(const DraftSummary& summary, const QDateTime& now) const;
};

} // namespace mtb
