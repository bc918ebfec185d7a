// mtbdesk-cli: the headless side of MTB Desk, over the same libraries as the GUI.
#include "AuditCommands.h"
#include "CliCommands.h"
#include "SyncCommands.h"
#include "DataPaths.h"
#include "Database.h"
#include "ImagingCommands.h"
#include "LogRedaction.h"
#include "PurgeCommand.h"
#include "UiLanguage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    mtb::LogRedaction::install(); // no ID or phone number reaches a log (LogRedaction.h)
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MTBDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("mtbdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MTB_VERSION));
    mtb::UiLanguage::installForSystem(&app);

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "MTB Desk command line: drafts for scripts, tests and batch entry.") +
        u"\n\n" + mtb::ImagingCommands::detectUsage() + u"\n\n" + mtb::ImagingCommands::scanUsage());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QCoreApplication::translate("Cli", "Use DIR instead of the user's data folder."),
                                     QStringLiteral("DIR"));
    parser.addOption(dataDir);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("Cli", "drafts list [--json] [--trash] | drafts "
                                                                    "export ID | drafts import FILE.json | drafts "
                                                                    "ready ID...|--all | login --user NAME "
                                                                    "[--password-file F] | sync --once --json | "
                                                                    "status APPLICATION_NUMBER --json | audit "
                                                                    "verify [--json] | audit export -o FILE | "
                                                                    "purge [--dry-run] [--days N] | detect | scan"));
    // Options after the command belong to it (e.g. "drafts list --json").
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    // The imaging commands work on files only: no database is opened for them.
    if (args.value(0) == u"detect" || args.value(0) == u"scan") {
        mtb::ImagingCommands imaging(out, err);
        const int code = args.value(0) == u"detect" ? imaging.detect(args.mid(1)) : imaging.scan(args.mid(1));
        out.flush();
        err.flush();
        return code;
    }
    const QStringList databaseCommands{QStringLiteral("drafts"), QStringLiteral("login"), QStringLiteral("sync"),
                                       QStringLiteral("status"), QStringLiteral("audit"), QStringLiteral("purge")};
    if (!databaseCommands.contains(args.value(0))) {
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

    // The CLI acts for the signed-in OS user; the audit log records it as such.
    const mtb::AuditActor cliActor{QStringLiteral("cli:") + qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")),
                                   QStringLiteral("cli"), QString()};
    if (args.value(0) == u"audit") {
        mtb::AuditCommands audit(database, nullptr, cliActor, out, err); // keys: see KeyCommands (issue 5)
        return audit.run(args.mid(1));
    }
    if (args.value(0) == u"purge") {
        mtb::PurgeCommand purge(database, nullptr, paths.dataDir(), cliActor, out, err);
        return purge.run(args.mid(1));
    }
    if (args.value(0) != u"drafts") {
        mtb::SyncCommands sync(database, paths.dataDir(), out, err);
        return sync.run(args.value(0), args.mid(1));
    }
    mtb::DraftsCommand drafts(database, paths.dataDir(), out, err);
    return drafts.run(args.mid(1));
}
