// mtbdesk-cli: the headless side of MTB Desk, over the same libraries as the GUI.
#include "CliCommands.h"
#include "DataPaths.h"
#include "Database.h"
#include "UiLanguage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MTBDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("mtbdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MTB_VERSION));
    mtb::UiLanguage::installForSystem(&app);

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "MTB Desk command line: drafts for scripts, tests and batch entry."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QCoreApplication::translate("Cli", "Use DIR instead of the user's data folder."),
                                     QStringLiteral("DIR"));
    parser.addOption(dataDir);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("Cli", "drafts list [--json] [--trash] | drafts "
                                                                    "export ID | drafts import FILE.json"));
    // Options after the command belong to it (e.g. "drafts list --json").
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.value(0) != u"drafts") {
        err << parser.helpText();
        return 2;
    }

    const mtb::DataPaths paths(parser.value(dataDir));
    mtb::Database database(paths.databasePath(), QStringLiteral("mtb-cli"));
    const mtb::OpenReport report = database.open();
    if (!report.usable()) {
        err << report.userMessage() << '\n';
        return 3;
    }
    if (report.outcome == mtb::OpenReport::Outcome::RecoveredFromCorrupt)
        err << report.userMessage() << '\n';

    mtb::DraftsCommand drafts(database, out, err);
    return drafts.run(args.mid(1));
}
