// Encryption at rest (issue 5 item 3, docs/encryption.md): the raw database file, its WAL and every
// stored attachment hold none of a test person's name, ID number or diagnosis in plaintext — for a
// folder written by this version and for one migrated from the plaintext schema 5. Also: a value moved
// to another row is refused, and the wrong keys change nothing.
#include "BlobStore.h"
#include "Database.h"
#include "DraftRepository.h"
#include "EncryptionUpgrade.h"
#include "KeyRing.h"
#include "OutboxRepository.h"
#include "PageRepository.h"
#include "PersonalText.h"
#include "SampleData.h"
#include "SubmissionBuilder.h"
#include "TestPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace mtb;

namespace {

// What identifies the test person, as the bytes a search of the disk would look for.
struct Person
{
    QByteArray name;
    QByteArray idNumber;
    QByteArray diagnosis;
    QByteArray phone;
    QList<QByteArray> all() const { return {name, idNumber, diagnosis, phone}; }
};

Person personOf(const Application& a)
{
    return {a.applicant.psnName.toUtf8(), a.applicant.certno.toUtf8(), a.diseases.value(0).name.toUtf8(),
            a.applicant.tel.toUtf8()};
}

// Every file under the data folder (database, -wal, -shm, blobs, anything else), by path.
QHash<QString, QByteArray> filesUnder(const QString& dir)
{
    QHash<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(QDir(dir).relativeFilePath(path), test::readFileBytes(path));
    }
    return out;
}

// Names the files that contain any of the person's details, and which detail.
QStringList plaintextFound(const QString& dir, const Person& p)
{
    QStringList hits;
    const auto files = filesUnder(dir);
    for (auto it = files.begin(); it != files.end(); ++it) {
        for (const QByteArray& needle : p.all()) {
            if (!needle.isEmpty() && it.value().contains(needle))
                hits << it.key() + QStringLiteral(" contains ") + QString::fromUtf8(needle);
        }
    }
    return hits;
}

// An "image" whose bytes carry the person's details, as a scanned ID card or a discharge summary
// PDF with a text layer does: stored unencrypted, the search would find them.
QByteArray pageBytesFor(const Person& p, int n)
{
    return "%PDF-1.4 scan " + QByteArray::number(n) + ' ' + p.name + ' ' + p.idNumber + ' ' + p.diagnosis +
           QByteArray(2000, char('a' + n));
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool exec(QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

PageRecord pageFor(const Application& a, const Person& p, const QString& sha, int n)
{
    PageRecord page;
    page.id = QUuid::createUuid();
    page.applicationUuid = a.uuid;
    page.material = QStringLiteral("medical_record");
    page.position = n;
    page.sourceName = QString::fromUtf8(p.name) + QStringLiteral("_病历%1.pdf").arg(n + 1);
    page.originalSha256 = sha;
    page.processedSha256 = sha;
    page.issues = {QStringLiteral("blur")};
    page.overrideReason = QStringLiteral("模糊但可辨认：") + QString::fromUtf8(p.diagnosis);
    page.overrideBy = QStringLiteral("counter01");
    page.overrideAt = QDateTime::currentDateTimeUtc();
    page.widthMm = 210;
    page.heightMm = 297;
    return page;
}

} // namespace

class TestEncryptionAtRest : public QObject
{
    Q_OBJECT

private slots:
    void noPlaintextInDatabaseWalOrAttachments();
    void noPlaintextAfterMigratingPlaintextVersion5();
    void valueMovedToAnotherRowIsRefused();
    void wrongKeysAreRefusedAndChangeNothing();
    void listingTenThousandDraftsDecryptsSummaries();

private:
    test::SampleData m_sample{20261205};
};

void TestEncryptionAtRest::noPlaintextInDatabaseWalOrAttachments()
{
    test::TempDataDir dir;
    const auto keys = KeyRing::forTesting();
    Application app = m_sample.application();
    const Person person = personOf(app);
    QVERIFY(!person.diagnosis.isEmpty());

    Database db(dir.file(QStringLiteral("mtbdesk.sqlite")), QStringLiteral("at-rest"));
    db.setKeyRing(keys);
    QVERIFY(db.open().usable());
    DraftRepository drafts(db.connection(), keys);
    PageRepository pages(db.connection(), keys);
    OutboxRepository outbox(db.connection(), keys);
    BlobStore blobs(dir.path(), keys);
    QString error;
    app.state = LocalState::Ready;
    QVERIFY2(drafts.save(app, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
    QList<PageRecord> stored;
    for (int n = 0; n < 3; ++n) {
        const QString sha = blobs.put(pageBytesFor(person, n), &error);
        QVERIFY2(!sha.isEmpty(), qPrintable(error));
        PageRecord page = pageFor(app, person, sha, n);
        QVERIFY2(pages.save(page, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
        stored << page;
    }
    OutboxItem item = SubmissionBuilder::build(app, stored, QDateTime::currentDateTimeUtc());
    QVERIFY(item.payload.contains(person.idNumber)); // the frozen body does carry it
    QVERIFY2(outbox.enqueue(item, &error), qPrintable(error));
    // What the service may quote back, and what staff are shown of an attempt.
    item.lastErrorMessage = QStringLiteral("重复申请：") + QString::fromUtf8(person.name);
    item.fieldErrors = "[{\"field\":\"certno\",\"message\":\"" + person.idNumber + "\"}]";
    QVERIFY2(outbox.update(item, &error), qPrintable(error));
    SendAttempt attempt{app.uuid,
                        1,
                        QDateTime::currentDateTimeUtc(),
                        QStringLiteral("submit"),
                        QStringLiteral("needs_staff"),
                        409,
                        QStringLiteral("DUPLICATE"),
                        QStringLiteral("req-1"),
                        QString::fromUtf8(person.name + ' ' + person.diagnosis)};
    QVERIFY(outbox.recordAttempt(attempt, &error));
    drafts.save(app, QDateTime::currentDateTimeUtc(), &error); // an update: the old row version goes

    // While open: the WAL holds the recent writes.
    QVERIFY(QFile::exists(dir.file(QStringLiteral("mtbdesk.sqlite-wal"))));
    QVERIFY(QFileInfo(dir.file(QStringLiteral("mtbdesk.sqlite-wal"))).size() > 0);
    QStringList hits = plaintextFound(dir.path(), person);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));

    // Everything still reads back, through the keys.
    MTB_COMPARE_PERSONAL(drafts.load(app.uuid)->applicant.certno, app.applicant.certno);
    const QVector<DraftSummary> list = drafts.listAll(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(list.size(), 1);
    MTB_COMPARE_PERSONAL(list.first().psnName, app.applicant.psnName);
    MTB_COMPARE_PERSONAL(list.first().certno, app.applicant.certno);
    QVERIFY(list.first().diseaseNames.contains(QString::fromUtf8(person.diagnosis)));
    const QList<PageRecord> back = pages.listFor(app.uuid);
    QCOMPARE(back.size(), 3);
    QCOMPARE(back.first().sourceName, stored.first().sourceName);
    QCOMPARE(back.first().overrideReason, stored.first().overrideReason);
    QCOMPARE(blobs.get(stored.first().originalSha256, &error), pageBytesFor(person, 0));
    const OutboxItem queued = *outbox.item(app.uuid, 1);
    QCOMPARE(queued.payload, item.payload);
    QCOMPARE(queued.lastErrorMessage, item.lastErrorMessage);
    QCOMPARE(queued.fieldErrors, item.fieldErrors);
    QCOMPARE(outbox.attempts(app.uuid).first().detail, attempt.detail);
    // Blob files are named by a keyed hash: neither the name nor the content gives the SHA-256.
    for (const QString& name : filesUnder(dir.file(QStringLiteral("blobs"))).keys()) {
        for (const PageRecord& p : stored)
            QVERIFY2(!name.contains(p.originalSha256), qPrintable(name));
    }

    // And after closing, with the WAL checkpointed into the file.
    db.close();
    hits = plaintextFound(dir.path(), person);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    QVERIFY(filesUnder(dir.path()).size() >= 4); // database + three blobs: the search did look
}

void TestEncryptionAtRest::noPlaintextAfterMigratingPlaintextVersion5()
{
    test::TempDataDir dir;
    const QString path = dir.file(QStringLiteral("mtbdesk.sqlite"));
    Application app = m_sample.application();
    app.state = LocalState::Ready;
    const Person person = personOf(app);
    const QString uuid = app.uuid.toString(QUuid::WithoutBraces);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QList<PageRecord> pageRecords;
    const Application gone = m_sample.application();
    const Person gonePerson = personOf(gone);
    {
        // Written as version 5 wrote it: plaintext columns and plaintext files named by SHA-256, and
        // without secure_delete (which this version turns on for every connection).
        Database db(path, QStringLiteral("v5-writer"));
        QVERIFY(db.open(5).usable());
        QSqlDatabase& c = db.connection();
        QVERIFY(exec(c, QStringLiteral("PRAGMA secure_delete = OFF")));
        QStringList diseases;
        for (const DiseaseLine& d : app.diseases)
            diseases << d.name;
        QVERIFY(exec(c,
                     QStringLiteral(
                         "INSERT INTO applications (uuid, state, revision, payload, created_at, updated_at,"
                         " psn_name, certno, tel, appl_no, dise_names) VALUES (?, 'ready', 1, ?, ?, ?, ?, ?,"
                         " ?, '', ?)"),
                     {uuid, QString::fromUtf8(QJsonDocument(app.toJson()).toJson(QJsonDocument::Compact)),
                      now, now, app.applicant.psnName, app.applicant.certno, app.applicant.tel,
                      diseases.join(u'、')}));
        for (int n = 0; n < 2; ++n) {
            const QByteArray bytes = pageBytesFor(person, n);
            const QString sha = sha256Hex(bytes);
            QVERIFY(
                test::writeFileBytes(dir.file(QStringLiteral("blobs/%1/%2").arg(sha.left(2), sha)), bytes));
            PageRecord page = pageFor(app, person, sha, n);
            QVERIFY(exec(c,
                         QStringLiteral(
                             "INSERT INTO pages (id, application_uuid, material, position, source_name,"
                             " original_sha256, processed_sha256, issues, override_reason, override_by,"
                             " created_at, updated_at) VALUES (?, ?, 'medical_record', ?, ?, ?, ?, 'blur', ?,"
                             " 'counter01', ?, ?)"),
                         {page.id.toString(QUuid::WithoutBraces), uuid, n, page.sourceName, sha, sha,
                          page.overrideReason, now, now}));
            pageRecords << page;
        }
        const OutboxItem item = SubmissionBuilder::build(app, pageRecords, QDateTime::currentDateTimeUtc());
        QVERIFY(
            exec(c,
                 QStringLiteral("INSERT INTO outbox (application_uuid, revision, state, next_attempt_at,"
                                " last_error_message, field_errors, payload, created_at, updated_at)"
                                " VALUES (?, 1, 'needs_staff', ?, ?, ?, ?, ?, ?)"),
                 QVariantList{
                     uuid, now, QString(QStringLiteral("重复申请：") + app.applicant.psnName),
                     QStringLiteral("[{\"field\":\"certno\",\"message\":\"%1\"}]").arg(app.applicant.certno),
                     QString::fromUtf8(item.payload), now, now}));
        QVERIFY(exec(
            c,
            QStringLiteral("INSERT INTO send_attempts (application_uuid, revision, at, step, outcome, detail)"
                           " VALUES (?, 1, ?, 'submit', 'needs_staff', ?)"),
            {uuid, now, QString::fromUtf8(person.name + ' ' + person.diagnosis)}));
        QVERIFY(exec(c,
                     QStringLiteral(
                         "INSERT INTO uploads (sha256, upload_id, size, updated_at) VALUES (?, 'u1', 9, ?)"),
                     {pageRecords.first().originalSha256, now}));
        // A camera capture from that version, already imported as the first original.
        QVERIFY(test::writeFileBytes(dir.file(QStringLiteral("captures/capture-1.jpg")),
                                     pageBytesFor(person, 0)));
        // Rows deleted under version 5 leave their bytes in free pages: those must go too.
        QVERIFY(exec(
            c,
            QStringLiteral("INSERT INTO applications (uuid, state, revision, payload, created_at, updated_at,"
                           " psn_name, certno) VALUES (?, 'draft', 1, ?, ?, ?, ?, ?)"),
            {gone.uuid.toString(QUuid::WithoutBraces), QString(QLatin1String("{}")), now, now,
             gone.applicant.psnName, gone.applicant.certno}));
        QVERIFY(exec(c, QStringLiteral("DELETE FROM applications WHERE uuid = ?"),
                     {gone.uuid.toString(QUuid::WithoutBraces)}));
    }
    // The search does find plaintext in such a folder (so a clean result below means something),
    // including the deleted row's, left in a free page.
    QVERIFY(!plaintextFound(dir.path(), person).isEmpty());
    QVERIFY(!plaintextFound(dir.path(), gonePerson).isEmpty());

    const auto keys = KeyRing::forTesting();
    {
        Database db(path, QStringLiteral("v5-upgrade"));
        db.setKeyRing(keys);
        const OpenReport report = db.open();
        QVERIFY2(report.usable(), qPrintable(report.detail));
        QCOMPARE(report.fromVersion, 5);
        QCOMPARE(report.toVersion, Migrations::kLatest);
        QStringList hits = plaintextFound(dir.path(), person) + plaintextFound(dir.path(), gonePerson);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));

        // Nothing lost: every value reads back through the keys.
        DraftRepository drafts(db.connection(), keys);
        QString error;
        const auto loaded = drafts.load(app.uuid, &error);
        QVERIFY2(loaded, qPrintable(error));
        MTB_COMPARE_PERSONAL(loaded->applicant.certno, app.applicant.certno);
        const QVector<DraftSummary> list = drafts.listAll(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MTB_COMPARE_PERSONAL(list.first().psnName, app.applicant.psnName);
        MTB_COMPARE_PERSONAL(list.first().tel, app.applicant.tel);
        const QList<PageRecord> pages = PageRepository(db.connection(), keys).listFor(app.uuid);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages.first().sourceName, pageRecords.first().sourceName);
        QCOMPARE(pages.first().overrideReason, pageRecords.first().overrideReason);
        BlobStore blobs(dir.path(), keys);
        QCOMPARE(blobs.get(pageRecords.at(1).originalSha256, &error), pageBytesFor(person, 1));
        QVERIFY(blobs.legacyFiles().isEmpty());
        OutboxRepository outbox(db.connection(), keys);
        const OutboxItem item = *outbox.item(app.uuid, 1);
        QVERIFY(item.payload.contains(person.idNumber));
        MTB_COMPARE_PERSONAL(item.lastErrorMessage, QStringLiteral("重复申请：") + app.applicant.psnName);
        MTB_COMPARE_PERSONAL(outbox.attempts(app.uuid).first().detail,
                             QString::fromUtf8(person.name + ' ' + person.diagnosis));
        // The payload guard works on upgraded rows: an update of the same frozen item applies.
        OutboxItem changed = item;
        changed.attempts = 7;
        QVERIFY(outbox.update(changed, &error));
        QCOMPARE(outbox.item(app.uuid, 1)->attempts, 7);
        QVERIFY(!QFile::exists(dir.file(QStringLiteral("captures/capture-1.jpg"))));
        QSqlQuery meta(db.connection());
        QVERIFY(meta.exec(
                    QStringLiteral("SELECT count(*) FROM app_meta WHERE key LIKE 'encryption/%_pending'")) &&
                meta.next());
        QCOMPARE(meta.value(0).toInt(), 0); // upgraded and vacuumed, once
    }
    QStringList hits = plaintextFound(dir.path(), person) + plaintextFound(dir.path(), gonePerson);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
}

void TestEncryptionAtRest::valueMovedToAnotherRowIsRefused()
{
    test::TempDataDir dir;
    const auto keys = KeyRing::forTesting();
    Database db(dir.file(QStringLiteral("mtbdesk.sqlite")), QStringLiteral("swap"));
    db.setKeyRing(keys);
    QVERIFY(db.open().usable());
    DraftRepository drafts(db.connection(), keys);
    Application a = m_sample.application();
    Application b = m_sample.application();
    QVERIFY(drafts.save(a, QDateTime::currentDateTimeUtc(), nullptr));
    QVERIFY(drafts.save(b, QDateTime::currentDateTimeUtc(), nullptr));
    // Someone with the file copies a's encrypted document and summary over b's.
    QVERIFY(exec(
        db.connection(),
        QStringLiteral("UPDATE applications SET payload = (SELECT payload FROM applications WHERE uuid = ?),"
                       " summary = (SELECT summary FROM applications WHERE uuid = ?) WHERE uuid = ?"),
        {a.uuid.toString(QUuid::WithoutBraces), a.uuid.toString(QUuid::WithoutBraces),
         b.uuid.toString(QUuid::WithoutBraces)}));
    QString error;
    QVERIFY(!drafts.load(b.uuid, &error)); // not a's data shown as b
    QVERIFY2(error.contains(QStringLiteral("cannot be decrypted")), qPrintable(error));
    MTB_COMPARE_PERSONAL(drafts.load(a.uuid)->applicant.certno, a.applicant.certno);
    const QVector<DraftSummary> list = drafts.listAll(&error);
    QCOMPARE(list.size(), 2); // b is still listed, without a's name
    for (const DraftSummary& s : list) {
        if (s.uuid == b.uuid)
            QVERIFY(s.psnName.isEmpty() && s.certno.isEmpty());
    }
    QVERIFY2(error.contains(QStringLiteral("1 row")), qPrintable(error));
    // Plaintext written behind the program's back is not accepted either.
    QVERIFY(exec(db.connection(), QStringLiteral("UPDATE applications SET payload = '{}' WHERE uuid = ?"),
                 {a.uuid.toString(QUuid::WithoutBraces)}));
    QVERIFY(!drafts.load(a.uuid, &error));
    QVERIFY2(error.contains(QStringLiteral("unencrypted")), qPrintable(error));
}

void TestEncryptionAtRest::wrongKeysAreRefusedAndChangeNothing()
{
    test::TempDataDir dir;
    const QString path = dir.file(QStringLiteral("mtbdesk.sqlite"));
    const Application app = m_sample.application();
    {
        Database db(path, QStringLiteral("right"));
        db.setKeyRing(KeyRing::forTesting());
        QVERIFY(db.open().usable());
        Application copy = app;
        QVERIFY(DraftRepository(db.connection(), KeyRing::forTesting())
                    .save(copy, QDateTime::currentDateTimeUtc(), nullptr));
        QVERIFY(!BlobStore(dir.path(), KeyRing::forTesting()).put("page", nullptr).isEmpty());
    }
    const auto before = filesUnder(dir.path());
    const auto other = KeyRing::fromDataKey(QByteArray(KeyRing::DataKeySize, '\x5a'));
    {
        Database db(path, QStringLiteral("wrong"));
        db.setKeyRing(other);
        const OpenReport report = db.open();
        QCOMPARE(report.outcome, OpenReport::Outcome::WrongKey);
        QVERIFY(!report.usable());
        QVERIFY2(report.userMessage().contains(QStringLiteral("different key")),
                 qPrintable(report.userMessage()));
        QVERIFY(report.userMessage().contains(QStringLiteral("Nothing was changed")));
    }
    QCOMPARE(filesUnder(dir.path()), before);
    // The right keys still open everything.
    Database db(path, QStringLiteral("right-again"));
    db.setKeyRing(KeyRing::forTesting());
    QVERIFY(db.open().usable());
    MTB_COMPARE_PERSONAL(
        DraftRepository(db.connection(), KeyRing::forTesting()).load(app.uuid)->applicant.psnName,
        app.applicant.psnName);
}

void TestEncryptionAtRest::listingTenThousandDraftsDecryptsSummaries()
{
    // The search filters decrypted summaries in memory; listing must stay quick at counter scale.
    test::TempDataDir dir;
    const auto keys = KeyRing::forTesting();
    Database db(dir.file(QStringLiteral("mtbdesk.sqlite")), QStringLiteral("many"));
    db.setKeyRing(keys);
    QVERIFY(db.open().usable());
    DraftRepository drafts(db.connection(), keys);
    QVERIFY(db.connection().transaction());
    Application probe;
    for (int i = 0; i < 10000; ++i) {
        Application a = m_sample.application();
        if (i == 4321)
            probe = a;
        QVERIFY(drafts.save(a, QDateTime::currentDateTimeUtc(), nullptr));
    }
    QVERIFY(db.connection().commit());
    QElapsedTimer clock;
    clock.start();
    QString error;
    const QVector<DraftSummary> rows = drafts.listAll(&error);
    const qint64 ms = clock.elapsed();
    qInfo("listAll of 10000 encrypted drafts: %lld ms", ms);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 10000);
    int found = 0;
    for (const DraftSummary& s : rows)
        found += s.certno == probe.applicant.certno ? 1 : 0;
    QCOMPARE(found, 1);
}

QTEST_GUILESS_MAIN(TestEncryptionAtRest)
#include "test_encryption_at_rest.moc"
