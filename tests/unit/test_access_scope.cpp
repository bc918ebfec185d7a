// Roles and scoping at the storage layer (issue 5, item 2): a hospital clerk sees and opens only their
// own institution's applications, two sites never see each other's drafts, a supervisor at a
// prefecture centre sees the sites under it; the owner is fixed by the first save; rows from before
// sign-in get their site from the document (migration 8) and are claimed by the first sign-in.
#include "AccessScope.h"
#include "Database.h"
#include "DraftRepository.h"
#include "KeyRing.h"
#include "Migrations.h"
#include "SampleData.h"
#include "TestPaths.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace mtb;

namespace {
StaffIdentity staff(const char* id, const char* role, const char* optins, const char* fixmedins = "")
{
    return *StaffIdentity::fromJson(QJsonObject{{"opter_id", id},
                                                {"opter_name", id},
                                                {"role", role},
                                                {"optins", optins},
                                                {"site_name", "site"},
                                                {"fixmedins_code", fixmedins}});
}

QString connectionName()
{
    static int n = 0;
    return QStringLiteral("test-access-scope-%1").arg(++n);
}

QSet<QUuid> uuids(const QVector<DraftSummary>& rows)
{
    QSet<QUuid> out;
    for (const DraftSummary& s : rows)
        out.insert(s.uuid);
    return out;
}

const QDateTime kNow(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
} // namespace

class TestAccessScope : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void hospitalClerkSeesOnlyTheirInstitution();
    void clerkCannotOpenOrOverwriteAnotherInstitutionsApplication();
    void twoSitesNeverSeeEachOthersDrafts();
    void supervisorAtAPrefectureCentreSeesTheSitesUnderIt();
    void ownerIsFixedByTheFirstSave();
    void migrationTakesTheSiteFromExistingDocuments();
    void firstSignInClaimsRowsFromBeforeSignIn();

private:
    QUuid saveAs(const StaffIdentity& who);
    DraftRepository repo(const AccessScope& scope);

    std::unique_ptr<test::TempDataDir> m_dir;
    std::unique_ptr<Database> m_db;
    test::SampleData m_sample;
};

void TestAccessScope::init()
{
    m_dir = std::make_unique<test::TempDataDir>();
    m_db = std::make_unique<Database>(m_dir->file(QStringLiteral("drafts.sqlite")), connectionName());
    QVERIFY(m_db->open().usable());
}

void TestAccessScope::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

DraftRepository TestAccessScope::repo(const AccessScope& scope)
{
    DraftRepository r(m_db->connection(), KeyRing::forTesting());
    r.setScope(scope);
    return r;
}

QUuid TestAccessScope::saveAs(const StaffIdentity& who)
{
    Application a = m_sample.application();
    a.acceptance.site = who.optins;
    QString error;
    DraftRepository r = repo(AccessScope::forStaff(who));
    if (!r.save(a, kNow, &error))
        qWarning("save failed: %s", qPrintable(error));
    return a.uuid;
}

void TestAccessScope::hospitalClerkSeesOnlyTheirInstitution()
{
    const StaffIdentity clerkA = staff("nc-hosp-01", "hospital", "511302", "H51130200002");
    const StaffIdentity clerkB = staff("nc-hosp-02", "hospital", "511302", "H51130200009");
    const StaffIdentity counter = staff("nc-counter-01", "counter", "511302");
    const QUuid a1 = saveAs(clerkA);
    const QUuid a2 = saveAs(clerkA);
    const QUuid b1 = saveAs(clerkB);
    const QUuid c1 = saveAs(counter);

    QString error;
    QCOMPARE(uuids(repo(AccessScope::forStaff(clerkA)).listAll(&error)), (QSet<QUuid>{a1, a2}));
    QVERIFY(error.isEmpty());
    QCOMPARE(uuids(repo(AccessScope::forStaff(clerkB)).listAll()), (QSet<QUuid>{b1}));
    // Counter staff see their site's applications, including those hospitals there prepared.
    QCOMPARE(uuids(repo(AccessScope::forStaff(counter)).listAll()), (QSet<QUuid>{a1, a2, b1, c1}));
    QCOMPARE(uuids(repo(AccessScope::everything()).listAll()).size(), 4);
}

void TestAccessScope::clerkCannotOpenOrOverwriteAnotherInstitutionsApplication()
{
    const StaffIdentity clerkA = staff("nc-hosp-01", "hospital", "511302", "H51130200002");
    const StaffIdentity clerkB = staff("nc-hosp-02", "hospital", "511302", "H51130200009");
    const QUuid theirs = saveAs(clerkB);
    DraftRepository mine = repo(AccessScope::forStaff(clerkA));

    QString error;
    QVERIFY(!mine.load(theirs, &error));
    QCOMPARE(error, DraftRepository::outOfScopeMessage());
    QVERIFY(error.contains(QStringLiteral("another site or institution")));
    // Not "no such application": the message tells staff why, without showing anything of it.
    QVERIFY(!mine.load(QUuid::createUuid(), &error));
    QVERIFY(error != DraftRepository::outOfScopeMessage());

    // Saving under the same uuid does not overwrite it, and trash/restore do not touch it.
    Application forged = m_sample.application();
    forged.uuid = theirs;
    forged.applicant.psnName = QStringLiteral("改写者");
    QVERIFY(!mine.save(forged, kNow, &error));
    QCOMPARE(error, DraftRepository::outOfScopeMessage());
    QVERIFY(!mine.moveToTrash(theirs, kNow, &error));
    QVERIFY(!mine.restore(theirs, &error));

    const auto original = repo(AccessScope::forStaff(clerkB)).load(theirs, &error);
    QVERIFY2(original, qPrintable(error));
    QVERIFY(original->applicant.psnName != forged.applicant.psnName);
    QVERIFY(!repo(AccessScope::forStaff(clerkB)).listAll().first().inTrash());
}

void TestAccessScope::twoSitesNeverSeeEachOthersDrafts()
{
    const StaffIdentity shunqing = staff("nc-counter-01", "counter", "511302");
    const StaffIdentity gaoping = staff("nc-counter-07", "counter", "511303");
    QSet<QUuid> ours, theirs;
    for (int i = 0; i < 3; ++i) {
        ours.insert(saveAs(shunqing));
        theirs.insert(saveAs(gaoping));
    }
    QCOMPARE(uuids(repo(AccessScope::forStaff(shunqing)).listAll()), ours);
    QCOMPARE(uuids(repo(AccessScope::forStaff(gaoping)).listAll()), theirs);
    for (const QUuid& u : theirs)
        QVERIFY(!repo(AccessScope::forStaff(shunqing)).load(u));
    for (const QUuid& u : ours)
        QVERIFY(repo(AccessScope::forStaff(shunqing)).load(u));
}

void TestAccessScope::supervisorAtAPrefectureCentreSeesTheSitesUnderIt()
{
    const QUuid shunqing = saveAs(staff("nc-counter-01", "counter", "511302"));
    const QUuid gaoping = saveAs(staff("nc-counter-07", "counter", "511303"));
    const QUuid centre = saveAs(staff("nc-counter-09", "counter", "511300"));
    const QUuid suining = saveAs(staff("sn-counter-01", "counter", "510903"));

    const StaffIdentity cityLead = staff("nc-super-01", "supervisor", "511300");
    QCOMPARE(uuids(repo(AccessScope::forStaff(cityLead)).listAll()),
             (QSet<QUuid>{shunqing, gaoping, centre}));
    QVERIFY(!repo(AccessScope::forStaff(cityLead)).load(suining));
    // A counter at the centre itself sees only the centre's own applications.
    QCOMPARE(uuids(repo(AccessScope::forStaff(staff("nc-counter-09", "counter", "511300"))).listAll()),
             (QSet<QUuid>{centre}));
    // A supervisor at a county site: that site only.
    QCOMPARE(uuids(repo(AccessScope::forStaff(staff("nc-super-02", "supervisor", "511302"))).listAll()),
             (QSet<QUuid>{shunqing}));
}

void TestAccessScope::ownerIsFixedByTheFirstSave()
{
    const StaffIdentity clerk = staff("nc-hosp-01", "hospital", "511302", "H51130200002");
    const QUuid u = saveAs(clerk);
    // The sync engine (scope: everything) later records a status change: the owner stays.
    DraftRepository system = repo(AccessScope::everything());
    Application a = *system.load(u);
    a.remoteStatus = QStringLiteral("accepted");
    QVERIFY(system.save(a, kNow.addSecs(60), nullptr));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT owner_optins, owner_fixmedins, created_by FROM applications")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("511302"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("H51130200002"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("nc-hosp-01"));
    QCOMPARE(repo(AccessScope::forStaff(clerk)).load(u)->remoteStatus, QStringLiteral("accepted"));
}

void TestAccessScope::migrationTakesTheSiteFromExistingDocuments()
{
    m_db.reset();
    const QString path = m_dir->file(QStringLiteral("old.sqlite"));
    Database old(path, connectionName());
    QVERIFY(old.open(5).usable());
    Application a = m_sample.application();
    a.acceptance.site = QStringLiteral("511304");
    Application b = m_sample.application();
    b.acceptance.site = QString();
    for (const Application& app : {a, b}) {
        QSqlQuery q(old.connection());
        q.prepare(QStringLiteral("INSERT INTO applications (uuid, state, payload, created_at, updated_at)"
                                 " VALUES (?, 'draft', ?, '2026-01-01', '2026-01-01')"));
        q.addBindValue(app.uuid.toString(QUuid::WithoutBraces));
        q.addBindValue(QString::fromUtf8(QJsonDocument(app.toJson()).toJson(QJsonDocument::Compact)));
        QVERIFY(q.exec());
    }
    old.close();
    QVERIFY(old.open(8).usable());
    QSqlQuery q(old.connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT uuid, owner_optins, owner_fixmedins, created_by FROM applications")));
    QHash<QString, QVariant> owners;
    while (q.next()) {
        owners.insert(q.value(0).toString(), q.value(1));
        QVERIFY(q.value(2).isNull());
        QVERIFY(q.value(3).isNull()); // from before sign-in
    }
    QCOMPARE(owners.value(a.uuid.toString(QUuid::WithoutBraces)).toString(), QStringLiteral("511304"));
    QVERIFY(owners.value(b.uuid.toString(QUuid::WithoutBraces)).isNull()); // no site in the document
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM staff_accounts")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestAccessScope::firstSignInClaimsRowsFromBeforeSignIn()
{
    // Two rows saved before sign-in existed (no owner, no creator).
    Application a = m_sample.application();
    Application b = m_sample.application();
    DraftRepository legacy = repo(AccessScope::everything());
    QVERIFY(legacy.save(a, kNow, nullptr));
    QVERIFY(legacy.save(b, kNow, nullptr));
    const StaffIdentity clerk = staff("nc-hosp-01", "hospital", "511302", "H51130200002");
    const StaffIdentity other = staff("nc-hosp-02", "hospital", "511302", "H51130200009");
    QVERIFY(repo(AccessScope::forStaff(clerk)).listAll().isEmpty());

    DraftRepository first = repo(AccessScope::forStaff(clerk));
    QCOMPARE(first.claimLegacy(), 2);
    QCOMPARE(uuids(first.listAll()), (QSet<QUuid>{a.uuid, b.uuid}));
    // Claimed once: the next person signing in gets nothing of it.
    DraftRepository second = repo(AccessScope::forStaff(other));
    QCOMPARE(second.claimLegacy(), 0);
    QVERIFY(second.listAll().isEmpty());
    QCOMPARE(repo(AccessScope::everything()).claimLegacy(), 0);
}

QTEST_GUILESS_MAIN(TestAccessScope)
#include "test_access_scope.moc"
