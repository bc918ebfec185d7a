#pragma once

#include "Migrations.h"
#include "OpenReport.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace mtb {

class KeyRing;

// One SQLite connection to the drafts database, opened the careful way: WAL, full sync (drafts are
// the only copy of what staff typed), foreign keys, a busy timeout, an integrity check at open, and
// numbered migrations. A damaged file is renamed aside and reported, never deleted; a locked or
// unreadable file is left exactly as it was.
// With keys (setKeyRing), opening also checks that they are this folder's keys (WrongKey otherwise,
// nothing touched) and finishes the one-time encryption of a folder from before schema 6.
// secure_delete is on and temporary tables stay in memory, so deleted values and sort spills never
// leave plaintext behind.
class Database
{
public:
    // connectionName must be unique per thread (Qt SQL connections belong to the thread that made them).
    Database(const QString& path, const QString& connectionName);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void setBusyTimeoutMs(int ms) { m_busyTimeoutMs = ms; }
    void setKeyRing(std::shared_ptr<const KeyRing> keys) { m_keys = std::move(keys); }
    OpenReport open(int targetVersion = Migrations::kLatest);
    void close();

    QSqlDatabase& connection() { return m_db; }
    QString path() const { return m_path; }

private:
    enum class Health { Ok, Corrupt, Locked, Failed };
    Health checkHealth(QString* detail);
    bool applyPragmas(QString* detail);
    QString keepAside();
    bool openConnection(QString* detail);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_busyTimeoutMs = 5000;
    std::shared_ptr<const KeyRing> m_keys;
};

} // namespace mtb
