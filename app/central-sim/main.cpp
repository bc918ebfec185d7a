// mtbdesk-central-sim: the reference central service of docs/api.md (see docs/central-sim.md).
//
//   mtbdesk-central-sim serve  --data DIR --port N --cert FILE --key FILE [options]
//   mtbdesk-central-sim review --data DIR APPL_NO ACTION [--opinion TEXT] [--by NAME] [--decision
//   CODE=approved] mtbdesk-central-sim list   --data DIR

#include "AdminRoutes.h"
#include "ApplicationRoutes.h"
#include "AuthRoutes.h"
#include "AutoReviewer.h"
#include "CatalogRoutes.h"
#include "LogRedaction.h"
#include "Router.h"
#include "SimContext.h"
#include "SimServer.h"
#include "UploadRoutes.h"
#include "Workflow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTextStream>

#include <cstdio>

using namespace mtb::sim;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "mtbdesk-central-sim: %s\n", message.toLocal8Bit().constData());
    return 1;
}

QCommandLineOption dataOption()
{
    return {QStringLiteral("data"), QStringLiteral("Data folder (SQLite file and page images)."),
            QStringLiteral("DIR")};
}

bool loadTls(const QString& certPath, const QString& keyPath, QSslConfiguration* config, QString* error)
{
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read --cert or --key");
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    if (chain.isEmpty() || key.isNull()) {
        *error = QStringLiteral("--cert must be a PEM certificate and --key a PEM RSA key");
        return false;
    }
    *config = QSslConfiguration::defaultConfiguration();
    config->setLocalCertificateChain(chain);
    config->setPrivateKey(key);
    config->setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not ask for client certificates
    return true;
}

// Fault switches given on the command line, as the JSON document POST /admin/faults takes.
QJsonObject faultsFromOptions(const QCommandLineParser& p)
{
    QJsonObject json;
    if (p.isSet(QStringLiteral("latency-ms")))
        json.insert(QLatin1String("latency_ms"), p.value(QStringLiteral("latency-ms")).toInt());
    if (p.isSet(QStringLiteral("failure-rate"))) {
        QJsonObject rates;
        for (const QString& item : p.values(QStringLiteral("failure-rate"))) {
            const qsizetype eq = item.lastIndexOf(u'=');
            rates.insert(item.left(eq), eq < 0 ? -1.0 : item.mid(eq + 1).toDouble());
        }
        json.insert(QLatin1String("failure_rate"), rates);
    }
    if (p.isSet(QStringLiteral("failure-status")))
        json.insert(QLatin1String("failure_status"), p.value(QStringLiteral("failure-status")).toInt());
    if (p.isSet(QStringLiteral("drop-after-bytes")))
        json.insert(QLatin1String("drop_after_bytes"),
                    p.value(QStringLiteral("drop-after-bytes")).toLongLong());
    if (p.isSet(QStringLiteral("rate-limit-retry-after")))
        json.insert(QLatin1String("rate_limit_retry_after"),
                    p.value(QStringLiteral("rate-limit-retry-after")).toInt());
    return json;
}

int serve(QCoreApplication& app, const QStringList& args)
{
    QCommandLineParser p;
    p.addHelpOption();
    const auto opt = [&p](const char* name, const char* help, const char* value = nullptr,
                          const char* def = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help));
        if (value)
            o.setValueName(QString::fromLatin1(value));
        if (def)
            o.setDefaultValue(QString::fromLatin1(def));
        p.addOption(o);
    };
    p.addOption(dataOption());
    opt("port", "TCP port; 0 picks a free one.", "N", "8443");
    opt("host", "Address to listen on.", "ADDRESS", "127.0.0.1");
    opt("cert", "Server certificate (PEM).", "FILE");
    opt("key", "Server private key (PEM, RSA).", "FILE");
    opt("admin-token", "Enables /admin/* for requests with this X-Admin-Token.", "T");
    opt("auto-review", "Move applications along the review steps every SECONDS.", "SECONDS", "0");
    opt("token-ttl", "Access token lifetime.", "SECONDS", "900");
    opt("refresh-ttl", "Refresh token lifetime.", "SECONDS", "43200");
    opt("catalog", "Serve this catalogue instead of the bundled one.", "FILE");
    opt("latency-ms", "Fault: delay every answer.", "MS");
    opt("failure-rate", "Fault: fail this share of requests under PREFIX (repeatable).", "PREFIX=RATE");
    opt("failure-status", "Fault: 500 or 503 for --failure-rate.", "STATUS");
    opt("drop-after-bytes", "Fault: cut every answer after N bytes.", "N");
    opt("rate-limit-retry-after", "Fault: answer 429 with this Retry-After.", "SECONDS");
    p.process(args);

    const QString dataDir = p.value(QStringLiteral("data"));
    if (dataDir.isEmpty() || !p.isSet(QStringLiteral("cert")) || !p.isSet(QStringLiteral("key")))
        return fail(QStringLiteral("serve needs --data, --cert and --key (HTTPS only)"));
    QSslConfiguration tls;
    QString error;
    if (!loadTls(p.value(QStringLiteral("cert")), p.value(QStringLiteral("key")), &tls, &error))
        return fail(error);

    SimDatabase db(dataDir);
    if (!db.open(&error))
        return fail(QStringLiteral("database: ") + error);
    SimContext ctx(db, p.value(QStringLiteral("token-ttl")).toInt(),
                   p.value(QStringLiteral("refresh-ttl")).toInt());
    if (!ctx.accounts.seedDemoAccounts(&error))
        return fail(QStringLiteral("accounts: ") + error);
    if (!ctx.catalog.load(p.value(QStringLiteral("catalog")), &error))
        return fail(QStringLiteral("catalogue: ") + error);
    bool expireTokens = false;
    if (!ctx.faults.apply(faultsFromOptions(p), &expireTokens, &error))
        return fail(QStringLiteral("fault options: ") + error);

    Router router(ctx.sessions, ctx.accounts, p.value(QStringLiteral("admin-token")));
    AuthRoutes::install(router, ctx);
    CatalogRoutes::install(router, ctx);
    UploadRoutes::install(router, ctx);
    ApplicationRoutes::install(router, ctx);
    AdminRoutes::install(router, ctx);

    SimServer server(ctx, router);
    server.sslSetup(tls);
    const QHostAddress host(p.value(QStringLiteral("host")));
    const quint16 port = server.listen(host, quint16(p.value(QStringLiteral("port")).toUInt()));
    if (port == 0)
        return fail(
            QStringLiteral("cannot listen on %1:%2").arg(host.toString(), p.value(QStringLiteral("port"))));

    AutoReviewer reviewer(ctx.applications, p.value(QStringLiteral("auto-review")).toInt());
    if (p.value(QStringLiteral("auto-review")).toInt() > 0)
        reviewer.start();

    // Tests and setup.sh wait for exactly this line.
    const QString hostText =
        host.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + host.toString() + u']' : host.toString();
    QTextStream(stdout) << "listening on https://" << hostText << ':' << port << Qt::endl;
    return app.exec();
}

int review(const QStringList& args)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption(dataOption());
    p.addOption({QStringLiteral("opinion"), QStringLiteral("Reviewer's message (required for return)."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("by"), QStringLiteral("Reviewer's name."), QStringLiteral("NAME"),
                 QStringLiteral("审核员")});
    p.addOption({QStringLiteral("decision"), QStringLiteral("For partially_approve (repeatable)."),
                 QStringLiteral("CODE=approved|rejected")});
    p.addPositionalArgument(QStringLiteral("appl_no"), QStringLiteral("Application number."));
    p.addPositionalArgument(QStringLiteral("action"), Workflow::actions().join(u'|'));
    p.process(args);
    if (p.positionalArguments().size() != 2 || !p.isSet(QStringLiteral("data")))
        return fail(QStringLiteral("usage: review --data DIR APPL_NO ACTION [--opinion TEXT]"));

    SimDatabase db(p.value(QStringLiteral("data")));
    QString error;
    if (!db.open(&error))
        return fail(QStringLiteral("database: ") + error);
    ApplicationStore store(db.connection());
    QHash<QString, QString> decisions;
    for (const QString& d : p.values(QStringLiteral("decision")))
        decisions.insert(d.section(u'=', 0, 0), d.section(u'=', 1));
    Workflow workflow(store);
    const Workflow::Result r =
        workflow.apply(p.positionalArguments().at(0), p.positionalArguments().at(1),
                       p.value(QStringLiteral("opinion")), p.value(QStringLiteral("by")), decisions);
    if (!r.ok)
        return fail(mtb::wire::errorCodeString(r.error) + QStringLiteral(": ") + r.message);
    QTextStream(stdout) << p.positionalArguments().at(0) << ' ' << r.status << Qt::endl;
    return 0;
}

int list(const QStringList& args)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption(dataOption());
    p.process(args);
    if (!p.isSet(QStringLiteral("data")))
        return fail(QStringLiteral("usage: list --data DIR"));
    SimDatabase db(p.value(QStringLiteral("data")));
    QString error;
    if (!db.open(&error))
        return fail(QStringLiteral("database: ") + error);
    ApplicationStore store(db.connection());
    QTextStream out(stdout);
    // No names or ID numbers: the list is for operators, who review through the API documents.
    out << "appl_no\tstatus\trevision\tupdated_at\tdiseases\n";
    for (const ApplicationStore::Record& r : store.all())
        out << r.applNo << '\t' << r.status << '\t' << r.revision << '\t' << r.updatedAt << '\t'
            << store.diseaseCodes(r.applNo).join(u',') << '\n';
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    mtb::LogRedaction::install(); // no ID or phone number reaches a log (LogRedaction.h)
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mtbdesk-central-sim"));
    QStringList args = app.arguments();
    const QString command = args.size() > 1 ? args.takeAt(1) : QString();
    if (command == u"serve")
        return serve(app, args);
    if (command == u"review")
        return review(args);
    if (command == u"list")
        return list(args);
    std::fprintf(stderr,
                 "usage: mtbdesk-central-sim serve|review|list --data DIR ... (--help after the command)\n");
    return 2;
}
