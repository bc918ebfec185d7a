// mtbdesk-cli's drafts commands within a staff member's scope (docs/signin.md): the real binary,
// "--user NAME --password-file F", checked on this PC like an offline sign-in.
#include "AccessScope.h"
#include "Database.h"
#include "DraftRepository.h"
#include "KeyRing.h"
#include "OfflineVerifier.h"
#include "PasswordHash.h"
#include "SampleData.h"
#include "TestKeys.h"
#include "TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
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

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QString& dataDir, QStringList args)
{
    test::ensureTestKeyVault(dataDir);
    args = QStringList{QStringLiteral("--data-dir"), dataDir} + args;
    args << QStringLiteral("--passphrase-file") << test::testPassphraseFile();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MTBDESK_PASSWORD"));
    // The CLI speaks the system's language; these checks read its English messages.
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MTBDESK_CLI), args);
    Run r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QSet<QString> listedUuids(const QByteArray& json)
{
    QSet<QString> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json).array())
        out.insert(v.toObject().value(QStringLiteral("uuid")).toString());
    return out;
}

QString key(const QUuid& u)
{
    return u.toString(QUuid::WithoutBraces);
}
} // namespace

class TestCliSignIn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listShowsOnlyTheClerksInstitution();
    void exportOfAnotherInstitutionsApplicationIsRefused();
    void wrongPasswordOrUnknownAccountIsRefused();
    void withoutUserTheAdministratorSeesEverything();

private:
    QString passwordFile(const QString& password);

    std::unique_ptr<test::TempDataDir> m_dir;
    QUuid m_mine, m_other, m_counter;
};

void TestCliSignIn::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(MTBDESK_CLI)), MTBDESK_CLI);
    m_dir = std::make_unique<test::TempDataDir>();
    QVERIFY(test::ensureTestKeyVault(m_dir->path()));
    Database db(m_dir->file(QStringLiteral("mtbdesk.sqlite")), QStringLiteral("cli-signin-setup"));
    db.setKeyRing(KeyRing::forTesting());
    QVERIFY(db.open().usable());
    OfflineVerifier verifier(db.connection(), nullptr);
    verifier.setKeys(KeyRing::forTesting()); // the key of the test vault the CLI opens
    const StaffIdentity clerk = staff("nc-hosp-01", "hospital", "511302", "H51130200002");
    QVERIFY(
        verifier.remember(clerk, QStringLiteral("hospital123"), nullptr, PasswordHash::kMinimumIterations));
    test::SampleData sample;
    auto saveAs = [&](const StaffIdentity& who) {
        DraftRepository repo(db.connection(), KeyRing::forTesting());
        repo.setScope(AccessScope::forStaff(who));
        Application a = sample.application();
        return repo.save(a, QDateTime::currentDateTimeUtc(), nullptr) ? a.uuid : QUuid();
    };
    m_mine = saveAs(clerk);
    m_other = saveAs(staff("nc-hosp-02", "hospital", "511302", "H51130200009"));
    m_counter = saveAs(staff("nc-counter-01", "counter", "511302"));
    QVERIFY(!m_mine.isNull() && !m_other.isNull() && !m_counter.isNull());
}

QString TestCliSignIn::passwordFile(const QString& password)
{
    const QString path = m_dir->file(QStringLiteral("password.txt"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(password.toUtf8() + '\n');
    return path;
}

void TestCliSignIn::listShowsOnlyTheClerksInstitution()
{
    const Run r =
        cli(m_dir->path(), {QStringLiteral("drafts"), QStringLiteral("list"), QStringLiteral("--json"),
                            QStringLiteral("--user"), QStringLiteral("nc-hosp-01"),
                            QStringLiteral("--password-file"), passwordFile(QStringLiteral("hospital123"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(listedUuids(r.out), (QSet<QString>{key(m_mine)}));
}

void TestCliSignIn::exportOfAnotherInstitutionsApplicationIsRefused()
{
    const QString pw = passwordFile(QStringLiteral("hospital123"));
    const Run theirs = cli(m_dir->path(), {QStringLiteral("drafts"), QStringLiteral("export"), key(m_other),
                                           QStringLiteral("--user"), QStringLiteral("nc-hosp-01"),
                                           QStringLiteral("--password-file"), pw});
    QCOMPARE(theirs.exitCode, 1);
    QVERIFY(theirs.out.isEmpty());
    QVERIFY2(theirs.err.contains("another site or institution"), theirs.err.constData());
    const Run mine = cli(m_dir->path(), {QStringLiteral("drafts"), QStringLiteral("export"), key(m_mine),
                                         QStringLiteral("--user"), QStringLiteral("nc-hosp-01"),
                                         QStringLiteral("--password-file"), pw});
    QVERIFY2(mine.exitCode == 0, mine.err.constData());
    QCOMPARE(QJsonDocument::fromJson(mine.out).object().value(QStringLiteral("uuid")).toString(),
             key(m_mine));
}

void TestCliSignIn::wrongPasswordOrUnknownAccountIsRefused()
{
    const Run wrong =
        cli(m_dir->path(), {QStringLiteral("drafts"), QStringLiteral("list"), QStringLiteral("--json"),
                            QStringLiteral("--user"), QStringLiteral("nc-hosp-01"),
                            QStringLiteral("--password-file"), passwordFile(QStringLiteral("hospital124"))});
    QCOMPARE(wrong.exitCode, 5);
    QVERIFY(wrong.out.isEmpty());
    QVERIFY2(wrong.err.contains("Wrong password"), wrong.err.constData());
    const Run unknown =
        cli(m_dir->path(), {QStringLiteral("drafts"), QStringLiteral("list"), QStringLiteral("--user"),
                            QStringLiteral("nc-counter-01"), QStringLiteral("--password-file"),
                            passwordFile(QStringLiteral("counter123"))});
    QCOMPARE(unknown.exitCode, 5);
    QVERIFY(unknown.out.isEmpty());
    QVERIFY2(unknown.err.contains("never signed in online"), unknown.err.constData());
}

void TestCliSignIn::withoutUserTheAdministratorSeesEverything()
{
    const Run r =
        cli(m_dir->path(), {QStringLiteral("drafts"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(listedUuids(r.out), (QSet<QString>{key(m_mine), key(m_other), key(m_counter)}));
}

QTEST_GUILESS_MAIN(TestCliSignIn)
#include "test_cli_signin.moc"
