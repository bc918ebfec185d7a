#include "UiLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace mtb {

namespace {
QPointer<QTranslator> g_appTranslator;
QPointer<QTranslator> g_qtTranslator;
QString g_current;
} // namespace

QString UiLanguage::resolve(const QString& choice, const QLocale& systemLocale)
{
    if (choice == u"zh_CN" || choice == u"en")
        return choice;
    return systemLocale.language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

bool UiLanguage::install(QCoreApplication* app, const QString& language)
{
    for (QPointer<QTranslator>* t : {&g_appTranslator, &g_qtTranslator}) {
        if (*t) {
            app->removeTranslator(*t);
            delete t->data();
        }
    }
    auto* appTranslator = new QTranslator(app);
    const bool ok = appTranslator->load(QStringLiteral(":/i18n/mtbdesk_%1.qm").arg(language));
    if (ok) {
        app->installTranslator(appTranslator);
        g_appTranslator = appTranslator;
    } else {
        delete appTranslator;
    }
    // Qt's own strings (dialog buttons, context menus) come from Qt's translations when installed.
    auto* qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QStringLiteral("qtbase_%1").arg(language),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app->installTranslator(qtTranslator);
        g_qtTranslator = qtTranslator;
    } else {
        delete qtTranslator;
    }
    g_current = language;
    return ok;
}

bool UiLanguage::installForSystem(QCoreApplication* app)
{
    return install(app, resolve(QStringLiteral("system"), QLocale::system()));
}

QString UiLanguage::current() { return g_current; }

} // namespace mtb
