// mtbdesk: the counter GUI.
#include "CounterSettings.h"
#include "DataPaths.h"
#include "ImageHeap.h"
#include "LogRedaction.h"
#include "MainWindow.h"
#include "ProcessHardening.h"
#include "SignInDialog.h"
#include "UiLanguage.h"
#include "UnlockDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QLockFile>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    // First, before anything is decrypted: no core dumps in release builds (ProcessHardening.h).
    mtb::ProcessHardening::applyAtStartup();
    mtb::LogRedaction::install(); // no ID or phone number reaches a log (LogRedaction.h)
    mtb::ImageHeap::keepLargeBuffers(); // page buffers stay mapped between pages (ImageHeap.h)
    QApplication app(argc, argv);
    // One look on every platform the counters use; the native Windows 7-era styles render CJK poorly.
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setOrganizationName(QStringLiteral("MTBDesk"));
    QApplication::setApplicationName(QStringLiteral("mtbdesk"));
    QApplication::setApplicationVersion(QStringLiteral(MTB_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/mtb/icons/mtbdesk.svg")));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Use DIR for the local data."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("UI language: zh_CN or en."),
                                      QStringLiteral("LANG"));
    parser.addOptions({dataDir, language});
    parser.process(app);

    const mtb::CounterSettings settings = mtb::CounterSettings::load();
    const QString choice = parser.isSet(language) ? parser.value(language) : settings.language;
    mtb::UiLanguage::install(&app, mtb::UiLanguage::resolve(choice, QLocale::system()));

    const mtb::DataPaths paths(parser.value(dataDir));
    QDir().mkpath(paths.dataDir());
    // One MTB Desk per data folder: two windows autosaving the same drafts would overwrite each other.
    QLockFile lock(paths.lockFilePath());
    lock.setStaleLockTime(0);
    if (!lock.tryLock(200)) {
        QMessageBox::warning(nullptr, QCoreApplication::translate("main", "MTB Desk"),
                             QCoreApplication::translate("main", "MTB Desk is already running with the data "
                                                                 "folder %1. Switch to that window.")
                                 .arg(QDir::toNativeSeparators(paths.dataDir())));
        return 1;
    }

    // The data folder's keys first (docs/encryption.md): the OS keychain silently, else the site
    // passphrase; first run sets them up. Nothing encrypted is read before this.
    mtb::DeskSession session;
    session.keys = mtb::UnlockDialog::unlockDataFolder(paths.dataDir());
    if (!session.keys)
        return 1;
    // Nobody reaches applications without signing in: online, or offline against this PC's record.
    if (!mtb::SignInDialog::signInAtStartup(paths.dataDir(), settings.offlineValidityDays, session))
        return 0;
    mtb::MainWindow window(paths.dataDir(), session);
    window.show();
    return app.exec();
}
