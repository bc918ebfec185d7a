#pragma once

#include <QSqlDatabase>
#include <QString>

namespace mtb::sim {

// The service's own SQLite file (not the client's drafts database): WAL so that the `review` and
// `list` commands can work on it while a server is running, and a busy timeout so that they wait
// for each other instead of failing. The schema is created on first open (user_version 1).
class SimDatabase
{
public:
    explicit SimDatabase(const QString& dataDir);
    ~SimDatabase();
    SimDatabase(const SimDatabase&) = delete;
    SimDatabase& operator=(const SimDatabase&) = delete;

    bool open(QString* error);
    QSqlDatabase& connection() { return m_db; }
    QString dataDir() const { return m_dataDir; }

private:
    bool createSchema(QString* error);

    QString m_dataDir;
    QString m_connectionName;
    QSqlDatabase m_db;
};

// Runs one statement, returning false and setting *error on failure (for schema and pragmas).
bool execSql(QSqlDatabase& db, const QString& sql, QString* error);

} // namespace mtb::sim
