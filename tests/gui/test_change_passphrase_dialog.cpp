// Changing the site passphrase from the GUI (ui/ChangePassphraseDialog, reached from the Settings
// dialog by supervisors): a wrong current passphrase and two differing new ones are said plainly and
// leave keyvault.json byte for byte as it was; the right one re-wraps the same data key, so the new
// passphrase opens the vault, the old one no longer does, and the keys are the same.
#include "Catalog.h"
#include "ChangePassphraseDialog.h"
#include "KeyRing.h"
#include "KeyVault.h"
#include "SecretStore.h"
#include "SettingsDialog.h"
#include "TestKeys.h"
#include "TestPaths.h"
#include "VaultUnlocker.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace mtb;

namespace {
const QString kNewPassphrase = QStringLiteral("Nanchong counter 8"); // typed with QTest::keyClicks (ASCII)
const QByteArray kSample = QByteArrayLiteral("application 5f0c, page 2");

// The keychain of a machine that has one, in memory.
class MemoryKeychain final : public SecretStore
{
public:
    explicit MemoryKeychain(QHash<QString, QByteArray>* entries) : m_entries(entries) {}
    Status read(const QString& account, QByteArray* secret, QString*) override
    {
        if (!m_entries->contains(account))
            return Status::NotFound;
        *secret = m_entries->value(account);
        return Status::Ok;
    }
    Status write(const QString& account, const QByteArray& secret, QString*) override
    {
        m_entries->insert(account, secret);
        return Status::Ok;
    }
    Status remove(const QString& account, QString*) override
    {
        m_entries->remove(account);
        return Status::Ok;
    }

private:
    QHash<QString, QByteArray>* m_entries;
};

std::shared_ptr<const KeyRing> openWith(const QString& dataDir, const QString& passphrase)
{
    VaultUnlocker unlocker(dataDir, nullptr);
    if (unlocker.start().kind != VaultUnlocker::Outcome::Kind::NeedPassphrase)
        return nullptr;
    return unlocker.unlockWithPassphrase(passphrase).keys;
}

struct Widgets
{
    QLineEdit* current;
    QLineEdit* fresh;
    QLineEdit* repeat;
    QLabel* message;
    QProgressBar* busy;
    QPushButton* ok;
    QPushButton* close;
};

Widgets widgetsOf(const ChangePassphraseDialog& dialog)
{
    return {dialog.findChild<QLineEdit*>(QStringLiteral("changePassphraseCurrent")),
            dialog.findChild<QLineEdit*>(QStringLiteral("changePassphraseNew")),
            dialog.findChild<QLineEdit*>(QStringLiteral("changePassphraseRepeat")),
            dialog.findChild<QLabel*>(QStringLiteral("changePassphraseMessage")),
            dialog.findChild<QProgressBar*>(QStringLiteral("changePassphraseBusy")),
            dialog.findChild<QPushButton*>(QStringLiteral("changePassphraseButton")),
            dialog.findChild<QPushButton*>(QStringLiteral("changePassphraseClose"))};
}
} // namespace

class TestChangePassphraseDialog : public QObject
{
    Q_OBJECT

private slots:
    void wrongOrMismatchedChangesNothingThenTheRightOneRewraps();
    void keychainOpenedVaultAsksNoCurrentPassphrase();
    void settingsShowTheButtonOnlyWhenEnabled();
};

void TestChangePassphraseDialog::wrongOrMismatchedChangesNothingThenTheRightOneRewraps()
{
    test::TempDataDir dir;
    QVERIFY(test::ensureTestKeyVault(dir.path()));
    const QString vaultPath = KeyVault::pathIn(dir.path());
    const QByteArray before = test::readFileBytes(vaultPath);
    QVERIFY(!before.isEmpty());
    const auto oldKeys = openWith(dir.path(), test::testPassphrase());
    QVERIFY(oldKeys);
    const QByteArray macBefore = oldKeys->mac(KeyRing::Purpose::Records, kSample);

    ChangePassphraseDialog dialog(dir.path(), nullptr);
    dialog.setKdfForNewPassphrases([] { return PassphraseKdf::forTesting(); });
    QSignalSpy changed(&dialog, &ChangePassphraseDialog::passphraseChanged);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.asksCurrentPassphrase());
    const Widgets w = widgetsOf(dialog);
    QVERIFY(w.current && w.fresh && w.repeat && w.message && w.busy && w.ok && w.close);
    for (QLineEdit* edit : {w.current, w.fresh, w.repeat})
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QVERIFY(w.ok->isEnabled());

    // A wrong current passphrase: said plainly, checked off the GUI thread, nothing written.
    QTest::keyClicks(w.current, QStringLiteral("not the passphrase"));
    QTest::keyClicks(w.fresh, kNewPassphrase);
    QTest::keyClicks(w.repeat, kNewPassphrase);
    QTest::mouseClick(w.ok, Qt::LeftButton);
    QVERIFY(dialog.isWorking());
    QVERIFY(w.busy->isVisible());
    QVERIFY(!w.ok->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isWorking(), 10000);
    QVERIFY2(w.message->text().contains(QStringLiteral("passphrase is wrong")),
             qPrintable(w.message->text()));
    QVERIFY(w.ok->isEnabled());
    QVERIFY(dialog.isVisible());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(test::readFileBytes(vaultPath), before);

    // The right current one, but the new one typed two ways: refused before any work.
    w.current->setText(test::testPassphrase());
    w.repeat->clear();
    QTest::keyClicks(w.repeat, kNewPassphrase + u'x');
    QTest::mouseClick(w.ok, Qt::LeftButton);
    QVERIFY(!dialog.isWorking());
    QVERIFY2(w.message->text().contains(QStringLiteral("differ")), qPrintable(w.message->text()));
    // Too short: the first-run rule.
    w.fresh->setText(QStringLiteral("short"));
    w.repeat->setText(QStringLiteral("short"));
    QTest::mouseClick(w.ok, Qt::LeftButton);
    QVERIFY2(w.message->text().contains(QStringLiteral("at least 10")), qPrintable(w.message->text()));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(test::readFileBytes(vaultPath), before);

    // Right: the vault is re-wrapped.
    w.fresh->clear();
    w.repeat->clear();
    QTest::keyClicks(w.fresh, kNewPassphrase);
    QTest::keyClicks(w.repeat, kNewPassphrase);
    QTest::mouseClick(w.ok, Qt::LeftButton);
    QVERIFY(changed.wait(10000));
    QVERIFY(!dialog.isWorking());
    QVERIFY(dialog.changed());
    QVERIFY2(w.message->text().contains(QStringLiteral("was changed")), qPrintable(w.message->text()));
    QVERIFY(w.current->text().isEmpty() && w.fresh->text().isEmpty() && w.repeat->text().isEmpty());
    QVERIFY(!w.ok->isVisible());
    QVERIFY(w.close->isEnabled());
    QVERIFY(test::readFileBytes(vaultPath) != before);

    QVERIFY(!openWith(dir.path(), test::testPassphrase()));
    const auto newKeys = openWith(dir.path(), kNewPassphrase);
    QVERIFY(newKeys);
    QCOMPARE(newKeys->mac(KeyRing::Purpose::Records, kSample), macBefore);
    QCOMPARE(newKeys->key(KeyRing::Purpose::Blobs), oldKeys->key(KeyRing::Purpose::Blobs));

    QTest::mouseClick(w.close, Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
}

void TestChangePassphraseDialog::keychainOpenedVaultAsksNoCurrentPassphrase()
{
    test::TempDataDir dir;
    QHash<QString, QByteArray> entries;
    QByteArray macBefore;
    {
        MemoryKeychain keychain(&entries);
        VaultUnlocker setup(dir.path(), &keychain);
        setup.setKdfForNewPassphrases([] { return PassphraseKdf::forTesting(); });
        const auto first = setup.start();
        QCOMPARE(first.kind, VaultUnlocker::Outcome::Kind::Unlocked);
        macBefore = first.keys->mac(KeyRing::Purpose::Records, kSample);
    }
    ChangePassphraseDialog dialog(dir.path(), std::make_unique<MemoryKeychain>(&entries));
    dialog.setKdfForNewPassphrases([] { return PassphraseKdf::forTesting(); });
    QSignalSpy changed(&dialog, &ChangePassphraseDialog::passphraseChanged);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.asksCurrentPassphrase());
    const Widgets w = widgetsOf(dialog);
    QVERIFY(!w.current);
    QTest::keyClicks(w.fresh, kNewPassphrase);
    QTest::keyClicks(w.repeat, kNewPassphrase);
    QTest::mouseClick(w.ok, Qt::LeftButton);
    QVERIFY(changed.wait(10000));
    const auto keys = openWith(dir.path(), kNewPassphrase); // a passphrase slot was added
    QVERIFY(keys);
    QCOMPARE(keys->mac(KeyRing::Purpose::Records, kSample), macBefore);
}

void TestChangePassphraseDialog::settingsShowTheButtonOnlyWhenEnabled()
{
    test::TempDataDir dir;
    Catalog catalog;
    SettingsDialog counterStaff(catalog, CounterSettings{});
    counterStaff.show();
    auto* button = counterStaff.findChild<QPushButton*>(QStringLiteral("changePassphrase"));
    QVERIFY(button);
    QVERIFY(!button->isVisible());

    SettingsDialog supervisor(catalog, CounterSettings{});
    supervisor.enablePassphraseChange(dir.path());
    supervisor.show();
    button = supervisor.findChild<QPushButton*>(QStringLiteral("changePassphrase"));
    QVERIFY(button && button->isVisible());
}

QTEST_MAIN(TestChangePassphraseDialog)
#include "test_change_passphrase_dialog.moc"
