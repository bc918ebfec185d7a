#include "CliCommands.h"

#include "AuditAction.h"
#include "AuditLog.h"
#include "CatalogStore.h"
#include "Database.h"
#include "DraftRepository.h"
#include "FieldLabels.h"
#include "MaterialCheck.h"
#include "OutboxRepository.h"
#include "PageRepository.h"
#include "SubmissionBuilder.h"
#include "Validator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace mtb {

namespace {
QJsonObject summaryJson(const DraftSummary& s)
{
    // The list is for scripts on the same PC; it carries the full ID number like the export does.
    return QJsonObject{{"uuid", s.uuid.toString(QUuid::WithoutBraces)},
                       {"state", localStateKey(s.state)},
                       {"psn_name", s.psnName},
                       {"certno", s.certno},
                       {"tel", s.tel},
                       {"appl_no", s.applicationNumber},
                       {"diseases", s.diseaseNames},
                       {"updated_at", s.updatedAt.toUTC().toString(Qt::ISODateWithMs)},
                       {"in_trash", s.inTrash()}};
}
} // namespace

DraftsCommand::DraftsCommand(Database& database, const QString& dataDir, std::shared_ptr<const KeyRing> keys,
                             QTextStream& out, QTextStream& err)
    : m_database(database), m_dataDir(dataDir), m_keys(std::move(keys)), m_out(out), m_err(err)
{
}

int DraftsCommand::run(const QStringList& args)
{
    const QString verb = args.value(0);
    if (verb == u"list")
        return list(args.contains(QStringLiteral("--json")), args.contains(QStringLiteral("--trash")));
    if (verb == u"export" && args.size() == 2)
        return exportOne(args.at(1));
    if (verb == u"import" && args.size() == 2)
        return importFile(args.at(1));
    if (verb == u"ready" && args.size() >= 2)
        return markReady(args.mid(1));
    m_err << tr("Usage: mtbdesk-cli drafts list [--json] [--trash] | export ID | import FILE.json | ready "
                "ID...|--all")
          << '\n';
    return 2;
}

int DraftsCommand::list(bool json, bool includeTrash)
{
    DraftRepository repo(m_database.connection(), m_keys);
    repo.setScope(m_scope);
    QString error;
    const QVector<DraftSummary> rows = repo.listAll(&error);
    if (!error.isEmpty()) {
        m_err << tr("Could not read the drafts: %1").arg(error) << '\n';
        return 1;
    }
    QJsonArray array;
    QList<QUuid> shown;
    for (const DraftSummary& s : rows) {
        if (s.inTrash() && !includeTrash)
            continue;
        shown << s.uuid;
        if (json)
            array.append(summaryJson(s));
        else
            m_out << s.uuid.toString(QUuid::WithoutBraces) << '\t' << localStateKey(s.state) << '\t'
                  << s.psnName << '\t' << s.diseaseNames << '\n';
    }
    if (json)
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    // The list carries names and, as JSON, full ID numbers: each row shown counts as a view.
    audit(AuditAction::View, shown,
          json ? QStringLiteral("cli drafts list --json") : QStringLiteral("cli drafts list"));
    return 0;
}

int DraftsCommand::exportOne(const QString& id)
{
    const QUuid uuid = QUuid::fromString(id);
    if (uuid.isNull()) {
        m_err << tr("Not an application ID: %1").arg(id) << '\n';
        return 2;
    }
    DraftRepository repo(m_database.connection(), m_keys);
    repo.setScope(m_scope);
    QString error;
    const auto app = repo.load(uuid, &error);
    if (!app) {
        // Outside the signed-in staff member's scope: say so, rather than pretend it does not exist.
        m_err << (error == DraftRepository::outOfScopeMessage() ? error
                                                                : tr("No application with ID %1.").arg(id))
              << '\n';
        return 1;
    }
    m_out << QJsonDocument(app->toJson()).toJson(QJsonDocument::Indented);
    audit(AuditAction::Export, {uuid}, QStringLiteral("cli drafts export (JSON)"));
    return 0;
}

int DraftsCommand::importFile(const QString& path)
{
    QFile file(path);
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        m_err << tr("Cannot read %1: %2").arg(path, file.errorString()) << '\n';
        return 1;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull()) {
        m_err << tr("%1 is not valid JSON: %2 (at byte %3)")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset)
              << '\n';
        return 1;
    }
    const QJsonArray documents = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    DraftRepository repo(m_database.connection(), m_keys);
    repo.setScope(m_scope);
    QString error;
    const QList<QUuid> ids = repo.importDocuments(documents, QDateTime::currentDateTimeUtc(), &error);
    if (!error.isEmpty()) {
        m_err << tr("Nothing was imported from %1: %2").arg(path, error) << '\n';
        return 1;
    }
    for (const QUuid& id : ids)
        m_out << id.toString(QUuid::WithoutBraces) << '\n';
    audit(AuditAction::Edit, ids, QStringLiteral("cli drafts import"));
    return 0;
}

int DraftsCommand::markReady(const QStringList& ids)
{
    CatalogStore catalogs(m_dataDir);
    if (!catalogs.load()) {
        m_err << tr("No usable catalogue.") << '\n';
        return 1;
    }
    DraftRepository drafts(m_database.connection(), m_keys);
    drafts.setScope(m_scope);
    PageRepository pages(m_database.connection(), m_keys);
    OutboxRepository outbox(m_database.connection(), m_keys);
    QList<QUuid> targets;
    if (ids.contains(QStringLiteral("--all"))) {
        for (const DraftSummary& s : drafts.listAll())
            if (s.state == LocalState::Draft && !s.inTrash())
                targets << s.uuid;
    } else {
        for (const QString& id : ids)
            targets << QUuid::fromString(id);
    }
    const Validator validator(catalogs.catalog());
    const MaterialCheck materials(catalogs.catalog());
    QJsonArray report;
    QList<QUuid> queued;
    int refused = 0;
    for (const QUuid& uuid : targets) {
        std::optional<Application> app = drafts.load(uuid);
        QStringList problems;
        if (!app) {
            problems << tr("no such application");
        } else if (app->state != LocalState::Draft) {
            problems << tr("not a draft (%1)").arg(localStateKey(app->state));
        } else {
            const QList<PageRecord> appPages = pages.listFor(uuid);
            QList<MaterialCheck::PageState> states;
            for (const PageRecord& p : appPages)
                states.append({p.material, p.sourceName, p.issues, !p.blocksSubmission(), p.outlineToCheck});
            for (const FieldIssue& i : validator.validate(*app) + materials.check(*app, states)) {
                if (i.severity == FieldIssue::Severity::Error)
                    problems << fieldLabel(i.field) + QStringLiteral(": ") + i.message;
            }
            if (problems.isEmpty()) {
                const QDateTime now = QDateTime::currentDateTimeUtc();
                app->state = LocalState::Ready;
                QString error;
                if (!drafts.save(*app, now, &error) ||
                    !outbox.enqueue(SubmissionBuilder::build(*app, appPages, now), &error))
                    problems << error;
                else
                    queued << uuid;
            }
        }
        refused += problems.isEmpty() ? 0 : 1;
        report.append(QJsonObject{{"uuid", uuid.toString(QUuid::WithoutBraces)},
                                  {"ready", problems.isEmpty()},
                                  {"problems", QJsonArray::fromStringList(problems)}});
    }
    m_out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    audit(AuditAction::Submit, queued, QStringLiteral("cli drafts ready"));
    return refused > 0 ? 1 : 0;
}

void DraftsCommand::audit(const QString& action, const QList<QUuid>& applications, const QString& detail)
{
    if (applications.isEmpty())
        return;
    AuditLog log(m_database.connection(), m_keys);
    QSqlDatabase& db = m_database.connection();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    QSqlQuery transaction(db);
    bool ok = transaction.exec(QStringLiteral("BEGIN IMMEDIATE"));
    for (const QUuid& id : applications)
        ok = ok && log.appendInTransaction({m_actor, action, id.toString(QUuid::WithoutBraces), detail}, now,
                                           &error);
    ok = ok && transaction.exec(QStringLiteral("COMMIT"));
    if (!ok) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        // What was shown or done stays done; the person running the command must know it is not on record.
        m_err << tr("Warning: this could not be written to the audit log: %1")
                     .arg(error.isEmpty() ? transaction.lastError().text() : error)
              << '\n';
    }
}

} // namespace mtb
