#pragma once

#include "AuditEntry.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace mtb {

class Database;
class KeyRing;

// `audit verify [--json]` and `audit export -o FILE [--format csv|json] [--from DATE] [--to DATE]
// [--actor ID] [--action KEY]` (docs/audit.md). verify exits 0 when the chain and its signed head are
// intact, 1 when damage was found (the first bad entry and why on stdout), 6 when the entries are
// intact but the head's signature could not be checked (no keys; the CLI normally unlocks them first).
class AuditCommands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    AuditCommands(Database& database, std::shared_ptr<const KeyRing> keys, AuditActor actor, QTextStream& out,
                  QTextStream& err);
    int run(const QStringList& args);
    // One entry by this actor, for a command that has no database of its own (keys passphrase); a
    // failure is reported on err as a warning: what was done stays done, but is not on record.
    void record(const QString& action, const QString& object, const QString& detail);

    static QString usage();

private:
    int verify(bool json);
    int exportTo(const QStringList& args);

    Database& m_database;
    std::shared_ptr<const KeyRing> m_keys;
    AuditActor m_actor;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace mtb
