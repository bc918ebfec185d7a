#include "AuditCommands.h"

#include "AuditAction.h"
#include "AuditExport.h"
#include "AuditLog.h"
#include "AuditVerifier.h"
#include "Database.h"
#include "KeyRing.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mtb {

namespace {
QString option(const QStringList& args, const QStringList& names)
{
    for (const QString& name : names) {
        const qsizetype i = args.indexOf(name);
        if (i >= 0 && i + 1 < args.size())
            return args.at(i + 1);
    }
    return {};
}

// A date (the whole day, local time) or an ISO date-time.
QDateTime parseWhen(const QString& text, bool endOfDay)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid())
        return endOfDay ? day.addDays(1).startOfDay() : day.startOfDay();
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}
} // namespace

AuditCommands::AuditCommands(Database& database, std::shared_ptr<const KeyRing> keys, AuditActor actor,
                             QTextStream& out, QTextStream& err)
    : m_database(database), m_keys(std::move(keys)), m_actor(std::move(actor)), m_out(out), m_err(err)
{
}

QString AuditCommands::usage()
{
    return tr(
        "Usage: mtbdesk-cli audit verify [--json] | audit export -o FILE [--format csv|json] [--from DATE] "
        "[--to DATE] [--actor ID] [--action KEY]");
}

int AuditCommands::run(const QStringList& args)
{
    const QString verb = args.value(0);
    if (verb == u"verify")
        return verify(args.contains(QStringLiteral("--json")));
    if (verb == u"export")
        return exportTo(args.mid(1));
    m_err << usage() << '\n';
    return 2;
}

int AuditCommands::verify(bool json)
{
    const AuditReport r = AuditVerifier::verify(m_database.connection(), m_keys.get());
    const int code = !r.intact() ? 1 : r.headChecked ? 0 : 6;
    if (json) {
        const QJsonObject o{{"intact", r.intact() && r.headChecked},
                            {"problem", r.problemKey()},
                            {"first_bad_seq", r.firstBadSeq},
                            {"entries", r.entries},
                            {"head_seq", r.headSeq},
                            {"head_checked", r.headChecked},
                            {"message", r.message()}};
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        m_out << r.message() << '\n';
    }
    return code;
}

int AuditCommands::exportTo(const QStringList& args)
{
    const QString path = option(args, {QStringLiteral("-o"), QStringLiteral("--output")});
    if (path.isEmpty()) {
        m_err << usage() << '\n';
        return 2;
    }
    AuditQuery query;
    const QString from = option(args, {QStringLiteral("--from")});
    const QString to = option(args, {QStringLiteral("--to")});
    query.from = from.isEmpty() ? QDateTime() : parseWhen(from, false);
    query.to = to.isEmpty() ? QDateTime() : parseWhen(to, true);
    if ((!from.isEmpty() && !query.from.isValid()) || (!to.isEmpty() && !query.to.isValid())) {
        m_err << tr("Dates are written YYYY-MM-DD (or as an ISO date and time).") << '\n';
        return 2;
    }
    query.actor = option(args, {QStringLiteral("--actor")});
    query.action = option(args, {QStringLiteral("--action")});
    const QString format = option(args, {QStringLiteral("--format")});
    if (!format.isEmpty() && format != u"csv" && format != u"json") {
        m_err << usage() << '\n';
        return 2;
    }

    AuditLog log(m_database.connection(), m_keys);
    QString error;
    const QList<AuditEntry> entries = log.entries(query, &error);
    if (!error.isEmpty()) {
        m_err << tr("Could not read the audit log: %1").arg(error) << '\n';
        return 1;
    }
    const AuditExport::Format chosen = format.isEmpty()    ? AuditExport::formatForPath(path)
                                       : format == u"json" ? AuditExport::Format::Json
                                                           : AuditExport::Format::Csv;
    const bool ok = AuditExport::writeFile(entries, path, chosen, &error);
    if (!ok) {
        m_err << tr("Could not write %1: %2").arg(path, error) << '\n';
        return 1;
    }
    // Taking the log out of the application is itself recorded (no path: it may name a person).
    log.append(
        {m_actor, AuditAction::AuditExport, QString(), QStringLiteral("entries=%1").arg(entries.size())},
        QDateTime::currentDateTimeUtc(), nullptr);
    m_err << tr("%n entries written to %1.", nullptr, int(entries.size())).arg(path) << '\n';
    return 0;
}

void AuditCommands::record(const QString& action, const QString& object, const QString& detail)
{
    QString error;
    if (!AuditLog(m_database.connection(), m_keys)
             .append({m_actor, action, object, detail}, QDateTime::currentDateTimeUtc(), &error))
        m_err << tr("Warning: this could not be written to the audit log: %1").arg(error) << '\n';
}

} // namespace mtb
