#include "Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace mtb {

namespace {
// Never edit a released migration: add a new one. Index = version - 1.
const char* const kSteps[] = {
    // 1: drafts as JSON documents keyed by the client UUID.
    "CREATE TABLE applications ("
    "  uuid TEXT PRIMARY KEY NOT NULL,"
    "  state TEXT NOT NULL,"
    "  revision INTEGER NOT NULL DEFAULT 1,"
    "  payload TEXT NOT NULL,"
    "  created_at TEXT NOT NULL,"
    "  updated_at TEXT NOT NULL)",

    // 2: columns the list shows and searches, so listing 10,000 drafts never parses their JSON.
    "ALTER TABLE applications ADD COLUMN psn_name TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE applications ADD COLUMN certno TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE applications ADD COLUMN tel TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE applications ADD COLUMN appl_no TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE applications ADD COLUMN dise_names TEXT NOT NULL DEFAULT '';"
    "UPDATE applications SET"
    "  psn_name = coalesce(json_extract(payload, '$.applicant.psn_name'), ''),"
    "  certno = coalesce(json_extract(payload, '$.applicant.certno'), ''),"
    "  tel = coalesce(json_extract(payload, '$.applicant.tel'), ''),"
    "  appl_no = coalesce(json_extract(payload, '$.appl_no'), ''),"
    "  dise_names = coalesce((SELECT group_concat(json_extract(value, '$.opsp_dise_name'), '、')"
    "                         FROM json_each(payload, '$.diseases')), '');"
    "CREATE INDEX applications_state_updated ON applications(state, updated_at)",

    // 3: a recoverable trash, and a small key/value table for settings that travel with the data.
    "ALTER TABLE applications ADD COLUMN deleted_at TEXT;"
    "CREATE INDEX applications_deleted ON applications(deleted_at);"
    "CREATE TABLE app_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT)",
};
static_assert(sizeof(kSteps) / sizeof(kSteps[0]) == Migrations::kLatest);

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}
} // namespace

int Migrations::currentVersion(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool Migrations::migrate(QSqlDatabase& db, int target, QString* error)
{
    int version = currentVersion(db);
    if (version < 0) {
        *error = QStringLiteral("cannot read the schema version");
        return false;
    }
    while (version < target) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        // QSqlQuery runs one statement at a time, so a step is split at its semicolons.
        const QStringList statements = QString::fromUtf8(kSteps[version]).split(u';', Qt::SkipEmptyParts);
        bool ok = true;
        for (const QString& statement : statements) {
            if (!exec(db, statement, error)) {
                ok = false;
                break;
            }
        }
        ok = ok && exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version + 1), error);
        if (!ok || !db.commit()) {
            if (ok)
                *error = db.lastError().text();
            db.rollback();
            return false;
        }
        ++version;
    }
    return true;
}

} // namespace mtb
