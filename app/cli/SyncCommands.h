#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace mtb {

class Database;
class KeyRing;

// `login`, `sync --once --json` and `status APPLICATION_NUMBER --json`: so that a hospital clerk can
// script batch submission (drafts import, then sync). Credentials come from --user and
// --password-file (or MTBDESK_PASSWORD); the refresh token is kept in the OS keychain when there is one.
class SyncCommands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    SyncCommands(Database& database, const QString& dataDir, std::shared_ptr<const KeyRing> keys, QTextStream& out,
                 QTextStream& err);
    int run(const QString& command, const QStringList& args);

private:
    QString option(const QStringList& args, const QString& name) const;
    QString password(const QStringList& args) const;

    Database& m_database;
    QString m_dataDir;
    std::shared_ptr<const KeyRing> m_keys;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace mtb
