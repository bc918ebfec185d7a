#pragma once

#include "AccessScope.h"
#include "AuditEntry.h"

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
    DraftsCommand(Database& database, const QString& dataDir, std::shared_ptr<const KeyRing> keys,
                  QTextStream& out, QTextStream& err);
    int run(const QStringList& args);
    // The signed-in staff member's scope (CliSignIn); everything by default.
    void setScope(const AccessScope& scope) { m_scope = scope; }
    // Who the audit log names for what these commands show, export, create and queue.
    void setAuditActor(const AuditActor& actor) { m_actor = actor; }

private:
    int list(bool json, bool includeTrash);
    int exportOne(const QString& id);
    int importFile(const QString& path);
    int markReady(const QStringList& ids);
    // One audit entry per application, in one transaction (a list may name hundreds).
    void audit(const QString& action, const QList<QUuid>& applications, const QString& detail);

    Database& m_database;
    QString m_dataDir;
    std::shared_ptr<const KeyRing> m_keys;
    QTextStream& m_out;
    QTextStream& m_err;
    AccessScope m_scope;
    AuditActor m_actor;
};

} // namespace mtb
