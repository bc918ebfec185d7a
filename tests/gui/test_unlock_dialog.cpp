// The start-up unlock dialog (ui/UnlockDialog): setting the site passphrase on a first run (typed
// twice), and unlocking with a wrong and then the right one — the dialog says what is wrong, stays
// open, and no file of the data folder changes.
#include "KeyRing.h"
#include "KeyVault.h"
#include "TestPaths.h"
#include "UnlockDialog.h"
#include "VaultUnlocker.h"

#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace mtb;

namespace {
QHash<QString, QByteArray> snapshot(const QString& dir)
{
    QHash<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(path, test::readFileBytes(path));
    }
    return out;
}

const QString kPassphrase = QStringLiteral("Nanchong counter 7"); // typed with QTest::keyClicks (ASCII only)
} // namespace

class TestUnlockDialog : public QObject
{
    Q_OBJECT

private slots:
    void setUpAsksTwiceThenCreatesTheVault();
    void wrongPassphraseKeepsTheDialogAndTheFiles();
};

void TestUnlockDialog::setUpAsksTwiceThenCreatesTheVault()
{
    test::TempDataDir dir;
    VaultUnlocker unlocker(dir.path(), nullptr);
    unlocker.setKdfForNewPassphrases([] { return PassphraseKdf::forTesting(); });
    const auto first = unlocker.start();
    QCOMPARE(first.kind, VaultUnlocker::Outcome::Kind::NeedNewPassphrase);

    UnlockDialog dialog(&unlocker, UnlockDialog::Mode::SetUp, first.message);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* passphrase = dialog.findChild<QLineEdit*>(QStringLiteral("unlockPassphrase"));
    auto* repeat = dialog.findChild<QLineEdit*>(QStringLiteral("unlockRepeat"));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("unlockMessage"));
    auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("unlockButton"));
    QVERIFY(passphrase && repeat && message && ok);
    QCOMPARE(passphrase->echoMode(), QLineEdit::Password);

    QTest::keyClicks(passphrase, QStringLiteral("short"));
    QTest::keyClicks(repeat, QStringLiteral("short"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY2(message->text().contains(QStringLiteral("at least 10")), qPrintable(message->text()));
    QVERIFY(dialog.isVisible());

    passphrase->clear();
    repeat->clear();
    QTest::keyClicks(passphrase, kPassphrase);
    QTest::keyClicks(repeat, kPassphrase + u'x');
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY2(message->text().contains(QStringLiteral("differ")), qPrintable(message->text()));
    QVERIFY(!QFile::exists(KeyVault::pathIn(dir.path())));

    repeat->clear();
    QTest::keyClicks(repeat, kPassphrase);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(accepted.wait(10000));
    QVERIFY(dialog.keys());
    QVERIFY(QFile::exists(KeyVault::pathIn(dir.path())));
    QVERIFY(passphrase->text().isEmpty()); // not left in the widget

    VaultUnlocker again(dir.path(), nullptr);
    QCOMPARE(again.start().kind, VaultUnlocker::Outcome::Kind::NeedPassphrase);
    QCOMPARE(again.unlockWithPassphrase(kPassphrase).keys->key(KeyRing::Purpose::Records),
             dialog.keys()->key(KeyRing::Purpose::Records));
}

void TestUnlockDialog::wrongPassphraseKeepsTheDialogAndTheFiles()
{
    test::TempDataDir dir;
    {
        VaultUnlocker setup(dir.path(), nullptr);
        setup.setKdfForNewPassphrases([] { return PassphraseKdf::forTesting(); });
        setup.start();
        QVERIFY(setup.createWithPassphrase(kPassphrase).keys);
    }
    QVERIFY(test::writeFileBytes(dir.file(QStringLiteral("mtbdesk.sqlite")), QByteArray(8192, '\x33')));
    const auto before = snapshot(dir.path());

    VaultUnlocker unlocker(dir.path(), nullptr);
    const auto first = unlocker.start();
    QCOMPARE(first.kind, VaultUnlocker::Outcome::Kind::NeedPassphrase);
    UnlockDialog dialog(&unlocker, UnlockDialog::Mode::Unlock, first.message);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("unlockRepeat"))); // asked once when unlocking
    auto* passphrase = dialog.findChild<QLineEdit*>(QStringLiteral("unlockPassphrase"));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("unlockMessage"));
    auto* busy = dialog.findChild<QProgressBar*>(QStringLiteral("unlockBusy"));
    auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("unlockButton"));

    QTest::keyClicks(passphrase, QStringLiteral("not the passphrase"));
    QTest::keyClick(passphrase, Qt::Key_Return);
    // The derivation runs off the GUI thread: the dialog says so and takes no second submission.
    QVERIFY(dialog.isWorking());
    QVERIFY(busy->isVisible());
    QVERIFY(!ok->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isWorking(), 10000);
    QVERIFY2(message->text().contains(QStringLiteral("passphrase is wrong")), qPrintable(message->text()));
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.keys());
    QVERIFY(ok->isEnabled());
    QCOMPARE(snapshot(dir.path()), before);

    passphrase->clear();
    QTest::keyClicks(passphrase, kPassphrase);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(accepted.wait(10000));
    QVERIFY(dialog.keys());
    QCOMPARE(snapshot(dir.path()), before);
}

QTEST_MAIN(TestUnlockDialog)
#include "test_unlock_dialog.moc"
