#include "CounterSettings.h"

#include "UiLanguage.h"

#include <QSettings>

#include <algorithm>

namespace mtb {

CounterSettings CounterSettings::load()
{
    QSettings s;
    CounterSettings c;
    c.language = s.value(UiLanguage::settingKey(), c.language).toString();
    c.operatorName = s.value(QStringLiteral("counter/operator"), qEnvironmentVariable("USER")).toString();
    c.site = s.value(QStringLiteral("counter/site"), c.site).toString();
    c.defaultChannel = s.value(QStringLiteral("counter/channel"), c.defaultChannel).toString();
    c.retention = RetentionPolicy::load(s);
    c.idleLockMinutes = std::clamp(s.value(QStringLiteral("security/idleLockMinutes"), c.idleLockMinutes).toInt(), 1, 120);
    c.offlineValidityDays =
        std::clamp(s.value(QStringLiteral("security/offlineValidityDays"), c.offlineValidityDays).toInt(), 1, 365);
    return c;
}

void CounterSettings::save() const
{
    QSettings s;
    s.setValue(UiLanguage::settingKey(), language);
    s.setValue(QStringLiteral("counter/operator"), operatorName);
    s.setValue(QStringLiteral("counter/site"), site);
    s.setValue(QStringLiteral("counter/channel"), defaultChannel);
    retention.save(s);
    s.setValue(QStringLiteral("security/idleLockMinutes"), idleLockMinutes);
    s.setValue(QStringLiteral("security/offlineValidityDays"), offlineValidityDays);
}

} // namespace mtb
