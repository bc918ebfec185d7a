// Scanned pages in storage: the pages table (migration 4), the page repository and the blob store.
#include "BlobStore.h"
#include "Database.h"
#include "DraftRepository.h"
#include "KeyRing.h"
#include "PageRepository.h"
#include "PersonalText.h"
#include "SampleData.h"
#include "TestPaths.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace mtb;

class TestPages : public QObject
{
    Q_OBJECT
private slots:
    void blobStoreNamesFilesByContent();
    void blobStoreDetectsDamagedFile();
    void pageRoundTrip();
    void pagesFollowTheirApplication();
    void arrangeReordersAndMovesInOneTransaction();
    void migrationFromVersion3KeepsDrafts();
    void blocksSubmissionUntilAccepted();

private:
    PageRecord samplePage(const QUuid& app, const QString& material, int position) const;
    test::SampleData m_sample;
};

PageRecord TestPages::samplePage(const QUuid& app, const QString& material, int position) const
{
    PageRecord p;
    p.id = QUuid::createUuid();
    p.applicationUuid = app;
    p.material = material;
    p.position = position;
    p.sourceName = QStringLiteral("出院小结.pdf, page %1").arg(position + 1);
    p.originalSha256 = QString(64, QLatin1Char('a'));
    p.originalPage = position;
    p.processedSha256 = QString(64, QLatin1Char('b'));
    p.detectedCorners = {QPointF(10, 12), QPointF(900.5, 15), QPointF(910, 1250), QPointF(5, 1240)};
    p.corners = p.detectedCorners;
    p.issues = {QStringLiteral("blur"), QStringLiteral("glare")};
    p.widthMm = 210;
    p.heightMm = 297;
    p.bytes = 123456;
    return p;
}

void TestPages::blobStoreNamesFilesByContent()
{
    test::TempDataDir dir;
    BlobStore blobs(dir.path(), KeyRing::forTesting());
    QString error;
    const QByteArray bytes = QByteArrayLiteral("\xff\xd8\xff\xe0 a jpeg, pretend");
    const QString sha = blobs.put(bytes, &error);
    QCOMPARE(sha, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QVERIFY(blobs.contains(sha));
    // The file is named by a keyed hash, not by the content's hash, and holds no plaintext.
    const QString stored = blobs.storedPathOf(sha);
    QVERIFY(QFile::exists(stored));
    QVERIFY(!stored.contains(sha));
    QVERIFY(!test::readFileBytes(stored).contains("a jpeg, pretend"));
    QCOMPARE(blobs.get(sha, &error), bytes);
    QCOMPARE(blobs.put(bytes, &error), sha); // stored once

    const QString file = dir.file(QStringLiteral("scan.pdf"));
    QByteArray big(3 * 1024 * 1024 + 17, 'x'); // larger than one streaming chunk
    big[5] = 'y';
    QVERIFY(test::writeFileBytes(file, big));
    const QString fileSha = blobs.putFile(file, &error);
    QCOMPARE(fileSha, QString::fromLatin1(QCryptographicHash::hash(big, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(blobs.get(fileSha, &error), big);
    QVERIFY(!test::readFileBytes(blobs.storedPathOf(fileSha)).contains(QByteArray(64, 'x')));
    QVERIFY(blobs.putFile(dir.file(QStringLiteral("missing.jpg")), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestPages::blobStoreDetectsDamagedFile()
{
    test::TempDataDir dir;
    BlobStore blobs(dir.path(), KeyRing::forTesting());
    QString error;
    const QString sha = blobs.put("page bytes", &error);
    QByteArray stored = test::readFileBytes(blobs.storedPathOf(sha));
    stored[stored.size() / 2] = char(stored[stored.size() / 2] ^ 0x01); // one bit, as a failing disk does
    QVERIFY(test::writeFileBytes(blobs.storedPathOf(sha), stored));
    QVERIFY(blobs.get(sha, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("cannot be decrypted")), qPrintable(error));
}

void TestPages::pageRoundTrip()
{
    test::TempDataDir dir;
    Database db(dir.file(QStringLiteral("d.sqlite")), QStringLiteral("pages-rt"));
    QVERIFY(db.open().usable());
    Application app = m_sample.application();
    QVERIFY(DraftRepository(db.connection(), KeyRing::forTesting()).save(app, QDateTime::currentDateTimeUtc(), nullptr));
    PageRepository pages(db.connection(), KeyRing::forTesting());
    PageRecord p = samplePage(app.uuid, QStringLiteral("diagnosis_certificate"), 0);
    p.overrideReason = QStringLiteral("原件即如此");
    p.overrideBy = QStringLiteral("李敏");
    p.overrideAt = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    p.outlineToCheck = true;
    QString error;
    QVERIFY2(pages.save(p, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
    const QList<PageRecord> loaded = pages.listFor(app.uuid);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first(), p);
    // Saving again replaces, never duplicates.
    p.rotation = 1;
    QVERIFY(pages.save(p, QDateTime::currentDateTimeUtc(), &error));
    QCOMPARE(pages.listFor(app.uuid).size(), 1);
    QCOMPARE(pages.listFor(app.uuid).first().rotation, 1);
    QVERIFY(pages.remove(p.id, &error));
    QVERIFY(pages.listFor(app.uuid).isEmpty());
}

void TestPages::pagesFollowTheirApplication()
{
    test::TempDataDir dir;
    Database db(dir.file(QStringLiteral("d.sqlite")), QStringLiteral("pages-fk"));
    QVERIFY(db.open().usable());
    PageRepository pages(db.connection(), KeyRing::forTesting());
    QString error;
    // A page cannot point at an application that does not exist (foreign keys are on).
    PageRecord orphan = samplePage(QUuid::createUuid(), QStringLiteral("other"), 0);
    QVERIFY(!pages.save(orphan, QDateTime::currentDateTimeUtc(), &error));
    QVERIFY(error.contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive));
}

void TestPages::arrangeReordersAndMovesInOneTransaction()
{
    test::TempDataDir dir;
    Database db(dir.file(QStringLiteral("d.sqlite")), QStringLiteral("pages-arrange"));
    QVERIFY(db.open().usable());
    Application app = m_sample.application();
    QVERIFY(DraftRepository(db.connection(), KeyRing::forTesting()).save(app, QDateTime::currentDateTimeUtc(), nullptr));
    PageRepository pages(db.connection(), KeyRing::forTesting());
    QList<QUuid> ids;
    for (int i = 0; i < 3; ++i) {
        PageRecord p = samplePage(app.uuid, QStringLiteral("exam_report"), i);
        QVERIFY(pages.save(p, QDateTime::currentDateTimeUtc(), nullptr));
        ids << p.id;
    }
    QString error;
    const QList<QUuid> reversed{ids.at(2), ids.at(1), ids.at(0)};
    QVERIFY(pages.arrange(QStringLiteral("exam_report"), reversed, QDateTime::currentDateTimeUtc(), &error));
    QList<QUuid> order;
    for (const PageRecord& p : pages.listFor(app.uuid))
        order << p.id;
    QCOMPARE(order, reversed);
    // Moving into another slot is an arrange of the target slot.
    QVERIFY(pages.arrange(QStringLiteral("medical_record"), {ids.at(1)}, QDateTime::currentDateTimeUtc(), &error));
    int inMedical = 0;
    for (const PageRecord& p : pages.listFor(app.uuid))
        inMedical += p.material == u"medical_record" ? 1 : 0;
    QCOMPARE(inMedical, 1);
}

void TestPages::migrationFromVersion3KeepsDrafts()
{
    test::TempDataDir dir;
    const QString path = dir.file(QStringLiteral("d.sqlite"));
    Application app = m_sample.application();
    {
        Database db(path, QStringLiteral("pages-v3"));
        QVERIFY(db.open(3).usable());
        // Written as version 3 wrote it (today's repository targets the latest schema).
        QSqlQuery insert(db.connection());
        insert.prepare(QStringLiteral("INSERT INTO applications (uuid, state, revision, payload, created_at, updated_at,"
                                      " psn_name) VALUES (?, 'draft', 1, ?, ?, ?, ?)"));
        insert.addBindValue(app.uuid.toString(QUuid::WithoutBraces));
        insert.addBindValue(QString::fromUtf8(QJsonDocument(app.toJson()).toJson(QJsonDocument::Compact)));
        insert.addBindValue(app.createdAt.toUTC().toString(Qt::ISODateWithMs));
        insert.addBindValue(app.createdAt.toUTC().toString(Qt::ISODateWithMs));
        insert.addBindValue(app.applicant.psnName);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("SELECT count(*) FROM pages"))); // no pages table yet
    }
    Database db(path, QStringLiteral("pages-v4"));
    db.setKeyRing(KeyRing::forTesting()); // encrypts the version-3 rows on the way
    const OpenReport report = db.open();
    QVERIFY(report.usable());
    QCOMPARE(report.fromVersion, 3);
    QCOMPARE(report.toVersion, Migrations::kLatest);
    MTB_COMPARE_PERSONAL(DraftRepository(db.connection(), KeyRing::forTesting()).load(app.uuid)->applicant.psnName, app.applicant.psnName);
    PageRecord p = samplePage(app.uuid, QStringLiteral("id_document"), 0);
    QVERIFY(PageRepository(db.connection(), KeyRing::forTesting()).save(p, QDateTime::currentDateTimeUtc(), nullptr));
}

void TestPages::blocksSubmissionUntilAccepted()
{
    PageRecord p = samplePage(QUuid::createUuid(), QStringLiteral("other"), 0);
    QVERIFY(p.blocksSubmission());
    p.overrideReason = QStringLiteral("   ");
    QVERIFY(p.blocksSubmission()); // a blank reason is no reason
    p.overrideReason = QStringLiteral("原件印章本身较淡");
    QVERIFY(!p.blocksSubmission());
    p.issues.clear();
    p.overrideReason.clear();
    QVERIFY(!p.blocksSubmission());
}

QTEST_GUILESS_MAIN(TestPages)
#include "test_pages.moc"
