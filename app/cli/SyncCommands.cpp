#include "SyncCommands.h"

#include "ApiClient.h"
#include "BlobStore.h"
#include "Database.h"
#include "DraftRepository.h"
#include "OutboxRepository.h"
#include "OutboxWorker.h"
#include "ServerConfig.h"
#include "SyncSession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSysInfo>

namespace mtb {

SyncCommands::SyncCommands(Database& database, const QString& dataDir, std::shared_ptr<const KeyRing> keys,
                           QTextStream& out, QTextStream& err)
    : m_database(database), m_dataDir(dataDir), m_keys(std::move(keys)), m_out(out), m_err(err)
{
}

QString SyncCommands::option(const QStringList& args, const QString& name) const
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
}

QString SyncCommands::password(const QStringList& args) const
{
    const QString file = option(args, QStringLiteral("--password-file"));
    if (!file.isEmpty()) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            return QString::fromUtf8(f.readAll()).trimmed();
    }
    return qEnvironmentVariable("MTBDESK_PASSWORD");
}

int SyncCommands::run(const QString& command, const QStringList& args)
{
    ServerConfig config = ServerConfig::fromSettingsAndEnvironment();
    if (!option(args, QStringLiteral("--server")).isEmpty())
        config.baseUrl = QUrl(option(args, QStringLiteral("--server")));
    if (!option(args, QStringLiteral("--ca-file")).isEmpty())
        config.caFile = option(args, QStringLiteral("--ca-file"));
    if (!config.isValid()) {
        m_err << tr("No central service configured: pass --server https://HOST:PORT/api/v1 or set "
                    "MTBDESK_SERVER_URL.")
              << '\n';
        return 2;
    }
    QNetworkAccessManager nam;
    ApiClient api(&nam, config);
    api.setDirectUploads(true); // chunk PUTs without Nagle delays (docs/api.md "Upload transport")
    SyncSession session(&api, QStringLiteral("%1@%2").arg(QSysInfo::machineHostName(), config.baseUrl.host()));
    const QString user = option(args, QStringLiteral("--user"));

    auto signIn = [&]() -> bool {
        if (!user.isEmpty()) {
            const ApiReply r = session.login(user, password(args), QSysInfo::machineUniqueId().toHex());
            if (!r.ok()) {
                m_err << tr("Sign-in failed: %1")
                             .arg(r.tlsFailure ? r.networkErrorText
                                  : r.error    ? r.error->codeString
                                               : r.networkErrorText)
                      << '\n';
                return false;
            }
            return true;
        }
        if (session.refresh())
            return true;
        m_err << tr("Not signed in: run `mtbdesk-cli login --user NAME --password-file FILE` first, or pass "
                    "--user and --password-file.")
              << '\n';
        return false;
    };

    if (command == u"login") {
        if (user.isEmpty()) {
            m_err << tr("Usage: mtbdesk-cli login --user NAME [--password-file FILE]") << '\n';
            return 2;
        }
        if (!signIn())
            return 1;
        m_out << QJsonDocument(QJsonObject{{"signed_in", true},
                                           {"staff", session.staff()},
                                           {"token_kept_in_keychain", session.tokenPersistent()}})
                     .toJson(QJsonDocument::Indented);
        return 0;
    }
    if (!signIn())
        return 1;

    if (command == u"status") {
        const QString applNo = args.value(0);
        if (applNo.isEmpty() || applNo.startsWith(u'-')) {
            m_err << tr("Usage: mtbdesk-cli status APPLICATION_NUMBER --json") << '\n';
            return 2;
        }
        const ApiReply r = api.application(applNo);
        if (!r.ok()) {
            m_err << tr("No status for %1: %2").arg(applNo, r.error ? r.error->codeString : r.networkErrorText) << '\n';
            return 1;
        }
        m_out << QJsonDocument(r.json).toJson(QJsonDocument::Indented);
        return 0;
    }

    if (command == u"sync") {
        DraftRepository drafts(m_database.connection(), m_keys);
        OutboxRepository outbox(m_database.connection(), m_keys);
        BlobStore blobs(m_dataDir, m_keys);
        OutboxWorker worker(&api, &outbox, &drafts, &blobs, BackoffPolicy::fromEnvironment());
        worker.setTokenRefresher([&] { return session.refresh(); });
        // --once: one pass over everything queued, whatever its backoff, then report.
        const OutboxWorker::Result r = worker.sendAllNow();
        QJsonArray items;
        for (const OutboxItem& i : outbox.all()) {
            items.append(QJsonObject{{"uuid", i.applicationUuid.toString(QUuid::WithoutBraces)},
                                     {"revision", i.revision},
                                     {"state", OutboxItem::stateKey(i.state)},
                                     {"appl_no", i.applicationNumber},
                                     {"attempts", i.attempts},
                                     {"error_code", i.lastErrorCode},
                                     {"request_id", i.lastRequestId}});
        }
        m_out << QJsonDocument(QJsonObject{{"sent", r.sent},
                                           {"retry_later", r.retryLater},
                                           {"needs_staff", r.needsStaff},
                                           {"needs_login", r.needsLogin},
                                           {"offline", r.stoppedByTransportError},
                                           {"items", items}})
                     .toJson(QJsonDocument::Indented);
        return (r.needsStaff > 0 || r.needsLogin > 0 || r.retryLater > 0) ? 1 : 0;
    }
    m_err << tr("Unknown command %1").arg(command) << '\n';
    return 2;
}

} // namespace mtb
