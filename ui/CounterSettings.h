#pragma once

#include "RetentionPolicy.h"

#include <QString>

namespace mtb {

// Settings of this counter PC: who works here, which site it is, the UI language. Kept in QSettings
// (never anything secret here: tokens and keys go to the OS keychain).
struct CounterSettings
{
    QString language = QStringLiteral("system"); // "system", "zh_CN" or "en"
    QString operatorName;
    QString site = QStringLiteral("511300"); // acceptance site: a region or agency code
    QString defaultChannel = QStringLiteral("1");
    RetentionPolicy retention; // purge of confirmed applications, flag of old unsent drafts

    static CounterSettings load();
    void save() const;
};

} // namespace mtb
