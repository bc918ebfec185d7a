#include "SimDatabase.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace mtb::sim {

namespace {
constexpr int kSchemaVersion = 1;

// Personal data (the application bodies) lives only here and in the blob folder, never in logs.
const char* const kSchema[] = {
    "CREATE TABLE accounts(username TEXT PRIMARY KEY, salt BLOB NOT NULL, hash BLOB NOT NULL,"
    " iterations INTEGER NOT NULL, opter_name TEXT, role TEXT, optins TEXT, site_name TEXT,"
    " fixmedins_code TEXT)",
    // Only SHA-256 hashes of tokens are kept: a copied database file grants no access.
    "CREATE TABLE sessions(token_hash TEXT PRIMARY KEY, kind TEXT NOT NULL, username TEXT NOT NULL,"
    " expires_ms INTEGER NOT NULL)",
    "CREATE TABLE blobs(sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, format TEXT, created_at TEXT)",
    "CREATE TABLE uploads(upload_id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, size INTEGER NOT NULL,"
    " format TEXT, received INTEGER NOT NULL DEFAULT 0, complete INTEGER NOT NULL DEFAULT 0, created_at "
    "TEXT)",
    "CREATE INDEX uploads_sha ON uploads(sha256)",
    "CREATE TABLE applications(appl_no TEXT PRIMARY KEY, client_uuid TEXT NOT NULL UNIQUE,"
    " revision INTEGER NOT NULL, status TEXT NOT NULL, person_key TEXT NOT NULL, optins TEXT,"
    " fixmedins TEXT, submitted_by TEXT, body TEXT NOT NULL, created_at TEXT, updated_at TEXT,"
    " updated_ms INTEGER, return_message TEXT NOT NULL DEFAULT '', number INTEGER NOT NULL)",
    "CREATE INDEX applications_person ON applications(person_key)",
    "CREATE TABLE application_diseases(appl_no TEXT NOT NULL, code TEXT NOT NULL, name TEXT,"
    " decision TEXT NOT NULL DEFAULT 'pending', PRIMARY KEY(appl_no, code))",
    // The history of every application and, read by seq, the changes feed.
    "CREATE TABLE changes(seq INTEGER PRIMARY KEY AUTOINCREMENT, appl_no TEXT NOT NULL,"
    " status TEXT NOT NULL, at TEXT NOT NULL, by TEXT, opinion TEXT)",
    "CREATE TABLE idempotency(key TEXT PRIMARY KEY, body_sha TEXT NOT NULL, status INTEGER NOT NULL,"
    " response TEXT NOT NULL, created_at TEXT)",
    "CREATE TABLE day_sequence(day TEXT PRIMARY KEY, last INTEGER NOT NULL)",
};
} // namespace

bool execSql(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text() + QStringLiteral(" in: ") + sql;
    return false;
}

SimDatabase::SimDatabase(const QString& dataDir)
    : m_dataDir(dataDir), m_connectionName(QStringLiteral("central-sim-") + QUuid::createUuid().toString())
{
}

SimDatabase::~SimDatabase()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool SimDatabase::open(QString* error)
{
    if (!QDir().mkpath(m_dataDir)) {
        *error = QStringLiteral("cannot create ") + m_dataDir;
        return false;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(QDir(m_dataDir).filePath(QStringLiteral("central.sqlite")));
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    // NORMAL is enough in WAL mode for a simulator: a power cut may lose the last transaction but
    // never corrupts the file.
    return execSql(m_db, QStringLiteral("PRAGMA journal_mode=WAL"), error) &&
           execSql(m_db, QStringLiteral("PRAGMA synchronous=NORMAL"), error) && createSchema(error);
}

bool SimDatabase::createSchema(QString* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    const int version = q.value(0).toInt();
    if (version == kSchemaVersion)
        return true;
    if (version > kSchemaVersion) {
        *error = QStringLiteral("the database was made by a newer mtbdesk-central-sim");
        return false;
    }
    // BEGIN IMMEDIATE: a second process opening a fresh folder at the same time waits here.
    if (!execSql(m_db, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    q.exec(QStringLiteral("PRAGMA user_version"));
    if (q.next() && q.value(0).toInt() == kSchemaVersion)
        return execSql(m_db, QStringLiteral("COMMIT"), error);
    for (const char* statement : kSchema) {
        if (!execSql(m_db, QString::fromLatin1(statement), error)) {
            execSql(m_db, QStringLiteral("ROLLBACK"), nullptr);
            return false;
        }
    }
    return execSql(m_db, QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion), error) &&
           execSql(m_db, QStringLiteral("COMMIT"), error);
}

} // namespace mtb::sim
