#pragma once

#include "AccessScope.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace mtb {

class Database;
class KeyRing;

// The `drafts` subcommands of mtbdesk-cli. Output on `out` is for scripts (JSON or one row per line);
// problems go to `err` in the user's language. Each returns the process exit code.
class DraftsCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    DraftsCommand(Database& database, const QString& dataDir, std::shared_ptr<const KeyRing> keys, QTextStream& out,
                  QTextStream& err);
    int run(const QStringList& args);
    // The signed-in staff member's scope (CliSignIn); everything by default.
    void setScope(const AccessScope& scope) { m_scope = scope; }

private:
    int list(bool json, bool includeTrash);
    int exportOne(const QString& id);
    int importFile(const QString& path);
    int markReady(const QStringList& ids);

    Database& m_database;
    QString m_dataDir;
    std::shared_ptr<const KeyRing> m_keys;
    QTextStream& m_out;
    QTextStream& m_err;
    AccessScope m_scope;
};

} // namespace mtb
