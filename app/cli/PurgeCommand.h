#pragma once

#include "AuditEntry.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace mtb {

class Database;
class KeyRing;

// `purge [--dry-run] [--days N] [--json]`: removes the local copies of applications the central service
// confirmed more than N days ago (default: the site's setting, RetentionPolicy), with their pages and
// the page images no other page uses; every removal is audited. --dry-run lists what would go.
class PurgeCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    PurgeCommand(Database& database, std::shared_ptr<const KeyRing> keys, const QString& dataDir,
                 AuditActor actor, QTextStream& out, QTextStream& err);
    int run(const QStringList& args);

private:
    Database& m_database;
    std::shared_ptr<const KeyRing> m_keys;
    QString m_dataDir;
    AuditActor m_actor;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace mtb
