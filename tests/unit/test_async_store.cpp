// AsyncDraftStore: the GUI's non-blocking door to the drafts database, driven through its signals.
#include "AsyncDraftStore.h"
#include "Database.h"
#include "DraftRepository.h"
#include "KeyRing.h"
#include "PersonalText.h"
#include "SampleData.h"
#include "TestPaths.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace mtb;

namespace {
const int kTimeoutMs = 10000;
}

class TestAsyncStore : public QObject
{
    Q_OBJECT

private slots:
    void openReportsCreated();
    void saveListLoad();
    void trashAndRestore();
    void loadUnknownFails();
    void saveBeforeOpenFails();
    void unusableDatabaseIsReported();
    void waitForIdleMeansOnDisk();
    void destructorFinishesQueuedWork();
    void signalsArriveOnTheCallersThread();

private:
    mtb::test::SampleData m_sample{777};
};

void TestAsyncStore::openReportsCreated()
{
    mtb::test::TempDataDir dir;
    const QString path = dir.file(QStringLiteral("mtbdesk.sqlite"));
    {
        AsyncDraftStore store(path, KeyRing::forTesting());
        QSignalSpy opened(&store, &AsyncDraftStore::opened);
        store.open();
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kTimeoutMs);
        const OpenReport report = opened.at(0).at(0).value<OpenReport>();
        QCOMPARE(report.outcome, OpenReport::Outcome::Created);
        QVERIFY(report.usable());
        QCOMPARE(report.path, path);
    }
    AsyncDraftStore store(path, KeyRing::forTesting());
    QSignalSpy opened(&store, &AsyncDraftStore::opened);
    store.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kTimeoutMs);
    QCOMPARE(opened.at(0).at(0).value<OpenReport>().outcome, OpenReport::Outcome::Opened);
}

void TestAsyncStore::saveListLoad()
{
    mtb::test::TempDataDir dir;
    AsyncDraftStore store(dir.file(QStringLiteral("mtbdesk.sqlite")), KeyRing::forTesting());
    QSignalSpy opened(&store, &AsyncDraftStore::opened);
    QSignalSpy saved(&store, &AsyncDraftStore::saved);
    QSignalSpy saveFailed(&store, &AsyncDraftStore::saveFailed);
    QSignalSpy listed(&store, &AsyncDraftStore::listLoaded);
    QSignalSpy loaded(&store, &AsyncDraftStore::loaded);
    store.open();

    const Application a = m_sample.application();
    const Application b = m_sample.application();
    store.save(a);
    store.save(b);
    store.requestList();
    QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, kTimeoutMs);
    QVERIFY(opened.at(0).at(0).value<OpenReport>().usable());
    QCOMPARE(saveFailed.size(), 0);
    QCOMPARE(saved.size(), 2); // requests run in order, so both saves were reported before the list
    const DraftSummary first = saved.at(0).at(0).value<DraftSummary>();
    QCOMPARE(first.uuid, a.uuid);
    MTB_COMPARE_PERSONAL(first.psnName, a.applicant.psnName);
    QVERIFY(first.updatedAt.isValid());

    const QVector<DraftSummary> rows = listed.at(0).at(0).value<QVector<DraftSummary>>();
    QCOMPARE(rows.size(), 2);
    QSet<QUuid> uuids;
    for (const DraftSummary& s : rows)
        uuids.insert(s.uuid);
    QCOMPARE(uuids, (QSet<QUuid>{a.uuid, b.uuid}));
    // Newest first. (Both saves may fall in the same millisecond, so only the order of the times is checked.)
    QVERIFY(rows.at(0).updatedAt >= rows.at(1).updatedAt);

    store.requestLoad(a.uuid);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kTimeoutMs);
    Application back = loaded.at(0).at(0).value<Application>();
    QCOMPARE(back.updatedAt, first.updatedAt); // the store stamps the save time
    back.updatedAt = a.updatedAt;
    QVERIFY(back == a);

    // An update of the same uuid stays one row.
    Application a2 = a;
    a2.revision = 2;
    a2.applicant.tel = QStringLiteral("13611112222");
    store.save(a2);
    store.requestList();
    QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 2, kTimeoutMs);
    const QVector<DraftSummary> after = listed.at(1).at(0).value<QVector<DraftSummary>>();
    QCOMPARE(after.size(), 2);
    // The QTRY waits above put at least 50 ms between b's save and this one, so a is now the newest.
    QCOMPARE(after.first().uuid, a.uuid);
    MTB_COMPARE_PERSONAL(after.first().tel, QStringLiteral("13611112222"));
    QVERIFY(after.first().updatedAt > first.updatedAt);
}

void TestAsyncStore::trashAndRestore()
{
    mtb::test::TempDataDir dir;
    AsyncDraftStore store(dir.file(QStringLiteral("mtbdesk.sqlite")), KeyRing::forTesting());
    QSignalSpy trash(&store, &AsyncDraftStore::trashChanged);
    QSignalSpy listed(&store, &AsyncDraftStore::listLoaded);
    store.open();
    const Application a = m_sample.application();
    store.save(a);

    store.moveToTrash(a.uuid);
    QTRY_COMPARE_WITH_TIMEOUT(trash.size(), 1, kTimeoutMs);
    QCOMPARE(trash.at(0).at(0).value<QUuid>(), a.uuid);
    QCOMPARE(trash.at(0).at(1).toBool(), true);
    store.requestList();
    QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, kTimeoutMs);
    QVector<DraftSummary> rows = listed.at(0).at(0).value<QVector<DraftSummary>>();
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.first().inTrash());

    store.restore(a.uuid);
    QTRY_COMPARE_WITH_TIMEOUT(trash.size(), 2, kTimeoutMs);
    QCOMPARE(trash.at(1).at(0).value<QUuid>(), a.uuid);
    QCOMPARE(trash.at(1).at(1).toBool(), false);
    store.requestList();
    QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 2, kTimeoutMs);
    rows = listed.at(1).at(0).value<QVector<DraftSummary>>();
    QCOMPARE(rows.size(), 1);
    QVERIFY(!rows.first().inTrash());
}

void TestAsyncStore::loadUnknownFails()
{
    mtb::test::TempDataDir dir;
    AsyncDraftStore store(dir.file(QStringLiteral("mtbdesk.sqlite")), KeyRing::forTesting());
    QSignalSpy loaded(&store, &AsyncDraftStore::loaded);
    QSignalSpy loadFailed(&store, &AsyncDraftStore::loadFailed);
    store.open();
    const QUuid unknown = QUuid::createUuid();
    store.requestLoad(unknown);
    QTRY_COMPARE_WITH_TIMEOUT(loadFailed.size(), 1, kTimeoutMs);
    QCOMPARE(loadFailed.at(0).at(0).value<QUuid>(), unknown);
    QVERIFY(!loadFailed.at(0).at(1).toString().isEmpty());
    QCOMPARE(loaded.size(), 0);
}

void TestAsyncStore::saveBeforeOpenFails()
{
    mtb::test::TempDataDir dir;
    AsyncDraftStore store(dir.file(QStringLiteral("mtbdesk.sqlite")), KeyRing::forTesting());
    QSignalSpy saved(&store, &AsyncDraftStore::saved);
    QSignalSpy saveFailed(&store, &AsyncDraftStore::saveFailed);
    const Application a = m_sample.application();
    store.save(a); // open() was never called
    QTRY_COMPARE_WITH_TIMEOUT(saveFailed.size(), 1, kTimeoutMs);
    QCOMPARE(saveFailed.at(0).at(0).value<QUuid>(), a.uuid);
    QVERIFY(!saveFailed.at(0).at(1).toString().isEmpty());
    QCOMPARE(saved.size(), 0);
}

void TestAsyncStore::unusableDatabaseIsReported()
{
    mtb::test::TempDataDir dir;
    const QString path = dir.file(QStringLiteral("mtbdesk.sqlite"));
    {
        Database db(path, QStringLiteral("async-too-new"));
        QVERIFY(db.open().usable());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    AsyncDraftStore store(path, KeyRing::forTesting());
    QSignalSpy opened(&store, &AsyncDraftStore::opened);
    QSignalSpy saveFailed(&store, &AsyncDraftStore::saveFailed);
    store.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kTimeoutMs);
    const OpenReport report = opened.at(0).at(0).value<OpenReport>();
    QCOMPARE(report.outcome, OpenReport::Outcome::TooNew);
    QVERIFY(!report.usable());
    store.save(m_sample.application());
    QTRY_COMPARE_WITH_TIMEOUT(saveFailed.size(), 1, kTimeoutMs);
}

void TestAsyncStore::waitForIdleMeansOnDisk()
{
    mtb::test::TempDataDir dir;
    const QString path = dir.file(QStringLiteral("mtbdesk.sqlite"));
    AsyncDraftStore store(path, KeyRing::forTesting());
    store.open();
    QList<QUuid> uuids;
    for (int i = 0; i < 40; ++i) {
        const Application a = m_sample.application();
        uuids << a.uuid;
        store.save(a);
    }
    store.waitForIdle();

    // Another connection (like the CLI running next to the GUI) sees every save at once.
    Database reader(path, QStringLiteral("async-reader"));
    QCOMPARE(reader.open().outcome, OpenReport::Outcome::Opened);
    DraftRepository repo(reader.connection(), KeyRing::forTesting());
    QCOMPARE(repo.count(), 40);
    for (const QUuid& u : uuids)
        QVERIFY(repo.load(u));
}

void TestAsyncStore::destructorFinishesQueuedWork()
{
    mtb::test::TempDataDir dir;
    const QString path = dir.file(QStringLiteral("mtbdesk.sqlite"));
    QList<QUuid> uuids;
    {
        AsyncDraftStore store(path, KeyRing::forTesting());
        store.open();
        for (int i = 0; i < 25; ++i) {
            const Application a = m_sample.application();
            uuids << a.uuid;
            store.save(a);
        }
        // Destroyed at once, as when the window closes right after the last keystroke.
    }
    Database reader(path, QStringLiteral("async-after-destructor"));
    QCOMPARE(reader.open().outcome, OpenReport::Outcome::Opened);
    DraftRepository repo(reader.connection(), KeyRing::forTesting());
    QCOMPARE(repo.count(), 25);
    for (const QUuid& u : uuids)
        QVERIFY(repo.load(u));
}

void TestAsyncStore::signalsArriveOnTheCallersThread()
{
    mtb::test::TempDataDir dir;
    AsyncDraftStore store(dir.file(QStringLiteral("mtbdesk.sqlite")), KeyRing::forTesting());
    QThread* signalThread = nullptr;
    connect(&store, &AsyncDraftStore::opened, this, [&] { signalThread = QThread::currentThread(); });
    store.open();
    QTRY_VERIFY_WITH_TIMEOUT(signalThread != nullptr, kTimeoutMs);
    QCOMPARE(signalThread, QThread::currentThread());
}

QTEST_GUILESS_MAIN(TestAsyncStore)
#include "test_async_store.moc"
