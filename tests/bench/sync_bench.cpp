// mtbdesk-sync-bench: drains 100 applications x 6 pages (about 300 KB each) to the reference service
// over loopback TLS and compares with curl uploading the same bytes to the same service.
//   mtbdesk-sync-bench SIM_BINARY DEV_CA_SCRIPT WORK_DIR [APPLICATIONS] [PAGES] [PAGE_KB]
// Prints: client drain time, curl time for the same page bytes (PUT chunks over one reused
// connection, uploads created beforehand and not timed), the ratio, and the client's peak memory.
// The client sends chunks as the application does (ApiClient::setDirectUploads(true)); with
// MTB_BENCH_DIRECT_UPLOADS=0 it sends them through QNetworkAccessManager instead, for comparison.
#include "ApiClient.h"
#include "BlobStore.h"
#include "Database.h"
#include "DraftRepository.h"
#include "KeyRing.h"
#include "OutboxRepository.h"
#include "OutboxWorker.h"
#include "PageRecord.h"
#include "ProcessStatus.h"
#include "SampleData.h"
#include "SubmissionBuilder.h"
#include "SyncSession.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace mtb;

namespace {
long peakRssKb()
{
    return test::processStatusKb("VmHWM:");
}

struct CpuTime
{
    double userMs = 0;
    double systemMs = 0;
    static CpuTime now()
    {
        rusage u{};
        getrusage(RUSAGE_SELF, &u);
        auto ms = [](const timeval& tv) { return tv.tv_sec * 1000.0 + tv.tv_usec / 1000.0; };
        return {ms(u.ru_utime), ms(u.ru_stime)};
    }
    CpuTime operator-(const CpuTime& o) const { return {userMs - o.userMs, systemMs - o.systemMs}; }
};

QByteArray randomBytes(QRandomGenerator& rng, int size)
{
    QByteArray b(size, Qt::Uninitialized);
    for (int i = 0; i + 4 <= size; i += 4) {
        const quint32 v = rng.generate();
        memcpy(b.data() + i, &v, 4);
    }
    return b;
}

// The reference service, its output going to DATA.log. Not to a pipe: the service logs every request
// to stderr, and while this process blocks in QProcess::waitForFinished(curl) nobody would read the
// pipe; after 64 KB (~640 requests) the service blocked in write() and curl stalled. That, not curl
// or QHttpServer, was the "curl stall" of the first measurement.
struct Sim
{
    QProcess process;
    QString url;
    bool start(const QString& binary, const QString& data, const QString& certs, const QString& port)
    {
        const QString log = data + QStringLiteral(".log");
        process.setStandardOutputFile(log);
        process.setStandardErrorFile(log);
        process.start(binary, {QStringLiteral("serve"), QStringLiteral("--data"), data, QStringLiteral("--port"), port,
                               QStringLiteral("--cert"), certs + QStringLiteral("/server.pem"), QStringLiteral("--key"),
                               certs + QStringLiteral("/server.key"), QStringLiteral("--admin-token"), QStringLiteral("bench")});
        QByteArray out;
        for (int i = 0; i < 150 && !out.contains("listening on"); ++i) {
            process.waitForFinished(100); // a pause that notices an early exit
            QFile f(log);
            if (f.open(QIODevice::ReadOnly))
                out = f.readAll();
        }
        const int at = out.indexOf("https://");
        if (at < 0)
            return false;
        url = QString::fromLatin1(out.mid(at).split('\n').first().trimmed()) + QStringLiteral("/api/v1");
        return true;
    }
    ~Sim()
    {
        process.kill();
        process.waitForFinished();
    }
};
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IONBF, 0); // figures appear even if a later step is interrupted
    const QStringList a = app.arguments();
    if (a.size() < 4) {
        std::fprintf(stderr, "usage: mtbdesk-sync-bench SIM_BINARY DEV_CA_SCRIPT WORK_DIR [APPS] [PAGES] [PAGE_KB]\n");
        return 2;
    }
    const QString work = a.at(3);
    const int apps = a.value(4, QStringLiteral("100")).toInt();
    const int pagesPer = a.value(5, QStringLiteral("6")).toInt();
    const int pageBytes = a.value(6, QStringLiteral("300")).toInt() * 1024;
    QDir().mkpath(work);
    const QString certs = work + QStringLiteral("/certs");
    QProcess ca;
    ca.start(QStringLiteral("bash"), {a.at(2), certs});
    ca.waitForFinished(60000);

    // 1. The client: queue and drain, timed from the first request to the last answer.
    Sim clientSim;
    if (!clientSim.start(a.at(1), work + QStringLiteral("/sim-client"), certs, QStringLiteral("0")))
        return 1;
    ServerConfig config;
    config.baseUrl = QUrl(clientSim.url);
    config.caFile = certs + QStringLiteral("/ca.pem");
    QRandomGenerator rng(7);
    test::SampleData samples(11);
    QStringList allPages; // hashes only: the bytes stay in the blob store, not in this process
    const std::shared_ptr<const KeyRing> keys = KeyRing::forTesting(); // stored encrypted, as in the app
    {
        Database db(work + QStringLiteral("/client/mtbdesk.sqlite"), QStringLiteral("bench"));
        db.setKeyRing(keys);
        if (!db.open().usable())
            return 1;
        DraftRepository drafts(db.connection(), keys);
        OutboxRepository outbox(db.connection(), keys);
        BlobStore blobs(work + QStringLiteral("/client"), keys);
        for (int i = 0; i < apps; ++i) {
            Application application = samples.application();
            application.acceptance.site = QStringLiteral("511302");
            application.state = LocalState::Ready;
            drafts.save(application, QDateTime::currentDateTimeUtc(), nullptr);
            QList<PageRecord> pages;
            for (int p = 0; p < pagesPer; ++p) {
                PageRecord r;
                r.material = p == 0 ? QStringLiteral("application_form") : QStringLiteral("medical_record");
                r.processedSha256 = blobs.put(randomBytes(rng, pageBytes), nullptr);
                allPages << r.processedSha256;
                pages << r;
            }
            outbox.enqueue(SubmissionBuilder::build(application, pages, QDateTime::currentDateTimeUtc()), nullptr);
        }
        QNetworkAccessManager nam;
        ApiClient api(&nam, config);
        api.setDirectUploads(qEnvironmentVariable("MTB_BENCH_DIRECT_UPLOADS") != u"0");
        SyncSession session(&api, QStringLiteral("bench"));
        if (!session.login(QStringLiteral("nc-counter-01"), QStringLiteral("counter123"), QStringLiteral("bench")).ok())
            return 1;
        OutboxWorker worker(&api, &outbox, &drafts, &blobs, BackoffPolicy());
        QElapsedTimer t;
        const CpuTime cpuBefore = CpuTime::now();
        t.start();
        const OutboxWorker::Result r = worker.sendAllNow();
        const double clientMs = t.nsecsElapsed() / 1e6;
        const CpuTime cpu = CpuTime::now() - cpuBefore;
        std::printf("client (%s chunk uploads): %d applications x %d pages x %d KB (%.1f MB) drained in %.0f ms; "
                    "sent %d\n",
                    api.directUploads() ? "direct" : "QNetworkAccessManager", apps, pagesPer, pageBytes / 1024,
                    double(allPages.size()) * pageBytes / 1048576.0, clientMs, r.sent);
        std::printf("client peak resident memory while draining (VmHWM): %.1f MiB\n", peakRssKb() / 1024.0);
        // Where the wall time went: on the CPU in this process, or waiting (service, disk, network).
        std::printf("client CPU while draining (all threads): user %.0f ms, system %.0f ms\n", cpu.userMs, cpu.systemMs);

        // 2. curl: the same bytes to a fresh service, as PUT chunks over one reused TLS connection.
        Sim curlSim;
        if (!curlSim.start(a.at(1), work + QStringLiteral("/sim-curl"), certs, QStringLiteral("0")))
            return 1;
        ServerConfig curlConfig = config;
        curlConfig.baseUrl = QUrl(curlSim.url);
        ApiClient curlApi(&nam, curlConfig);
        SyncSession curlSession(&curlApi, QStringLiteral("bench-curl"));
        curlSession.login(QStringLiteral("nc-counter-01"), QStringLiteral("counter123"), QStringLiteral("bench"));
        QFile config(work + QStringLiteral("/curl.cfg"));
        config.open(QIODevice::WriteOnly);
        const qint64 chunk = 256 * 1024;
        int n = 0;
        for (const QString& sha : std::as_const(allPages)) {
            const QByteArray bytes = blobs.get(sha, nullptr);
            const ApiReply created = curlApi.createUpload(sha, bytes.size(), QStringLiteral("jpeg")); // not timed
            const QString id = created.json.value(QStringLiteral("upload_id")).toString();
            for (qint64 off = 0; off < bytes.size(); off += chunk) {
                const QString file = work + QStringLiteral("/curl-%1.bin").arg(n++);
                QFile f(file);
                f.open(QIODevice::WriteOnly);
                f.write(bytes.mid(off, chunk));
                f.close();
                // Options before `next` belong to one transfer only, so every transfer names the CA.
                if (n > 1)
                    config.write("next\n"); // a separator: a trailing one would make an empty transfer
                config.write(QStringLiteral("url = \"%1/uploads/%2?offset=%3\"\nupload-file = \"%4\"\n"
                                            "cacert = \"%6\"\nfail\n"
                                            "header = \"Authorization: Bearer %5\"\n"
                                            "header = \"Content-Type: application/octet-stream\"\n"
                                            // curl would wait a second per upload for "100 Continue".
                                            "header = \"Expect:\"\noutput = /dev/null\n")
                                 .arg(curlSim.url, id).arg(off).arg(file, curlApi.accessToken(), certs + QStringLiteral("/ca.pem"))
                                 .toUtf8());
            }
        }
        config.close();
        QProcess curl;
        QElapsedTimer ct;
        ct.start();
        curl.start(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-K"), config.fileName()});
        curl.waitForFinished(600000);
        const double curlMs = ct.nsecsElapsed() / 1e6;
        std::printf("curl: the same %d pages as %d PUT chunks over one connection in %.0f ms (exit %d)\n",
                    int(allPages.size()), n, curlMs, curl.exitCode());
        std::printf("ratio client/curl: %.2f\n", clientMs / curlMs);
    }
    return 0;
}
