// mtbdesk-cli: the headless side of MTB Desk, over the same libraries as the GUI.
#include "AuditAction.h"
#include "AuditCommands.h"
#include "CliCommands.h"
#include "CliSignIn.h"
#include "DataPaths.h"
#include "Database.h"
#include "ImageHeap.h"
#include "ImagingCommands.h"
#include "KeyCommands.h"
#include "LogRedaction.h"
#include "ProcessHardening.h"
#include "PurgeCommand.h"
#include "SyncCommands.h"
#include "UiLanguage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    // First, before anything is decrypted: no core dumps in release builds (ProcessHardening.h).
    mtb::ProcessHardening::applyAtStartup();
    mtb::LogRedaction::install(); // no ID or phone number reaches a log (LogRedaction.h)
    mtb::ImageHeap::keepLargeBuffers(); // page buffers stay mapped between pages (ImageHeap.h)
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MTBDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("mtbdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MTB_VERSION));
    mtb::UiLanguage::installForSystem(&app);

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli",
                                    "MTB Desk command line: drafts for scripts, tests and batch entry.") +
        u"\n\n" + mtb::ImagingCommands::detectUsage() + u"\n\n" + mtb::ImagingCommands::scanUsage());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("Cli", "Use DIR instead of the user's data folder."),
        QStringLiteral("DIR"));
    parser.addOption(dataDir);
    const QCommandLineOption passphraseFile(
        QStringLiteral("passphrase-file"),
        QCoreApplication::translate("Cli",
                                    "Read the site passphrase that opens the encrypted data from the first "
                                    "line of FILE (when the system keychain does not open it)."),
        QStringLiteral("FILE"));
    parser.addOption(passphraseFile);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("Cli",
                                                             "drafts list [--json] [--trash] | drafts "
                                                             "export ID | drafts import FILE.json | drafts "
                                                             "ready ID...|--all | login --user NAME "
                                                             "[--password-file F] | sync --once --json | "
                                                             "status APPLICATION_NUMBER --json | audit "
                                                             "verify [--json] | audit export -o FILE | "
                                                             "purge [--dry-run] [--days N] | detect | scan"));
    // Options after the command belong to it (e.g. "drafts list --json").
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(app);

    QStringList args = parser.positionalArguments();
    // --passphrase-file may also follow the command ("drafts list --passphrase-file F").
    QString passphrasePath = mtb::KeyCommands::takePassphraseFile(args);
    if (parser.isSet(passphraseFile))
        passphrasePath = parser.value(passphraseFile);
    // The imaging commands work on files only: no database is opened for them.
    if (args.value(0) == u"detect" || args.value(0) == u"scan") {
        mtb::ImagingCommands imaging(out, err);
        const int code = args.value(0) == u"detect" ? imaging.detect(args.mid(1)) : imaging.scan(args.mid(1));
        out.flush();
        err.flush();
        return code;
    }
    const QStringList databaseCommands{
        QStringLiteral("drafts"), QStringLiteral("login"), QStringLiteral("sync"), QStringLiteral("status"),
        QStringLiteral("audit"),  QStringLiteral("purge"), QStringLiteral("keys")};
    if (!databaseCommands.contains(args.value(0))) {
        err << parser.helpText();
        return 2;
    }

    const mtb::DataPaths paths(parser.value(dataDir));
    QDir().mkpath(paths.dataDir());
    // The keys first: the database opens (and a plaintext folder is encrypted) only with them.
    mtb::KeyCommands keyCommands(paths.dataDir(), out, err);
    int lockedCode = 0;
    const std::shared_ptr<const mtb::KeyRing> keys = keyCommands.unlock(passphrasePath, &lockedCode);
    if (!keys) {
        err.flush();
        return lockedCode;
    }
    // The CLI acts for the signed-in OS user; the audit log records it as such.
    const mtb::AuditActor cliActor{QStringLiteral("cli:") +
                                       qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")),
                                   QStringLiteral("cli"), QString()};
    if (args.value(0) == u"keys") {
        const int code = keyCommands.run(args.mid(1));
        if (code == 0 && args.value(1) == u"passphrase") {
            // Recorded like the Settings dialog's change (docs/audit.md): who and when, never the
            // passphrase. The change is made first: a database that cannot be opened does not stop it.
            mtb::Database database(paths.databasePath(), QStringLiteral("mtb-cli"));
            database.setKeyRing(keys);
            const mtb::OpenReport opened = database.open();
            if (opened.usable())
                mtb::AuditCommands(database, keys, cliActor, out, err)
                    .record(mtb::AuditAction::KeyChange, QStringLiteral("keyvault"),
                            QStringLiteral("cli keys passphrase"));
            else
                err << QCoreApplication::translate("Cli",
                                                   "Warning: this could not be written to the audit log: %1")
                           .arg(opened.userMessage())
                    << '\n';
        }
        err.flush();
        return code;
    }
    mtb::Database database(paths.databasePath(), QStringLiteral("mtb-cli"));
    database.setKeyRing(keys);
    const mtb::OpenReport report = database.open();
    if (!report.usable()) {
        err << report.userMessage() << '\n';
        return 3;
    }
    if (report.outcome == mtb::OpenReport::Outcome::RecoveredFromCorrupt)
        err << report.userMessage() << '\n';

    if (args.value(0) == u"audit") {
        mtb::AuditCommands audit(database, keys, cliActor, out, err);
        return audit.run(args.mid(1));
    }
    if (args.value(0) == u"purge") {
        mtb::PurgeCommand purge(database, keys, paths.dataDir(), cliActor, out, err);
        return purge.run(args.mid(1));
    }
    if (args.value(0) != u"drafts") {
        mtb::SyncCommands sync(database, paths.dataDir(), keys, out, err);
        return sync.run(args.value(0), args.mid(1));
    }
    // "drafts ... --user NAME --password-file F": within that staff member's scope (CliSignIn).
    const std::optional<mtb::AccessScope> scope =
        mtb::CliSignIn::scopeFromArgs(args, database.connection(), keys, err);
    if (!scope)
        return mtb::CliSignIn::kExitRefused;
    mtb::DraftsCommand drafts(database, paths.dataDir(), keys, out, err);
    drafts.setScope(*scope);
    // Signed in as a staff member: the log names the account; otherwise the OS user.
    drafts.setAuditActor(scope->isEverything() ? cliActor
                                               : mtb::AuditActor{scope->createdBy(), QStringLiteral("cli"),
                                                                 scope->ownerOptins()});
    return drafts.run(args.mid(1));
}
