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
    // Sign-in and locking (docs/signin.md); only a supervisor changes them (SettingsDialog).
    int idleLockMinutes = 5;      // the desk locks after this long without input (1-120)
    int offlineValidityDays = 30; // offline sign-in works this long after the last online one (1-365)

    static CounterSettings load();
    void save() const;
};

} // namespace mtb
