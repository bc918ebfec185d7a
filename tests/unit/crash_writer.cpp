// crash_writer DATABASE SEED
//
// Helper for test_crash_durability. Opens DATABASE the way MTB Desk does, then saves drafts for ever:
// about 70% new drafts and 30% updates (revision + 1) of drafts already in the file, including those
// written by earlier, killed runs. Only after DraftRepository::save() has returned true does it print
//     committed <uuid> <revision>
// and flush stdout, so every line printed is a promise that the commit is durable. The test kills
// this process with SIGKILL at a random moment and then checks every promise.
#include "Database.h"
#include "DraftRepository.h"
#include "KeyRing.h"
#include "SampleData.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: crash_writer DATABASE SEED\n");
        return 2;
    }
    const quint32 seed = args.at(2).toUInt();

    mtb::Database database(args.at(1), QStringLiteral("crash-writer"));
    const mtb::OpenReport report = database.open();
    if (report.outcome != mtb::OpenReport::Outcome::Opened && report.outcome != mtb::OpenReport::Outcome::Created) {
        std::fprintf(stderr, "open failed: outcome %d: %s\n", int(report.outcome), qPrintable(report.detail));
        return 3;
    }
    mtb::DraftRepository repo(database.connection(), mtb::KeyRing::forTesting());

    QList<QUuid> known;
    QString error;
    for (const mtb::DraftSummary& s : repo.listAll(&error))
        known << s.uuid;
    if (!error.isEmpty()) {
        std::fprintf(stderr, "list failed: %s\n", qPrintable(error));
        return 4;
    }

    QHash<QUuid, mtb::Application> cache;
    mtb::test::SampleData sample(seed);
    QRandomGenerator rng(seed * 2654435761u + 1);
    for (;;) {
        mtb::Application a;
        bool isNew = true;
        if (!known.isEmpty() && rng.bounded(100) < 30) {
            const QUuid uuid = known.at(rng.bounded(int(known.size())));
            auto it = cache.find(uuid);
            if (it == cache.end()) {
                const std::optional<mtb::Application> stored = repo.load(uuid, &error);
                if (!stored) {
                    std::fprintf(stderr, "load failed: %s\n", qPrintable(error));
                    return 5;
                }
                it = cache.insert(uuid, *stored);
            }
            a = *it;
            a.revision += 1;
            a.applicant.tel = sample.mobile();
            isNew = false;
        } else {
            a = sample.application();
        }
        if (!repo.save(a, QDateTime::currentDateTimeUtc(), &error)) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
            return 6;
        }
        cache.insert(a.uuid, a);
        if (isNew)
            known << a.uuid;
        std::printf("committed %s %d\n", qPrintable(a.uuid.toString(QUuid::WithoutBraces)), a.revision);
        std::fflush(stdout);
    }
}
