// mtbdesk-bench: the figures in docs/benchmarks.md come from this program.
//   mtbdesk-bench seed DIR N        put N realistic drafts into DIR's database (one transaction)
//   mtbdesk-bench autosave DIR [K]  K autosaves of random existing drafts through AsyncDraftStore,
//                                   timed from save() to the saved() signal: what the clerk waits for
//   mtbdesk-bench gui DIR           start the real main window on DIR (offscreen): time until the list
//                                   is usable, per-keystroke filter time, and the process's peak memory
// Each prints one line per figure; it measures, it does not judge.
#include "ApplicationFilterModel.h"
#include "ApplicationListModel.h"
#include "AsyncDraftStore.h"
#include "Database.h"
#include "DraftRepository.h"
#include "KeyRing.h"
#include "MainWindow.h"
#include "ProcessStatus.h"
#include "SampleData.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <QSignalSpy>

#include <algorithm>
#include <numeric>
#include <cstdio>

using namespace mtb;

namespace {

QElapsedTimer g_sinceMain;

double percentile(QVector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const int i = std::clamp(int(p * (v.size() - 1) + 0.5), 0, int(v.size() - 1));
    return v.at(i);
}

long peakRssKb()
{
    return test::processStatusKb("VmHWM:");
}

QString dbPath(const QString& dir) { return dir + QStringLiteral("/mtbdesk.sqlite"); }

int seed(const QString& dir, int count)
{
    Database db(dbPath(dir), QStringLiteral("bench-seed"));
    if (!db.open().usable())
        return 1;
    DraftRepository repo(db.connection(), KeyRing::forTesting());
    test::SampleData samples(42);
    QElapsedTimer t;
    t.start();
    db.connection().transaction();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        Application a = samples.application();
        if (i % 5 == 0)
            a.state = LocalState::Ready;
        if (!repo.save(a, now.addSecs(-i), nullptr))
            return 1;
    }
    db.connection().commit();
    std::printf("seed: %d drafts in %.0f ms; database now holds %d\n", count, double(t.elapsed()), repo.count());
    return 0;
}

int autosave(const QString& dir, int samples)
{
    QVector<QUuid> ids;
    {
        Database db(dbPath(dir), QStringLiteral("bench-ids"));
        if (!db.open().usable())
            return 1;
        DraftRepository repo(db.connection(), KeyRing::forTesting());
        for (const DraftSummary& s : repo.listAll())
            ids << s.uuid;
    }
    if (ids.isEmpty())
        return 1;
    AsyncDraftStore store(dbPath(dir), KeyRing::forTesting());
    QSignalSpy opened(&store, &AsyncDraftStore::opened);
    store.open();
    opened.wait(10000);

    // Load the documents once (not timed), then time only the saves.
    QVector<Application> apps;
    QObject::connect(&store, &AsyncDraftStore::loaded, [&](const Application& a) { apps << a; });
    QRandomGenerator rng(7);
    for (int i = 0; i < samples; ++i)
        store.requestLoad(ids.at(int(rng.bounded(ids.size()))));
    if (!QTest::qWaitFor([&] { return apps.size() == samples; }, 60000))
        return 1;

    QVector<double> latencies;
    QElapsedTimer t;
    bool done = false;
    QObject::connect(&store, &AsyncDraftStore::saved, [&](const DraftSummary&) {
        latencies << t.nsecsElapsed() / 1e6;
        done = true;
    });
    for (Application& a : apps) {
        a.applicant.addr += QStringLiteral("号");
        done = false;
        t.start();
        store.save(a);
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    std::printf("autosave: %d saves over %d drafts, save()->saved() p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, "
                "max %.2f ms\n",
                samples, int(ids.size()), percentile(latencies, 0.5), percentile(latencies, 0.95),
                percentile(latencies, 0.99), percentile(latencies, 1.0));
    return 0;
}

int gui(const QString& dir)
{
    QElapsedTimer t;
    t.start();
    MainWindow window(dir, DeskSession{KeyRing::forTesting(), nullptr});
    window.show();
    if (!QTest::qWaitFor([&] { return window.isListReady(); }, 60000))
        return 1;
    QCoreApplication::processEvents(); // the first paint with the rows in it
    window.grab();                     // force a full render of the populated window
    const double usableFromWindow = double(t.nsecsElapsed()) / 1e6;
    const double usableFromMain = double(g_sinceMain.nsecsElapsed()) / 1e6;
    const int rows = window.listModel()->rowCount();

    // Type into the search box as a clerk would; each keystroke filters the whole list.
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("search"));
    QVector<double> perKey;
    const QStringList queries = {QStringLiteral("51130219"), QStringLiteral("王秀"), QStringLiteral("1398")};
    for (const QString& q : queries) {
        search->clear();
        QCoreApplication::processEvents();
        for (const QChar c : q) {
            QElapsedTimer k;
            k.start();
            QTest::keyClick(search, c.toLatin1() ? c.toLatin1() : 'a', Qt::NoModifier);
            if (!c.toLatin1())
                search->setText(search->text().chopped(1) + c); // CJK: as an input method commits it
            QCoreApplication::processEvents();
            perKey << double(k.nsecsElapsed()) / 1e6;
        }
    }
    std::printf("gui: %d rows; list usable %.0f ms after main() (%.0f ms after the window was created)\n", rows,
                usableFromMain, usableFromWindow);
    std::printf("gui: filter per keystroke over %d rows: mean %.2f ms, p95 %.2f ms, max %.2f ms (%d keystrokes)\n",
                rows, std::accumulate(perKey.begin(), perKey.end(), 0.0) / perKey.size(), percentile(perKey, 0.95),
                percentile(perKey, 1.0), int(perKey.size()));
    std::printf("gui: peak resident memory (VmHWM) %.1f MiB\n", peakRssKb() / 1024.0);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    g_sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const QString command = args.value(1);
    const QString dir = args.value(2);
    if (command == u"seed" && !dir.isEmpty())
        return seed(dir, args.value(3, QStringLiteral("10000")).toInt());
    if (command == u"autosave" && !dir.isEmpty())
        return autosave(dir, args.value(3, QStringLiteral("1000")).toInt());
    if (command == u"gui" && !dir.isEmpty())
        return gui(dir);
    std::fprintf(stderr, "usage: mtbdesk-bench seed DIR N | autosave DIR [K] | gui DIR\n");
    return 2;
}
