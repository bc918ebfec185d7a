// Renders the main window with realistic sample data to PNG files for docs/ and for looking at the
// UI as a person would: `screenshot_tour OUT_DIR LANG` (run with QT_QPA_PLATFORM=offscreen; set
// QT_SCALE_FACTOR=2 for the 200% check). Sample people are generated; none is real.
#include "ApplicationForm.h"
#include "AsyncAuthenticator.h"
#include "AsyncDraftStore.h"
#include "AuditLogDialog.h"
#include "ChangePassphraseDialog.h"
#include "CodeComboBox.h"
#include "CounterSettings.h"
#include "Database.h"
#include "DraftRepository.h"
#include "KeyRing.h"
#include "KeyboardInput.h"
#include "LockScreen.h"
#include "MainWindow.h"
#include "MaterialsPanel.h"
#include "OptionalDateEdit.h"
#include "PageEditorDialog.h"
#include "SampleData.h"
#include "SamplePhoto.h"
#include "SignInDialog.h"
#include "StaffIdentity.h"
#include "Synth.h"
#include "TestKeys.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using namespace mtb;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QStandardPaths::setTestModeEnabled(true);
    const QString outDir = app.arguments().value(1, QStringLiteral("."));
    const QString language = app.arguments().value(2, QStringLiteral("zh_CN"));
    UiLanguage::install(&app, language);

    CounterSettings settings = CounterSettings::load();
    settings.operatorName = QStringLiteral("李敏（3 号窗口）");
    settings.site = QStringLiteral("511302");
    settings.save();

    QTemporaryDir dataDir;
    {
        Database db(dataDir.filePath(QStringLiteral("mtbdesk.sqlite")), QStringLiteral("seed"));
        db.open();
        DraftRepository repo(db.connection(), KeyRing::forTesting());
        test::SampleData samples(7);
        for (int i = 0; i < 14; ++i) {
            Application a = samples.application();
            if (i % 4 == 1)
                a.state = LocalState::Ready;
            repo.save(a, QDateTime::currentDateTimeUtc().addSecs(-600 * i), nullptr);
        }
    }

    MainWindow window(dataDir.path(), DeskSession{KeyRing::forTesting(), nullptr});
    window.resize(1440, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) ||
        !QTest::qWaitFor([&] { return window.isListReady(); }, 10000))
        return 1;
    window.grab().save(outDir + QStringLiteral("/main-window-%1.png").arg(language));

    // A form being filled at the counter, with one field still wrong so the message shows.
    window.newApplication();
    auto type = [&](const char* name, const QString& text) {
        auto* e = window.findChild<QLineEdit*>(QString::fromLatin1(name));
        e->setFocus();
        test::typeText(e, text);
        QTest::keyClick(e, Qt::Key_Tab);
    };
    auto choose = [&](const char* name, const QString& code) {
        auto* c = window.findChild<CodeComboBox*>(QString::fromLatin1(name));
        c->setCurrentCode(code);
        emit c->codeCommitted(code);
    };
    type("psn_name", QStringLiteral("王秀英"));
    type("certno", QStringLiteral("511302196803150027"));
    type("tel", QStringLiteral("1398173013"));
    type("addr", QStringLiteral("南充市顺庆区人民中路 58 号"));
    choose("insutype", QStringLiteral("390"));
    choose("insu_admdvs", QStringLiteral("511302"));
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("diseaseSearch"));
    search->setFocus();
    test::typeText(search, QStringLiteral("gxy"));
    QTest::keyClick(search, Qt::Key_Return);
    test::typeText(search, QStringLiteral("tnb"));
    QTest::keyClick(search, Qt::Key_Return);
    choose("ide_fixmedins_no", QStringLiteral("H51130200002"));
    auto* date = window.findChild<OptionalDateEdit*>(QStringLiteral("hosp_ide_date"));
    date->setOptionalDate(QDate(2026, 10, 9));
    type("diag_dr_name", QStringLiteral("李明"));
    QTest::qWait(500);
    window.grab().save(outDir + QStringLiteral("/form-%1.png").arg(language));

    // The materials tab with pages imported from photos, one of them blurred (flagged), and one taken
    // on a cluttered desk whose outline the detector was unsure of (staff are asked to check it).
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("applicationTabs"));
    tabs->setCurrentIndex(1);
    QStringList photos;
    for (int i = 0; i < 3; ++i) {
        photos << dataDir.filePath(QStringLiteral("病历%1.jpg").arg(i + 1));
        test::saveSamplePhoto(photos.last(), i == 2, i);
    }
    const QString cluttered = dataDir.filePath(QStringLiteral("病历-桌面.png"));
    cv::imwrite(
        cluttered.toStdString(),
        synth::generate(synth::paramsForSeed(1005, synth::Stratum::Clutter, cv::Size(3200, 2400))).image);
    window.materials()->addFiles(QStringLiteral("medical_record"), photos.mid(0, 2) << cluttered);
    window.materials()->addFiles(QStringLiteral("diagnosis_certificate"), photos.mid(2));
    QTest::qWaitFor([&] { return window.materials()->pages().size() == 4; }, 30000);
    QTest::qWait(800); // thumbnails
    window.grab().save(outDir + QStringLiteral("/materials-%1.png").arg(language));
    window.store()->waitForIdle();

    // The page editor on the cluttered capture: the detector's outline, to be checked and corrected.
    for (const PageRecord& p : window.materials()->pages()) {
        if (!p.outlineToCheck)
            continue;
        PageEditorDialog editor(p, window.materials()->blobs(), &window);
        QSignalSpy previews(&editor, &PageEditorDialog::previewUpdated);
        editor.resize(1100, 640);
        editor.show();
        QTest::qWaitFor([&] { return editor.isLoaded() && previews.count() > 0; }, 20000);
        QTest::qWait(300);
        editor.grab().save(outDir + QStringLiteral("/page-editor-%1.png").arg(language));
        break;
    }

    // The audit log as a supervisor sees it: what the tour itself just did.
    window.showAuditLog();
    auto* audit = window.findChild<AuditLogDialog*>();
    if (!audit)
        return 1;
    QSignalSpy loaded(audit, &AuditLogDialog::loaded);
    if (loaded.isEmpty() && !loaded.wait(10000))
        return 1;
    audit->resize(1200, 640);
    QTest::qWait(300);
    audit->grab().save(outDir + QStringLiteral("/audit-log-%1.png").arg(language));
    audit->close();

    // Signing in (offline checks only here: no service runs beside the tour).
    AsyncAuthenticator::Options options;
    options.databasePath = dataDir.filePath(QStringLiteral("mtbdesk.sqlite"));
    AsyncAuthenticator authenticator(options);
    SignInDialog signIn(&authenticator, QStringLiteral("nc-counter-01"));
    signIn.show();
    if (!QTest::qWaitForWindowExposed(&signIn))
        return 1;
    QTest::qWait(300);
    signIn.grab().save(outDir + QStringLiteral("/sign-in-%1.png").arg(language));
    signIn.close();

    // The lock screen that replaces the window's content after idle time or an OS screen lock.
    const auto staff =
        StaffIdentity::fromJson(QJsonObject{{"opter_id", "nc-counter-01"},
                                            {"opter_name", QStringLiteral("李敏")},
                                            {"role", "counter"},
                                            {"optins", "511302"},
                                            {"site_name", QStringLiteral("顺庆区医保服务大厅")}});
    LockScreen lock(&authenticator);
    if (staff)
        lock.setStaff(*staff);
    lock.resize(1000, 640);
    lock.show();
    if (!QTest::qWaitForWindowExposed(&lock))
        return 1;
    QTest::qWait(300);
    lock.grab().save(outDir + QStringLiteral("/lock-%1.png").arg(language));

    // A supervisor changing the site passphrase (Settings), on a folder with a passphrase vault.
    test::ensureTestKeyVault(dataDir.path());
    ChangePassphraseDialog passphrase(dataDir.path());
    passphrase.show();
    if (!QTest::qWaitForWindowExposed(&passphrase))
        return 1;
    QTest::qWait(500); // the vault is read and the keychain asked first
    passphrase.grab().save(outDir + QStringLiteral("/change-passphrase-%1.png").arg(language));
    return 0;
}
