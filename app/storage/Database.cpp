#include "Database.h"

#include "EncryptionUpgrade.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mtb {

namespace {
// SQLite primary result codes, as QSqlError::nativeErrorCode() reports them.
bool isBusyOrLocked(const QSqlError& e)
{
    const QString code = e.nativeErrorCode();
    return code == u"5" || code == u"6" || e.databaseText().contains(QLatin1String("locked"));
}
bool isCorruption(const QSqlError& e)
{
    const QString code = e.nativeErrorCode();
    return code == u"11" || code == u"26" || e.databaseText().contains(QLatin1String("malformed")) ||
           e.databaseText().contains(QLatin1String("not a database"));
}
} // namespace

Database::Database(const QString& path, const QString& connectionName)
    : m_path(path), m_connectionName(connectionName)
{
}

Database::~Database() { close(); }

void Database::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::openConnection(QString* detail)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
    if (!m_db.open()) {
        *detail = m_db.lastError().text();
        return false;
    }
    return true;
}

Database::Health Database::checkHealth(QString* detail)
{
    QSqlQuery q(m_db);
    // quick_check reads every page without the slower index cross-checks: it is what catches a torn
    // or overwritten file, and it stays fast with 10,000 drafts.
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        *detail = q.lastError().text();
        if (isBusyOrLocked(q.lastError()))
            return Health::Locked;
        return isCorruption(q.lastError()) ? Health::Corrupt : Health::Failed;
    }
    QStringList problems;
    while (q.next()) {
        const QString row = q.value(0).toString();
        if (row != u"ok")
            problems << row;
    }
    if (!problems.isEmpty()) {
        *detail = problems.mid(0, 3).join(QStringLiteral("; "));
        return Health::Corrupt;
    }
    return Health::Ok;
}

bool Database::applyPragmas(QString* detail)
{
    const char* const pragmas[] = {
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = FULL",
        "PRAGMA foreign_keys = ON",
        // Deleted and overwritten values are zeroed in the file, not left in free pages.
        "PRAGMA secure_delete = ON",
        // Sorts, VACUUM and temporary tables in memory: no plaintext spills to the temp folder.
        "PRAGMA temp_store = MEMORY",
    };
    for (const char* p : pragmas) {
        QSqlQuery q(m_db);
        if (!q.exec(QString::fromLatin1(p))) {
            *detail = q.lastError().text();
            return false;
        }
    }
    return true;
}

QString Database::keepAside()
{
    close();
    const QFileInfo info(m_path);
    const QString asideDir = info.absolutePath() + QStringLiteral("/damaged");
    QDir().mkpath(asideDir);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString target = asideDir + u'/' + info.completeBaseName() + u'-' + stamp + u'.' + info.suffix();
    // Rename, not copy: atomic, and the bytes are never rewritten. The WAL travels with its database,
    // because it may hold the only copy of the last commits.
    if (!QFile::rename(m_path, target))
        return {};
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString side = m_path + QLatin1String(suffix);
        if (QFile::exists(side))
            QFile::rename(side, target + QLatin1String(suffix));
    }
    return target;
}

OpenReport Database::open(int targetVersion)
{
    OpenReport report;
    report.path = m_path;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        report.outcome = OpenReport::Outcome::Unreadable;
        report.detail = QStringLiteral("cannot create folder %1").arg(info.absolutePath());
        return report;
    }
    const bool existed = info.exists();
    if (existed && (!info.isReadable() || !info.isWritable())) {
        report.outcome = OpenReport::Outcome::Unreadable;
        report.detail = QStringLiteral("permission denied");
        return report;
    }
    if (!openConnection(&report.detail)) {
        report.outcome = OpenReport::Outcome::Unreadable;
        close();
        return report;
    }

    bool recovered = false;
    switch (checkHealth(&report.detail)) {
    case Health::Ok:
        break;
    case Health::Locked:
        report.outcome = OpenReport::Outcome::Locked;
        close();
        return report;
    case Health::Failed:
        report.outcome = OpenReport::Outcome::Failed;
        close();
        return report;
    case Health::Corrupt:
        report.preservedPath = keepAside();
        if (report.preservedPath.isEmpty()) {
            report.outcome = OpenReport::Outcome::Failed;
            report.detail += QStringLiteral("; the damaged file could not be moved aside");
            return report;
        }
        if (!openConnection(&report.detail)) {
            report.outcome = OpenReport::Outcome::Failed;
            close();
            return report;
        }
        recovered = true;
        break;
    }

    report.fromVersion = Migrations::currentVersion(m_db);
    if (report.fromVersion > Migrations::kLatest) {
        report.outcome = OpenReport::Outcome::TooNew;
        close();
        return report;
    }
    QString error;
    if (!applyPragmas(&error) || !Migrations::migrate(m_db, targetVersion, &error)) {
        report.detail = error;
        report.outcome = OpenReport::Outcome::Failed;
        close();
        return report;
    }
    if (m_keys) {
        EncryptionUpgrade upgrade(m_db, info.absolutePath(), m_keys);
        switch (upgrade.checkKeys(&error)) {
        case EncryptionUpgrade::KeyCheck::Matches:
        case EncryptionUpgrade::KeyCheck::Recorded:
            break;
        case EncryptionUpgrade::KeyCheck::Differs:
            report.outcome = OpenReport::Outcome::WrongKey;
            close();
            return report;
        case EncryptionUpgrade::KeyCheck::Failed:
            report.detail = error;
            report.outcome = OpenReport::Outcome::Failed;
            close();
            return report;
        }
        if (!upgrade.run(nullptr, &error)) {
            report.detail = error;
            report.outcome = OpenReport::Outcome::Failed;
            close();
            return report;
        }
    }
    report.toVersion = Migrations::currentVersion(m_db);
    report.outcome = recovered  ? OpenReport::Outcome::RecoveredFromCorrupt
                     : existed ? OpenReport::Outcome::Opened
                               : OpenReport::Outcome::Created;
    return report;
}

} // namespace mtb
