// Retention (docs/audit.md "Retention"): confirmed applications are purged after the site's number of
// days with their pages and unreferenced page images, every purge is audited, nothing unsent or still
// needed is touched; old unsent drafts are flagged. Also the storage thread's audit entries.
#include "AsyncDraftStore.h"
#include "AuditAction.h"
#include "AuditLog.h"
#include "AuditVerifier.h"
#include "BlobStore.h"
#include "Database.h"
#include "DraftRepository.h"
#include "KeyRing.h"
#include "OutboxRepository.h"
#include "PageRepository.h"
#include "RetentionPurge.h"
#include "SampleData.h"
#include "TestPaths.h"
#include "TestVault.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace mtb;

namespace {

const int kTimeoutMs = 10000;
const QDateTime kNow(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
const AuditActor kClerk{QStringLiteral("nc-counter-01"), QStringLiteral("counter"), QStringLiteral("511302")};

int rows(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

// A small world of applications on one PC, each changed `age` days before kNow.
class World
{
public:
    explicit World(const QString& dataDir, const QDateTime& now = kNow)
        : m_dataDir(dataDir), m_now(now),
          m_db(dataDir + QStringLiteral("/mtbdesk.sqlite"), QStringLiteral("world"))
    {
        m_db.setKeyRing(KeyRing::forTesting());
        m_ok = m_db.open().usable();
    }
    bool ok() const { return m_ok; }
    Database& database() { return m_db; }

    // state: a LocalState; outbox: the outbox row's state (or none); pageBlobs: one page per pair.
    QUuid add(LocalState state, int ageDays, const QString& remoteStatus = {},
              std::optional<OutboxItem::State> outbox = std::nullopt,
              const QList<QByteArray>& pageImages = {})
    {
        Application a = m_sample.application();
        a.state = state;
        a.remoteStatus = remoteStatus;
        const QDateTime changed = m_now.addDays(-ageDays);
        DraftRepository drafts(m_db.connection(), KeyRing::forTesting());
        QString error;
        m_ok = m_ok && drafts.save(a, changed, &error);
        PageRepository pages(m_db.connection(), KeyRing::forTesting());
        BlobStore blobs(m_dataDir, KeyRing::forTesting());
        int position = 0;
        for (const QByteArray& image : pageImages) {
            PageRecord p;
            p.id = QUuid::createUuid();
            p.applicationUuid = a.uuid;
            p.material = QStringLiteral("application_form");
            p.position = position++;
            p.sourceName = QStringLiteral("scan.jpg");
            p.originalSha256 = blobs.put(image, &error);
            p.processedSha256 = blobs.put(image + "-processed", &error);
            m_ok = m_ok && !p.originalSha256.isEmpty() && pages.save(p, changed, &error);
        }
        if (outbox) {
            OutboxRepository repo(m_db.connection(), KeyRing::forTesting());
            OutboxItem item;
            item.applicationUuid = a.uuid;
            item.revision = a.revision;
            item.payload = "{}";
            item.nextAttemptAt = changed;
            item.createdAt = changed;
            item.updatedAt = changed;
            m_ok = m_ok && repo.enqueue(item, &error);
            item.state = *outbox;
            m_ok = m_ok && repo.update(item, &error);
        }
        if (!m_ok)
            qWarning("World::add failed: %s", qPrintable(error));
        return a.uuid;
    }

    bool exists(const QUuid& uuid)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM applications WHERE uuid = ?"));
        q.addBindValue(uuid.toString(QUuid::WithoutBraces));
        return q.exec() && q.next();
    }
    int pagesOf(const QUuid& uuid)
    {
        return rows(m_db.connection(),
                    QStringLiteral("SELECT count(*) FROM pages WHERE application_uuid = '%1'")
                        .arg(uuid.toString(QUuid::WithoutBraces)));
    }

private:
    QString m_dataDir;
    QDateTime m_now;
    Database m_db;
    test::SampleData m_sample{31};
    bool m_ok = false;
};

QByteArray image(const char* name)
{
    return QByteArray("\xff\xd8\xff\xe0 pretend jpeg ") + name;
}

QString shaOf(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT
private slots:
    void policyCutoffAndFlag();
    void policyIsReadFromTheSiteSettings();
    void purgeRemovesOnlyConfirmedAndOld();
    void dryRunAndSwitchedOffChangeNothing();
    void storageThreadAuditsAndPurges();
    void editsAreCoalesced();
    void cliPurge();
};

void TestRetention::policyCutoffAndFlag()
{
    RetentionPolicy p; // defaults: purge after 30 days, flag after 7
    QCOMPARE(p.purgeConfirmedAfterDays, 30);
    QCOMPARE(p.flagUnsentAfterDays, 7);
    QCOMPARE(p.purgeCutoff(kNow), kNow.addDays(-30));

    DraftSummary s;
    s.state = LocalState::Draft;
    s.updatedAt = kNow.addDays(-7).addSecs(1);
    QVERIFY(!p.isStaleUnsent(s, kNow)); // not quite 7 days
    s.updatedAt = kNow.addDays(-7);
    QVERIFY(p.isStaleUnsent(s, kNow));
    QCOMPARE(p.daysSinceChange(s, kNow), 7);
    for (LocalState unsent :
         {LocalState::Ready, LocalState::Sending, LocalState::SendFailed, LocalState::RejectedByServer}) {
        s.state = unsent;
        QVERIFY(p.isStaleUnsent(s, kNow));
    }
    s.state = LocalState::Sent;
    QVERIFY(!p.isStaleUnsent(s, kNow)); // sent: purged later, never flagged
    s.state = LocalState::Draft;
    s.deletedAt = kNow.addDays(-1);
    QVERIFY(!p.isStaleUnsent(s, kNow)); // already in the trash
    s.deletedAt = QDateTime();
    p.flagUnsentAfterDays = 0;
    QVERIFY(!p.isStaleUnsent(s, kNow)); // switched off
    p.purgeConfirmedAfterDays = 0;
    QVERIFY(!p.purgeCutoff(kNow).isValid());
}

void TestRetention::policyIsReadFromTheSiteSettings()
{
    test::TempDataDir dir;
    QSettings settings(dir.file(QStringLiteral("site.ini")), QSettings::IniFormat);
    QCOMPARE(RetentionPolicy::load(settings).purgeConfirmedAfterDays, 30);
    RetentionPolicy p;
    p.purgeConfirmedAfterDays = 90;
    p.flagUnsentAfterDays = 0;
    p.save(settings);
    const RetentionPolicy back = RetentionPolicy::load(settings);
    QCOMPARE(back.purgeConfirmedAfterDays, 90);
    QCOMPARE(back.flagUnsentAfterDays, 0);
    settings.setValue(QStringLiteral("retention/purgeConfirmedAfterDays"), -5); // a hand-edited file
    QCOMPARE(RetentionPolicy::load(settings).purgeConfirmedAfterDays, 0);
}

void TestRetention::purgeRemovesOnlyConfirmedAndOld()
{
    test::TempDataDir dir;
    World world(dir.path());
    QVERIFY(world.ok());
    using S = OutboxItem::State;
    const QUuid oldSent =
        world.add(LocalState::Sent, 45, QStringLiteral("approved"), S::Sent, {image("a1"), image("a2")});
    const QUuid oldSentShared = world.add(LocalState::Sent, 31, QString(), S::Sent, {image("shared")});
    const QUuid recentSent =
        world.add(LocalState::Sent, 29, QString(), S::Sent, {image("shared"), image("b")});
    const QUuid oldDraft = world.add(LocalState::Draft, 400, QString(), std::nullopt, {image("c")});
    const QUuid oldReturned =
        world.add(LocalState::Sent, 60, QStringLiteral("returned"), S::Sent, {image("d")});
    const QUuid oldFailed = world.add(LocalState::SendFailed, 60, QString(), S::Queued);
    const QUuid oldRejected = world.add(LocalState::RejectedByServer, 60, QString(), S::NeedsStaff);
    QVERIFY(world.ok());
    // A resubmission of an old confirmed application is waiting: it is not confirmed as a whole.
    const QUuid resubmitting = world.add(LocalState::Sent, 50, QString(), S::Sent);
    {
        OutboxRepository repo(world.database().connection(), KeyRing::forTesting());
        OutboxItem next;
        next.applicationUuid = resubmitting;
        next.revision = 2;
        next.payload = "{}";
        next.nextAttemptAt = kNow;
        QString error;
        QVERIFY2(repo.enqueue(next, &error), qPrintable(error));
    }
    BlobStore blobs(dir.path(), KeyRing::forTesting());
    QVERIFY(blobs.contains(shaOf(image("a1"))));

    // What the outbox knows of their uploads (keyed by a digest of the hash, not the hash).
    OutboxRepository uploads(world.database().connection(), KeyRing::forTesting());
    for (const QString& sha : {shaOf(image("a1")), shaOf(image("shared"))})
        QVERIFY(uploads.saveUpload({sha, QStringLiteral("u-1"), 10, 10, true}, nullptr));

    AuditLog audit(world.database().connection(), KeyRing::forTesting());
    QStringList removed;
    RetentionPurge purge(world.database().connection(), &audit, KeyRing::forTesting(),
                         [&](const QString& sha) {
                             removed << sha;
                             return blobs.remove(sha);
                         });
    RetentionPolicy policy;
    QCOMPARE(purge.due(policy, kNow), (QList<QUuid>{oldSent, oldSentShared}));
    const PurgeReport report = purge.run(policy, kNow, kClerk, false);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.applications, (QList<QUuid>{oldSent, oldSentShared}));
    QCOMPARE(report.pages, 3);

    QVERIFY(!world.exists(oldSent));
    QVERIFY(!world.exists(oldSentShared));
    QCOMPARE(world.pagesOf(oldSent), 0);
    QCOMPARE(rows(world.database().connection(),
                  QStringLiteral("SELECT count(*) FROM outbox WHERE application_uuid = '%1'")
                      .arg(oldSent.toString(QUuid::WithoutBraces))),
             0);
    for (const QUuid& kept : {recentSent, oldDraft, oldReturned, oldFailed, oldRejected, resubmitting})
        QVERIFY(world.exists(kept));
    QCOMPARE(world.pagesOf(recentSent), 2);
    QCOMPARE(world.pagesOf(oldDraft), 1);

    // The purged pages' images are gone, except the one another application still uses.
    QVERIFY(!blobs.contains(shaOf(image("a1"))));
    QVERIFY(!blobs.contains(shaOf(image("a2") + "-processed")));
    QVERIFY(blobs.contains(shaOf(image("shared"))));
    QVERIFY(blobs.contains(shaOf(image("shared") + "-processed")));
    QVERIFY(!removed.contains(shaOf(image("shared"))));
    QCOMPARE(report.blobs, 4); // a1, a2 and their processed images
    QVERIFY(!uploads.upload(shaOf(image("a1"))));
    QVERIFY(uploads.upload(shaOf(image("shared"))));
    QString error;
    QCOMPARE(blobs.get(shaOf(image("b")), &error), image("b"));

    // One audit entry per removal, in a chain that is still intact.
    AuditQuery purges;
    purges.action = AuditAction::Purge;
    const QList<AuditEntry> entries = audit.entries(purges);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).object, oldSent.toString(QUuid::WithoutBraces));
    QCOMPARE(entries.at(0).actor, kClerk.id);
    QVERIFY(entries.at(0).detail.contains(QLatin1String("pages=2")));
    QVERIFY(AuditVerifier::verify(world.database().connection(), KeyRing::forTesting().get()).intact());

    // Nothing left to do the next time.
    QVERIFY(purge.run(policy, kNow, kClerk, false).applications.isEmpty());
    // Ten days later the recent one is due too.
    QCOMPARE(purge.run(policy, kNow.addDays(10), kClerk, false).applications, QList<QUuid>{recentSent});
    QVERIFY(!blobs.contains(shaOf(image("shared"))));
}

void TestRetention::dryRunAndSwitchedOffChangeNothing()
{
    test::TempDataDir dir;
    World world(dir.path());
    const QUuid old = world.add(LocalState::Sent, 40, QString(), OutboxItem::State::Sent, {image("x")});
    QVERIFY(world.ok());
    AuditLog audit(world.database().connection(), KeyRing::forTesting());
    int removals = 0;
    RetentionPurge purge(world.database().connection(), &audit, KeyRing::forTesting(),
                         [&](const QString&) { return ++removals > 0; });

    const PurgeReport dry = purge.run(RetentionPolicy(), kNow, kClerk, true);
    QVERIFY(dry.ok);
    QVERIFY(dry.dryRun);
    QCOMPARE(dry.applications, QList<QUuid>{old});
    QCOMPARE(dry.pages, 1);
    QVERIFY(world.exists(old));
    QCOMPARE(world.pagesOf(old), 1);
    QCOMPARE(removals, 0);
    QCOMPARE(audit.count(), 0);

    RetentionPolicy off;
    off.purgeConfirmedAfterDays = 0;
    QVERIFY(purge.run(off, kNow.addYears(5), kClerk, false).applications.isEmpty());
    QVERIFY(world.exists(old));
}

void TestRetention::storageThreadAuditsAndPurges()
{
    test::TempDataDir dir;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QUuid old;
    {
        World world(dir.path(), now);
        old = world.add(LocalState::Sent, 40, QString(), OutboxItem::State::Sent, {image("y")});
        QVERIFY(world.ok());
    }
    AsyncDraftStore store(dir.file(QStringLiteral("mtbdesk.sqlite")), KeyRing::forTesting());
    store.setAuditActor(kClerk);
    QSignalSpy opened(&store, &AsyncDraftStore::opened);
    QSignalSpy trash(&store, &AsyncDraftStore::trashChanged);
    QSignalSpy enqueued(&store, &AsyncDraftStore::enqueued);
    QSignalSpy purged(&store, &AsyncDraftStore::purgeFinished);
    QSignalSpy entries(&store, &AsyncDraftStore::auditEntriesLoaded);
    QSignalSpy verified(&store, &AsyncDraftStore::auditVerified);
    store.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kTimeoutMs);

    test::SampleData sample(5);
    Application a = sample.application();
    store.audit(AuditAction::View, a.uuid.toString(QUuid::WithoutBraces));
    store.save(a);
    store.moveToTrash(a.uuid);
    store.restore(a.uuid);
    OutboxItem item;
    item.applicationUuid = a.uuid;
    item.payload = "{}";
    item.nextAttemptAt = now;
    store.enqueue(item);
    store.purge(RetentionPolicy(), now);
    QTRY_COMPARE_WITH_TIMEOUT(purged.size(), 1, kTimeoutMs);
    const PurgeReport report = purged.at(0).at(0).value<PurgeReport>();
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.applications, QList<QUuid>{old});
    QCOMPARE(trash.size(), 2);
    QCOMPARE(enqueued.size(), 1);

    store.requestAuditEntries({});
    QTRY_COMPARE_WITH_TIMEOUT(entries.size(), 1, kTimeoutMs);
    const QList<AuditEntry> log = entries.at(0).at(0).value<QList<AuditEntry>>();
    QStringList actions;
    for (const AuditEntry& e : log)
        actions << e.action;
    QCOMPARE(actions, (QStringList{AuditAction::View, AuditAction::Edit, AuditAction::Delete,
                                   AuditAction::Restore, AuditAction::Submit, AuditAction::Purge}));
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(log.at(i).actor, kClerk.id);
        QCOMPARE(log.at(i).role, kClerk.role);
        QCOMPARE(log.at(i).site, kClerk.site);
        QCOMPARE(log.at(i).object, a.uuid.toString(QUuid::WithoutBraces));
    }
    QCOMPARE(log.last().actor, QStringLiteral("system")); // the site's rule purged it, not the clerk
    // No personal data in any entry.
    for (const AuditEntry& e : log) {
        for (const QString& field : {e.actor, e.object, e.detail}) {
            QVERIFY(!field.contains(a.applicant.certno));
            QVERIFY(!field.contains(a.applicant.psnName));
        }
    }

    store.verifyAudit();
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, kTimeoutMs);
    const AuditReport r = verified.at(0).at(0).value<AuditReport>();
    QVERIFY2(r.intact() && r.headChecked, qPrintable(r.message()));
    // Reading the log was itself recorded.
    QCOMPARE(r.entries, qint64(log.size() + 1));
}

void TestRetention::editsAreCoalesced()
{
    test::TempDataDir dir;
    AsyncDraftStore store(dir.file(QStringLiteral("mtbdesk.sqlite")), KeyRing::forTesting());
    store.setAuditActor(kClerk);
    QSignalSpy saved(&store, &AsyncDraftStore::saved);
    QSignalSpy entries(&store, &AsyncDraftStore::auditEntriesLoaded);
    store.open();
    test::SampleData sample(6);
    Application a = sample.application();
    Application b = sample.application();
    for (int i = 0; i < 5; ++i) { // autosave while typing
        a.appyRea = QString::number(i);
        store.save(a);
    }
    store.save(b);
    // Another person at the desk: their first edit is recorded.
    store.setAuditActor(
        {QStringLiteral("nc-counter-02"), QStringLiteral("counter"), QStringLiteral("511302")});
    store.save(a);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 7, kTimeoutMs);
    AuditQuery edits;
    edits.action = AuditAction::Edit;
    store.requestAuditEntries(edits);
    QTRY_COMPARE_WITH_TIMEOUT(entries.size(), 1, kTimeoutMs);
    const QList<AuditEntry> log = entries.at(0).at(0).value<QList<AuditEntry>>();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).object, a.uuid.toString(QUuid::WithoutBraces));
    QCOMPARE(log.at(1).object, b.uuid.toString(QUuid::WithoutBraces));
    QCOMPARE(log.at(2).actor, QStringLiteral("nc-counter-02"));
}

void TestRetention::cliPurge()
{
    test::TempDataDir dir;
    QString error;
    QVERIFY2(test::prepareTestVault(dir.path(), &error), qPrintable(error));
    QUuid old;
    QUuid recent;
    {
        World world(dir.path(), QDateTime::currentDateTimeUtc());
        old = world.add(LocalState::Sent, 40, QString(), OutboxItem::State::Sent, {image("z")});
        recent = world.add(LocalState::Sent, 3, QString(), OutboxItem::State::Sent);
        QVERIFY(world.ok());
    }
    auto run = [&](const QStringList& args) {
        QProcess p;
        p.start(QStringLiteral(MTBDESK_CLI),
                QStringList{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--passphrase-file"),
                            test::vaultPassphraseFile(dir.path()), QStringLiteral("purge")} +
                    args);
        p.waitForFinished(30000);
        return std::make_pair(p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object());
    };
    auto ids = [](const QJsonObject& o) {
        QStringList out;
        for (const QJsonValue& v : o.value(QLatin1String("applications")).toArray())
            out << v.toString();
        return out;
    };
    const auto dry = run({QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(dry.first, 0);
    QCOMPARE(ids(dry.second), QStringList{old.toString(QUuid::WithoutBraces)});
    QCOMPARE(dry.second.value(QLatin1String("dry_run")).toBool(), true);

    const auto real = run({QStringLiteral("--json"), QStringLiteral("--days"), QStringLiteral("30")});
    QCOMPARE(real.first, 0);
    QCOMPARE(ids(real.second), QStringList{old.toString(QUuid::WithoutBraces)});
    QCOMPARE(real.second.value(QLatin1String("pages")).toInt(), 1);
    QCOMPARE(run({QStringLiteral("--days"), QStringLiteral("0")}).first, 2);

    Database db(dir.file(QStringLiteral("mtbdesk.sqlite")), QStringLiteral("check"));
    db.setKeyRing(KeyRing::forTesting());
    QVERIFY(db.open().usable());
    QCOMPARE(rows(db.connection(), QStringLiteral("SELECT count(*) FROM applications")), 1);
    AuditQuery purges;
    purges.action = AuditAction::Purge;
    const QList<AuditEntry> entries = AuditLog(db.connection(), nullptr).entries(purges);
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().actor.startsWith(QLatin1String("cli:")));
    QVERIFY(AuditVerifier::verify(db.connection(), KeyRing::forTesting().get()).intact());
}

QTEST_GUILESS_MAIN(TestRetention)
#include "test_retention.moc"
