#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;
class QLocale;

namespace mtb {

// Which language the UI speaks. Chinese (zh_CN) is the primary language; English the second.
// "system" follows the operating system: English for an English system, Chinese otherwise.
class UiLanguage
{
public:
    static QString settingKey() { return QStringLiteral("ui/language"); }
    static QStringList choices() { return {QStringLiteral("system"), QStringLiteral("zh_CN"), QStringLiteral("en")}; }

    // "zh_CN" or "en" for a stored choice ("system", "zh_CN", "en") and the system locale.
    static QString resolve(const QString& choice, const QLocale& systemLocale);

    // Installs the translators for `language` ("zh_CN" or "en"), replacing earlier ones. Widgets
    // receive QEvent::LanguageChange and retranslate themselves. Returns false if the .qm is missing.
    static bool install(QCoreApplication* app, const QString& language);
    static bool installForSystem(QCoreApplication* app);
    static QString current();
};

} // namespace mtb
