// The drafts database on real SQLite files: pragmas, migrations from every older schema, the repository,
// and the careful open (damaged files kept aside byte for byte; locked, too-new and unreadable files untouched).
#include "Database.h"
#include "DraftRepository.h"
#include "KeyRing.h"
#include "Migrations.h"
#include "PersonalText.h"
#include "SampleData.h"
#include "TestPaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <unistd.h>

using namespace mtb;
using Outcome = OpenReport::Outcome;

namespace {

QVariant scalar(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s failed: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.value(0);
}

QStringList columns(QSqlDatabase& db, const QString& table)
{
    QStringList out;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i)
        out << record.fieldName(i);
    return out;
}

// The list columns are NOT NULL; Qt binds a null QString as NULL.
QString notNull(const QString& s) { return s.isNull() ? QString(QLatin1String("")) : s; }

QString diseaseNames(const Application& a)
{
    QStringList names;
    for (const DiseaseLine& d : a.diseases)
        names << d.name;
    return notNull(names.join(QStringLiteral("、")));
}

// Unique connection names: Qt keeps a global registry of them.
QString connectionName()
{
    static int n = 0;
    return QStringLiteral("test-storage-%1").arg(++n);
}

const QDateTime kT0(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void createsNewDatabase();
    void reopensExistingDatabase();
    void migratesEmptyFile();
    void migratesFromOlderSchema_data();
    void migratesFromOlderSchema();

    void saveLoadRoundTrip();
    void saveRejectsNullUuid();
    void updateKeepsOneRow();
    void listOrderedByUpdatedAtDescending();
    void trashAndRestore();
    void importIsAllOrNothing();
    void importRefusesDuplicateWithinBatch();
    void importRefusesNonObject();
    void importAssignsMissingUuids();

    void garbageFileIsKeptAside();
    void overwrittenPagesAreKeptAside();
    void lockedFileIsLeftAlone();
    void tooNewFileIsLeftAlone();
    void unreadableFileIsLeftAlone();
    void uncreatableFolderIsUnreadable();

private:
    mtb::test::SampleData m_sample{424242};
};

void TestStorage::createsNewDatabase()
{
    mtb::test::TempDataDir dir;
    const QString path = dir.file(QStringLiteral("drafts.sqlite"));
    Database db(path, connectionName());
    const OpenReport report = db.open();
    QCOMPARE(report.outcome, Outcome::Created);
    QVERIFY(report.usable());
    QCOMPARE(report.path, path);
    QCOMPARE(report.fromVersion, 0);
    QCOMPARE(report.toVersion, Migrations::kLatest);
    QVERIFY(report.preservedPath.isEmpty());
    QVERIFY(report.userMessage().isEmpty());
    QVERIFY(QFile::exists(path));

    QSqlDatabase& c = db.connection();
    QCOMPARE(scalar(c, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(c, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(c, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QCOMPARE(scalar(c, QStringLiteral("PRAGMA user_version")).toInt(), Migrations::kLatest);
    QCOMPARE(Migrations::currentVersion(c), Migrations::kLatest);
    QVERIFY(columns(c, QStringLiteral("applications")).contains(QStringLiteral("deleted_at")));
    QVERIFY(c.tables().contains(QStringLiteral("app_meta")));
    DraftRepository repo(c, KeyRing::forTesting());
    QCOMPARE(repo.count(), 0);
}

void TestStorage::reopensExistingDatabase()
{
    mtb::test::TempDataDir dir;
    const QString path = dir.file(QStringLiteral("drafts.sqlite"));
    Application a = m_sample.application();
    {
        Database db(path, connectionName());
        QCOMPARE(db.open().outcome, Outcome::Created);
        DraftRepository repo(db.connection(), KeyRing::forTesting());
        QVERIFY(repo.save(a, kT0, nullptr));
    }
    Database db(path, connectionName());
    const OpenReport report = db.open();
    QCOMPARE(report.outcome, Outcome::Opened);
    QCOMPARE(report.fromVersion, Migrations::kLatest);
    QCOMPARE(report.toVersion, Migrations::kLatest);
    // The pragmas are per connection: they must be applied again.
    QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA synchronous")).toInt(), 2);
    QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    DraftRepository repo(db.connection(), KeyRing::forTesting());
    QCOMPARE(repo.count(), 1);
    QVERIFY(repo.load(a.uuid) == a);
}

void TestStorage::migratesEmptyFile()
{
    mtb::test::TempDataDir dir;
    const QString path = dir.file(QStringLiteral("drafts.sqlite"));
    QVERIFY(test::writeFileBytes(path, QByteArray())); // e.g. created by a backup tool, or a crash at the very start
    Database db(path, connectionName());
    const OpenReport report = db.open();
    QCOMPARE(report.outcome, Outcome::Opened);
    QCOMPARE(report.fromVersion, 0);
    QCOMPARE(report.toVersion, Migrations::kLatest);
    QVERIFY(!QDir(dir.file(QStringLiteral("damaged"))).exists());
    DraftRepository repo(db.connection(), KeyRing::forTesting());
    Application a = m_sample.application();
    QVERIFY(repo.save(a, kT0, nullptr));
    QCOMPARE(repo.count(), 1);
}

void TestStorage::migratesFromOlderSchema_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v < Migrations::kLatest; ++v)
        QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
}

void TestStorage::migratesFromOlderSchema()
{
    QFETCH(int, version);
    mtb::test::TempDataDir dir;
    const QString path = dir.file(QStringLiteral("drafts.sqlite"));

    // Two drafts as that version of MTB Desk wrote them: one complete, one with two diseases and an
    // application number, and one with nothing typed in yet.
    QList<Application> apps;
    apps << m_sample.application() << m_sample.application() << Application::createNew(kT0.addSecs(-60));
    apps[1].diseases = {{QStringLiteral("M03900"), QStringLiteral("高血压病")},
                        {QStringLiteral("M01600"), QStringLiteral("糖尿病")}};
    apps[1].applicationNumber = QStringLiteral("MTB511300202611000042");
    apps[1].state = LocalState::Sent;
    apps[1].revision = 4;
    for (int i = 0; i < apps.size(); ++i)
        apps[i].updatedAt = kT0.addSecs(i);

    {
        Database db(path, connectionName());
        const OpenReport report = db.open(version);
        QCOMPARE(report.outcome, Outcome::Created);
        QCOMPARE(report.toVersion, version);
        QSqlDatabase& c = db.connection();
        QCOMPARE(Migrations::currentVersion(c), version);
        const QStringList cols = columns(c, QStringLiteral("applications"));
        if (version == 1)
            QCOMPARE(cols, (QStringList{"uuid", "state", "revision", "payload", "created_at", "updated_at"}));
        QCOMPARE(cols.contains(QStringLiteral("deleted_at")), version >= 3); // the trash came with version 3

        for (const Application& a : apps) {
            QSqlQuery q(c);
            q.prepare(QStringLiteral("INSERT INTO applications (uuid, state, revision, payload, created_at, updated_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?)"));
            q.addBindValue(a.uuid.toString(QUuid::WithoutBraces));
            q.addBindValue(localStateKey(a.state));
            q.addBindValue(a.revision);
            q.addBindValue(QString::fromUtf8(QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact)));
            q.addBindValue(a.createdAt.toUTC().toString(Qt::ISODateWithMs));
            q.addBindValue(a.updatedAt.toUTC().toString(Qt::ISODateWithMs));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            if (cols.contains(QStringLiteral("psn_name"))) {
                // Version 2 and later keep the list columns up to date on every save.
                QSqlQuery u(c);
                u.prepare(QStringLiteral("UPDATE applications SET psn_name = ?, certno = ?, tel = ?, appl_no = ?,"
                                         " dise_names = ? WHERE uuid = ?"));
                u.addBindValue(notNull(a.applicant.psnName));
                u.addBindValue(notNull(a.applicant.certno));
                u.addBindValue(notNull(a.applicant.tel));
                u.addBindValue(notNull(a.applicationNumber));
                u.addBindValue(diseaseNames(a));
                u.addBindValue(a.uuid.toString(QUuid::WithoutBraces));
                QVERIFY2(u.exec(), qPrintable(u.lastError().text()));
            }
        }
    }

    Database db(path, connectionName());
    db.setKeyRing(KeyRing::forTesting()); // the plaintext rows are encrypted on the way (schema 6)
    const OpenReport report = db.open();
    QCOMPARE(report.outcome, Outcome::Opened);
    QCOMPARE(report.fromVersion, version);
    QCOMPARE(report.toVersion, Migrations::kLatest);
    QSqlDatabase& c = db.connection();
    QCOMPARE(scalar(c, QStringLiteral("PRAGMA user_version")).toInt(), Migrations::kLatest);
    QCOMPARE(scalar(c, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QVERIFY(columns(c, QStringLiteral("applications")).contains(QStringLiteral("deleted_at")));
    QVERIFY(c.tables().contains(QStringLiteral("app_meta")));

    DraftRepository repo(c, KeyRing::forTesting());
    QCOMPARE(repo.count(), apps.size());
    QString error;
    const QVector<DraftSummary> rows = repo.listAll(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), apps.size());
    for (int i = 0; i < apps.size(); ++i) {
        const Application& a = apps.at(i);
        const DraftSummary& s = rows.at(apps.size() - 1 - i); // newest first
        QCOMPARE(s.uuid, a.uuid);
        QCOMPARE(s.state, a.state);
        MTB_COMPARE_PERSONAL(s.psnName, a.applicant.psnName);
        MTB_COMPARE_PERSONAL(s.certno, a.applicant.certno);
        MTB_COMPARE_PERSONAL(s.tel, a.applicant.tel);
        QCOMPARE(s.applicationNumber, a.applicationNumber);
        QCOMPARE(s.diseaseNames, diseaseNames(a));
        QCOMPARE(s.updatedAt, a.updatedAt);
        QVERIFY(!s.inTrash());
        const std::optional<Application> loaded = repo.load(a.uuid, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(*loaded == a);
    }
    QCOMPARE(rows.at(1).diseaseNames, QStringLiteral("高血压病、糖尿病"));
    QVERIFY(!rows.at(1).psnName.isEmpty());

    // The migrated database is fully usable: save, trash.
    Application changed = apps.first();
    changed.revision += 1;
    QVERIFY(repo.save(changed, kT0.addSecs(100), &error));
    QVERIFY(repo.moveToTrash(apps.last().uuid, kT0.addSecs(101), &error));
    QCOMPARE(repo.count(), apps.size());
    QCOMPARE(repo.listAll().first().uuid, changed.uuid);
}

void TestStorage::saveLoadRoundTrip()
{
    mtb::test::TempDataDir dir;
    Database db(dir.file(QStringLiteral("drafts.sqlite")), connectionName());
    QVERIFY(db.open().usable());
    DraftRepository repo(db.connection(), KeyRing::forTesting());

    Application a = m_sample.application();
    a.agent.enabled = true;
    a.agent.name = QStringLiteral("张静");
    a.appyRea = QStringLiteral("说明：'引号' \"双引号\" ; DROP TABLE applications; --");
    QString error;
    QVERIFY2(repo.save(a, kT0, &error), qPrintable(error));
    QCOMPARE(a.updatedAt, kT0); // save stamps the document it was given
    const std::optional<Application> loaded = repo.load(a.uuid, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(*loaded == a);
    QCOMPARE(loaded->appyRea, a.appyRea);

    QVERIFY(!repo.load(QUuid::createUuid(), &error));
    QVERIFY(!error.isEmpty());
}

void TestStorage::saveRejectsNullUuid()
{
    mtb::test::TempDataDir dir;
    Database db(dir.file(QStringLiteral("drafts.sqlite")), connectionName());
    QVERIFY(db.open().usable());
    DraftRepository repo(db.connection(), KeyRing::forTesting());
    Application a = m_sample.application();
    a.uuid = QUuid();
    QString error;
    QVERIFY(!repo.save(a, kT0, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(repo.count(), 0);
}

void TestStorage::updateKeepsOneRow()
{
    mtb::test::TempDataDir dir;
    Database db(dir.file(QStringLiteral("drafts.sqlite")), connectionName());
    QVERIFY(db.open().usable());
    DraftRepository repo(db.connection(), KeyRing::forTesting());

    Application a = m_sample.application();
    QVERIFY(repo.save(a, kT0, nullptr));
    const QDateTime created = a.createdAt;
    Application b = a;
    b.revision = 2;
    b.applicant.psnName = QStringLiteral("欧阳建国");
    b.applicant.tel = QStringLiteral("13700001111");
    b.diseases = {{QStringLiteral("M04600"), QStringLiteral("冠心病")}};
    QVERIFY(repo.save(b, kT0.addSecs(30), nullptr));
    QCOMPARE(repo.count(), 1);

    const std::optional<Application> loaded = repo.load(a.uuid);
    QVERIFY(loaded);
    QCOMPARE(loaded->revision, 2);
    MTB_COMPARE_PERSONAL(loaded->applicant.psnName, QStringLiteral("欧阳建国"));
    QCOMPARE(loaded->createdAt, created);
    QCOMPARE(loaded->updatedAt, kT0.addSecs(30));
    const QVector<DraftSummary> rows = repo.listAll();
    QCOMPARE(rows.size(), 1);
    MTB_COMPARE_PERSONAL(rows.first().psnName, QStringLiteral("欧阳建国"));
    MTB_COMPARE_PERSONAL(rows.first().tel, QStringLiteral("13700001111"));
    QCOMPARE(rows.first().diseaseNames, QStringLiteral("冠心病"));
    QCOMPARE(rows.first().updatedAt, kT0.addSecs(30));
}

void TestStorage::listOrderedByUpdatedAtDescending()
{
    mtb::test::TempDataDir dir;
    Database db(dir.file(QStringLiteral("drafts.sqlite")), connectionName());
    QVERIFY(db.open().usable());
    DraftRepository repo(db.connection(), KeyRing::forTesting());

    // Saved in a scrambled order, with times that also differ only in milliseconds.
    const int offsetsMs[] = {5000, 100, 86400000, 101, 0, 3600000, 99};
    QList<QPair<QDateTime, QUuid>> expected;
    for (int ms : offsetsMs) {
        Application a = m_sample.application();
        const QDateTime when = kT0.addMSecs(ms);
        QVERIFY(repo.save(a, when, nullptr));
        expected.append({when, a.uuid});
    }
    std::sort(expected.begin(), expected.end(), [](const auto& l, const auto& r) { return l.first > r.first; });
    const QVector<DraftSummary> rows = repo.listAll();
    QCOMPARE(rows.size(), int(std::size(offsetsMs)));
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).uuid, expected.at(i).second);
        QCOMPARE(rows.at(i).updatedAt, expected.at(i).first);
    }

    // Editing the oldest moves it to the top.
    Application oldest = *repo.load(expected.last().second);
    QVERIFY(repo.save(oldest, kT0.addDays(2), nullptr));
    QCOMPARE(repo.listAll().first().uuid, oldest.uuid);
}

void TestStorage::trashAndRestore()
{
    mtb::test::TempDataDir dir;
    Database db(dir.file(QStringLiteral("drafts.sqlite")), connectionName());
    QVERIFY(db.open().usable());
    DraftRepository repo(db.connection(), KeyRing::forTesting());
    Application keep = m_sample.application();
    Application bin = m_sample.application();
    QVERIFY(repo.save(keep, kT0, nullptr));
    QVERIFY(repo.save(bin, kT0.addSecs(1), nullptr));

    QString error;
    const QDateTime deletedAt = kT0.addSecs(60);
    QVERIFY2(repo.moveToTrash(bin.uuid, deletedAt, &error), qPrintable(error));
    QVector<DraftSummary> rows = repo.listAll();
    QCOMPARE(rows.size(), 2); // the trash is recoverable: still listed, marked
    for (const DraftSummary& s : rows) {
        QCOMPARE(s.inTrash(), s.uuid == bin.uuid);
        if (s.uuid == bin.uuid)
            QCOMPARE(s.deletedAt, deletedAt);
    }
    QVERIFY(repo.load(bin.uuid) == bin); // the document itself is untouched

    QVERIFY2(repo.restore(bin.uuid, &error), qPrintable(error));
    rows = repo.listAll();
    QCOMPARE(rows.size(), 2);
    for (const DraftSummary& s : rows)
        QVERIFY(!s.inTrash());
    QCOMPARE(repo.count(), 2);
}

void TestStorage::importIsAllOrNothing()
{
    mtb::test::TempDataDir dir;
    Database db(dir.file(QStringLiteral("drafts.sqlite")), connectionName());
    QVERIFY(db.open().usable());
    DraftRepository repo(db.connection(), KeyRing::forTesting());
    Application existing = m_sample.application();
    QVERIFY(repo.save(existing, kT0, nullptr));

    QJsonArray batch;
    QList<QUuid> fresh;
    for (int i = 0; i < 5; ++i) {
        Application a = m_sample.application();
        if (i == 2)
            a.uuid = existing.uuid; // the 3rd item was already imported
        else
            fresh << a.uuid;
        a.applicant.psnName = QStringLiteral("导入%1").arg(i);
        batch.append(a.toJson());
    }
    QString error;
    const QList<QUuid> ids = repo.importDocuments(batch, kT0.addSecs(5), &error);
    QVERIFY(ids.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("item 3")), qPrintable(error));
    QVERIFY2(error.contains(existing.uuid.toString(QUuid::WithoutBraces)), qPrintable(error));
    QCOMPARE(repo.count(), 1);
    for (const QUuid& u : fresh)
        QVERIFY(!repo.load(u));
    // The existing row was not overwritten.
    QVERIFY(repo.load(existing.uuid) == existing);

    // The connection is still usable (the transaction was rolled back, not left open).
    Application later = m_sample.application();
    QVERIFY(repo.save(later, kT0.addSecs(9), &error));
    batch.removeAt(2);
    error.clear();
    const QList<QUuid> second = repo.importDocuments(batch, kT0.addSecs(10), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(second, fresh);
    QCOMPARE(repo.count(), 6);
}

void TestStorage::importRefusesDuplicateWithinBatch()
{
    mtb::test::TempDataDir dir;
    Database db(dir.file(QStringLiteral("drafts.sqlite")), connectionName());
    QVERIFY(db.open().usable());
    DraftRepository repo(db.connection(), KeyRing::forTesting());
    const Application a = m_sample.application();
    const Application b = m_sample.application();
    QString error;
    QVERIFY(repo.importDocuments(QJsonArray{a.toJson(), b.toJson(), a.toJson()}, kT0, &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("item 3")));
    QCOMPARE(repo.count(), 0);
}

void TestStorage::importRefusesNonObject()
{
    mtb::test::TempDataDir dir;
    Database db(dir.file(QStringLiteral("drafts.sqlite")), connectionName());
    QVERIFY(db.open().usable());
    DraftRepository repo(db.connection(), KeyRing::forTesting());
    QString error;
    const QJsonArray batch{m_sample.application().toJson(), QJsonValue(42), m_sample.application().toJson()};
    QVERIFY(repo.importDocuments(batch, kT0, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("item 2")), qPrintable(error));
    QCOMPARE(repo.count(), 0);
}

void TestStorage::importAssignsMissingUuids()
{
    mtb::test::TempDataDir dir;
    Database db(dir.file(QStringLiteral("drafts.sqlite")), connectionName());
    QVERIFY(db.open().usable());
    DraftRepository repo(db.connection(), KeyRing::forTesting());

    QJsonArray batch;
    QList<Application> sources;
    for (int i = 0; i < 3; ++i) {
        Application a = m_sample.application();
        QJsonObject json = a.toJson();
        if (i != 1) {
            json.remove(QStringLiteral("uuid"));
            json.remove(QStringLiteral("updated_at"));
        }
        batch.append(json);
        sources << a;
    }
    QString error;
    const QDateTime now = kT0.addSecs(77);
    const QList<QUuid> ids = repo.importDocuments(batch, now, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(ids.size(), 3);
    QCOMPARE(ids.at(1), sources.at(1).uuid); // a uuid that is given is kept
    QVERIFY(!ids.at(0).isNull());
    QVERIFY(!ids.at(2).isNull());
    QVERIFY(ids.at(0) != ids.at(2));
    QVERIFY(ids.at(0) != sources.at(0).uuid);
    QCOMPARE(repo.count(), 3);
    for (int i = 0; i < 3; ++i) {
        const std::optional<Application> loaded = repo.load(ids.at(i));
        QVERIFY(loaded);
        QCOMPARE(loaded->uuid, ids.at(i)); // the stored document carries its new uuid
        QCOMPARE(loaded->applicant, sources.at(i).applicant);
        QCOMPARE(loaded->updatedAt, i == 1 ? sources.at(1).updatedAt : now);
    }
}

void TestStorage::garbageFileIsKeptAside()
{
    mtb::test::TempDataDir dir;
    const QString path = dir.file(QStringLiteral("mtbdesk.sqlite"));
    QByteArray garbage(64 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(26);
    for (char& c : garbage)
        c = char(rng.bounded(256));
    QVERIFY(test::writeFileBytes(path, garbage));

    Database db(path, connectionName());
    const OpenReport report = db.open();
    QCOMPARE(report.outcome, Outcome::RecoveredFromCorrupt);
    QVERIFY(report.usable());
    QVERIFY(!report.preservedPath.isEmpty());
    QVERIFY(report.preservedPath != path);
    QCOMPARE(QFileInfo(report.preservedPath).absolutePath(), dir.file(QStringLiteral("damaged")));
    QVERIFY(QFile::exists(report.preservedPath));
    QCOMPARE(test::readFileBytes(report.preservedPath), garbage);
    QCOMPARE(report.toVersion, Migrations::kLatest);

    const QString message = report.userMessage();
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(report.preservedPath)), qPrintable(message));

    DraftRepository repo(db.connection(), KeyRing::forTesting());
    Application a = m_sample.application();
    QVERIFY(repo.save(a, kT0, nullptr));
    QVERIFY(repo.load(a.uuid) == a);
    QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    db.close();

    // The next start opens the new database normally and leaves the kept file alone.
    Database again(path, connectionName());
    QCOMPARE(again.open().outcome, Outcome::Opened);
    QCOMPARE(test::readFileBytes(report.preservedPath), garbage);
    QCOMPARE(QDir(dir.file(QStringLiteral("damaged"))).entryList(QDir::Files).size(), 1);
}

void TestStorage::overwrittenPagesAreKeptAside()
{
    mtb::test::TempDataDir dir;
    const QString path = dir.file(QStringLiteral("mtbdesk.sqlite"));
    QList<QUuid> saved;
    {
        Database db(path, connectionName());
        QCOMPARE(db.open().outcome, Outcome::Created);
        DraftRepository repo(db.connection(), KeyRing::forTesting());
        QVERIFY(db.connection().transaction());
        for (int i = 0; i < 300; ++i) {
            Application a = m_sample.application();
            QVERIFY(repo.save(a, kT0.addSecs(i), nullptr));
            saved << a.uuid;
        }
        QVERIFY(db.connection().commit());
    }
    // A clean close checkpoints the WAL into the main file and removes it.
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QByteArray bytes = test::readFileBytes(path);
    const qsizetype pageSize = 4096;
    QVERIFY2(bytes.size() > 40 * pageSize, qPrintable(QString::number(bytes.size())));
    // A disk or network-drive fault overwrote three pages in the middle of the file.
    const qsizetype start = (bytes.size() / 2 / pageSize) * pageSize;
    for (qsizetype i = start; i < start + 3 * pageSize; ++i)
        bytes[i] = char(0xA5 ^ (i & 0x3F));
    QVERIFY(test::writeFileBytes(path, bytes));

    Database db(path, connectionName());
    const OpenReport report = db.open();
    QCOMPARE(report.outcome, Outcome::RecoveredFromCorrupt);
    QVERIFY2(!report.detail.isEmpty(), "SQLite's own words must be kept for support");
    QVERIFY(QFile::exists(report.preservedPath));
    QCOMPARE(test::readFileBytes(report.preservedPath), bytes);
    const QString message = report.userMessage();
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(report.preservedPath)), qPrintable(message));

    DraftRepository repo(db.connection(), KeyRing::forTesting());
    QCOMPARE(repo.count(), 0); // a new, empty database
    Application a = m_sample.application();
    QVERIFY(repo.save(a, kT0, nullptr));
    QCOMPARE(repo.count(), 1);
}

void TestStorage::lockedFileIsLeftAlone()
{
    mtb::test::TempDataDir dir;
    const QString path = dir.file(QStringLiteral("mtbdesk.sqlite"));
    Application a = m_sample.application();
    {
        Database db(path, connectionName());
        QVERIFY(db.open().usable());
        DraftRepository repo(db.connection(), KeyRing::forTesting());
        QVERIFY(repo.save(a, kT0, nullptr));
    }

    // Another program (a second MTB Desk, a backup tool) holds the file exclusively, mid-write.
    const QString lockerName = connectionName();
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lockerName);
        locker.setDatabaseName(path);
        QVERIFY(locker.open());
        QSqlQuery q(locker);
        QVERIFY2(q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("UPDATE applications SET psn_name = 'locker' WHERE 1")),
                 qPrintable(q.lastError().text()));
        q.finish();

        const QByteArray before = test::readFileBytes(path);
        QVERIFY(!before.isEmpty());
        QElapsedTimer timer;
        timer.start();
        {
            Database db(path, connectionName());
            db.setBusyTimeoutMs(200);
            const OpenReport report = db.open();
            QCOMPARE(report.outcome, Outcome::Locked);
            QVERIFY(!report.usable());
            QVERIFY(report.preservedPath.isEmpty());
            QVERIFY2(report.userMessage().contains(QDir::toNativeSeparators(path)), qPrintable(report.userMessage()));
            QVERIFY(!db.connection().isOpen());
        }
        QVERIFY2(timer.elapsed() < 5000, "the busy timeout was not honoured");
        QCOMPARE(test::readFileBytes(path), before);
        QVERIFY(QFile::exists(path));
        QVERIFY(!QDir(dir.file(QStringLiteral("damaged"))).exists());

        // The other program's transaction is unharmed and can still finish.
        QVERIFY2(locker.rollback(), qPrintable(locker.lastError().text()));
        locker.close();
    }
    QSqlDatabase::removeDatabase(lockerName);

    // Once the other program is gone, the drafts are all there.
    Database db(path, connectionName());
    QCOMPARE(db.open().outcome, Outcome::Opened);
    DraftRepository repo(db.connection(), KeyRing::forTesting());
    QVERIFY(repo.load(a.uuid) == a);
}

void TestStorage::tooNewFileIsLeftAlone()
{
    mtb::test::TempDataDir dir;
    const QString path = dir.file(QStringLiteral("mtbdesk.sqlite"));
    {
        Database db(path, connectionName());
        QVERIFY(db.open().usable());
        DraftRepository repo(db.connection(), KeyRing::forTesting());
        Application a = m_sample.application();
        QVERIFY(repo.save(a, kT0, nullptr));
        QSqlQuery q(db.connection());
        // What a future MTB Desk would leave behind: a higher schema version, maybe new tables.
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE future_things (id INTEGER PRIMARY KEY)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::kLatest + 1)));
    }
    const QByteArray before = test::readFileBytes(path);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

    Database db(path, connectionName());
    const OpenReport report = db.open();
    QCOMPARE(report.outcome, Outcome::TooNew);
    QVERIFY(!report.usable());
    QCOMPARE(report.fromVersion, Migrations::kLatest + 1);
    QVERIFY(report.userMessage().contains(QDir::toNativeSeparators(path)));
    QVERIFY(!db.connection().isOpen());
    QCOMPARE(test::readFileBytes(path), before);
    QVERIFY(!QDir(dir.file(QStringLiteral("damaged"))).exists());
}

void TestStorage::unreadableFileIsLeftAlone()
{
    if (::geteuid() == 0)
        QSKIP("running as root: file permissions are not enforced");
    mtb::test::TempDataDir dir;
    const QString path = dir.file(QStringLiteral("mtbdesk.sqlite"));
    {
        Database db(path, connectionName());
        QVERIFY(db.open().usable());
        DraftRepository repo(db.connection(), KeyRing::forTesting());
        Application a = m_sample.application();
        QVERIFY(repo.save(a, kT0, nullptr));
    }
    const QByteArray before = test::readFileBytes(path);
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    Database db(path, connectionName());
    const OpenReport report = db.open();
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner)); // for the cleanup
    QCOMPARE(report.outcome, Outcome::Unreadable);
    QVERIFY(!report.usable());
    QVERIFY(report.userMessage().contains(QDir::toNativeSeparators(path)));
    QCOMPARE(test::readFileBytes(path), before);
    QVERIFY(!QDir(dir.file(QStringLiteral("damaged"))).exists());
}

void TestStorage::uncreatableFolderIsUnreadable()
{
    // Works as root too: the parent "folder" is a regular file, so it cannot be created.
    mtb::test::TempDataDir dir;
    const QString blocker = dir.file(QStringLiteral("not-a-folder"));
    QVERIFY(test::writeFileBytes(blocker, QByteArray("x")));
    Database db(blocker + QStringLiteral("/mtbdesk.sqlite"), connectionName());
    const OpenReport report = db.open();
    QCOMPARE(report.outcome, Outcome::Unreadable);
    QVERIFY(!report.usable());
    QCOMPARE(test::readFileBytes(blocker), QByteArray("x"));
}

QTEST_GUILESS_MAIN(TestStorage)
#include "test_storage.moc"
