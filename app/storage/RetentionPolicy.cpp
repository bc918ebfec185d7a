#include "RetentionPolicy.h"

#include <QSettings>

#include <algorithm>

namespace mtb {

namespace {
const QString kPurgeKey = QStringLiteral("retention/purgeConfirmedAfterDays");
const QString kFlagKey = QStringLiteral("retention/flagUnsentAfterDays");

int clampDays(int days)
{
    return std::clamp(days, 0, RetentionPolicy::kMaxDays);
}
} // namespace

RetentionPolicy RetentionPolicy::load(const QSettings& settings)
{
    RetentionPolicy p;
    p.purgeConfirmedAfterDays = clampDays(settings.value(kPurgeKey, p.purgeConfirmedAfterDays).toInt());
    p.flagUnsentAfterDays = clampDays(settings.value(kFlagKey, p.flagUnsentAfterDays).toInt());
    return p;
}

RetentionPolicy RetentionPolicy::fromSettings()
{
    const QSettings settings;
    return load(settings);
}

void RetentionPolicy::save(QSettings& settings) const
{
    settings.setValue(kPurgeKey, clampDays(purgeConfirmedAfterDays));
    settings.setValue(kFlagKey, clampDays(flagUnsentAfterDays));
}

QDateTime RetentionPolicy::purgeCutoff(const QDateTime& now) const
{
    return purgeConfirmedAfterDays > 0 ? now.toUTC().addDays(-purgeConfirmedAfterDays) : QDateTime();
}

int RetentionPolicy::daysSinceChange(const DraftSummary& s, const QDateTime& now) const
{
    return s.updatedAt.isValid() ? int(s.updatedAt.secsTo(now) / 86400) : 0;
}

bool RetentionPolicy::isStaleUnsent(const DraftSummary& s, const QDateTime& now) const
{
    if (flagUnsentAfterDays <= 0 || s.state == LocalState::Sent || s.inTrash() || !s.updatedAt.isValid())
        return false;
    return s.updatedAt.addDays(flagUnsentAfterDays) <= now;
}

} // namespace mtb
