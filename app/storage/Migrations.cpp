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

    // 4: scanned pages. Image bytes live in the blob store (files named by SHA-256); a page row points
    // at its original capture (kept until the application is synced) and at its processed image.
    "CREATE TABLE pages ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  application_uuid TEXT NOT NULL REFERENCES applications(uuid) ON DELETE CASCADE,"
    "  material TEXT NOT NULL,"
    "  position INTEGER NOT NULL,"
    "  source_name TEXT NOT NULL,"
    "  original_sha256 TEXT NOT NULL,"
    "  original_page INTEGER NOT NULL DEFAULT 0,"
    "  processed_sha256 TEXT NOT NULL DEFAULT '',"
    "  processed_format TEXT NOT NULL DEFAULT 'jpeg',"
    "  detected_corners TEXT NOT NULL DEFAULT '',"
    "  corners TEXT NOT NULL DEFAULT '',"
    "  rotation INTEGER NOT NULL DEFAULT 0,"
    "  mode TEXT NOT NULL DEFAULT 'color',"
    "  issues TEXT NOT NULL DEFAULT '',"
    "  override_reason TEXT NOT NULL DEFAULT '',"
    "  override_by TEXT NOT NULL DEFAULT '',"
    "  override_at TEXT NOT NULL DEFAULT '',"
    "  width_mm REAL NOT NULL DEFAULT 0,"
    "  height_mm REAL NOT NULL DEFAULT 0,"
    "  bytes INTEGER NOT NULL DEFAULT 0,"
    "  created_at TEXT NOT NULL,"
    "  updated_at TEXT NOT NULL);"
    "CREATE INDEX pages_application ON pages(application_uuid, material, position)",

    // 5: the outbox. One row per (application, revision) with the body frozen when it was queued, so
    // every retry sends the same bytes under the same idempotency key; the backoff is persisted per
    // item; every attempt is kept for staff; upload progress survives a crash.
    "CREATE TABLE outbox ("
    "  application_uuid TEXT NOT NULL REFERENCES applications(uuid) ON DELETE CASCADE,"
    "  revision INTEGER NOT NULL,"
    "  appl_no TEXT NOT NULL DEFAULT '',"
    "  state TEXT NOT NULL,"
    "  attempts INTEGER NOT NULL DEFAULT 0,"
    "  next_attempt_at TEXT NOT NULL,"
    "  last_error_code TEXT NOT NULL DEFAULT '',"
    "  last_error_message TEXT NOT NULL DEFAULT '',"
    "  last_request_id TEXT NOT NULL DEFAULT '',"
    "  field_errors TEXT NOT NULL DEFAULT '',"
    "  payload TEXT NOT NULL,"
    "  created_at TEXT NOT NULL,"
    "  updated_at TEXT NOT NULL,"
    "  PRIMARY KEY (application_uuid, revision));"
    "CREATE TABLE send_attempts ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  application_uuid TEXT NOT NULL,"
    "  revision INTEGER NOT NULL,"
    "  at TEXT NOT NULL,"
    "  step TEXT NOT NULL,"
    "  outcome TEXT NOT NULL,"
    "  http_status INTEGER NOT NULL DEFAULT 0,"
    "  error_code TEXT NOT NULL DEFAULT '',"
    "  request_id TEXT NOT NULL DEFAULT '',"
    "  detail TEXT NOT NULL DEFAULT '');"
    "CREATE INDEX send_attempts_application ON send_attempts(application_uuid, at);"
    "CREATE TABLE uploads ("
    "  sha256 TEXT PRIMARY KEY NOT NULL,"
    "  upload_id TEXT NOT NULL DEFAULT '',"
    "  confirmed_offset INTEGER NOT NULL DEFAULT 0,"
    "  size INTEGER NOT NULL,"
    "  complete INTEGER NOT NULL DEFAULT 0,"
    "  updated_at TEXT NOT NULL);"
    "ALTER TABLE applications ADD COLUMN remote_status TEXT NOT NULL DEFAULT ''",

    // 6: encryption at rest (issue 5, docs/encryption.md). The person's list columns move into one
    // encrypted summary; the outbox guard compares a keyed digest instead of the payload. Encrypting
    // the existing rows needs the keys, so it is marked here and done by EncryptionUpgrade at the
    // first open with keys, in one transaction.
    "ALTER TABLE applications ADD COLUMN summary BLOB;"
    "ALTER TABLE outbox ADD COLUMN payload_mac TEXT NOT NULL DEFAULT '';"
    "INSERT OR REPLACE INTO app_meta (key, value) VALUES ('encryption/upgrade_pending', '1')",

    // 7: the tamper-evident audit log (docs/audit.md). Append-only; each entry's hash covers its fields
    // and the previous entry's hash; the signed head of the chain lives in app_meta ("audit_head").
    // No personal data in any column: actor is the staff account, object a uuid or page id.
    "CREATE TABLE audit_log ("
    "  seq INTEGER PRIMARY KEY NOT NULL,"
    "  at TEXT NOT NULL,"
    "  actor TEXT NOT NULL DEFAULT '',"
    "  role TEXT NOT NULL DEFAULT '',"
    "  site TEXT NOT NULL DEFAULT '',"
    "  action TEXT NOT NULL,"
    "  object TEXT NOT NULL DEFAULT '',"
    "  detail TEXT NOT NULL DEFAULT '',"
    "  prev_hash TEXT NOT NULL,"
    "  hash TEXT NOT NULL);"
    "CREATE INDEX audit_log_at ON audit_log(at);"
    "CREATE INDEX audit_log_object ON audit_log(object)",

    // 8: staff accounts for offline sign-in and the owner (site, institution) of each application (issue 5).
    // staff_accounts keeps a slow salted hash of each password (never the password) after an online
    // sign-in (app/auth/OfflineVerifier). The owner columns scope who may see an application
    // (AccessScope); they are set when a draft is first saved. Existing rows get their site from the
    // document where it is still readable JSON; created_by stays NULL on them, which marks them as made
    // before sign-in existed (DraftRepository::claimLegacy).
    "CREATE TABLE staff_accounts ("
    "  opter_id TEXT PRIMARY KEY NOT NULL,"
    "  staff_json TEXT NOT NULL,"
    "  kdf TEXT NOT NULL,"
    "  salt BLOB NOT NULL,"
    "  hash BLOB NOT NULL,"
    "  iterations INTEGER NOT NULL,"
    "  online_at TEXT NOT NULL,"
    "  failed_attempts INTEGER NOT NULL DEFAULT 0,"
    "  locked_until TEXT NOT NULL DEFAULT '',"
    "  updated_at TEXT NOT NULL);"
    "ALTER TABLE applications ADD COLUMN owner_optins TEXT;"
    "ALTER TABLE applications ADD COLUMN owner_fixmedins TEXT;"
    "ALTER TABLE applications ADD COLUMN created_by TEXT;"
    "UPDATE applications SET owner_optins = nullif(json_extract(payload, '$.acceptance.optins'), '')"
    "  WHERE CASE WHEN typeof(payload) = 'text' THEN json_valid(payload) ELSE 0 END;"
    "CREATE INDEX applications_owner_optins ON applications(owner_optins);"
    "CREATE INDEX applications_owner_fixmedins ON applications(owner_fixmedins)",

    // 9: each offline verifier row is signed with a key from the data vault (OfflineVerifier), so a
    // row planted or edited by someone who can write this file but does not hold the data key is
    // refused. Rows written before have no signature: those accounts sign in online once more.
    "ALTER TABLE staff_accounts ADD COLUMN mac BLOB",

    // 10: the detector was unsure of a page's outline (Detection::outlineUncertain) and staff have not
    // looked at its corners yet. Pages made before were never marked.
    "ALTER TABLE pages ADD COLUMN outline_to_check INTEGER NOT NULL DEFAULT 0",
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
