// GUI tests of the main window, offscreen, driven like a clerk drives it: key clicks into widgets
// found by objectName, shortcuts, and a fresh window on the same data folder to check what was kept.
#include "ApplicationFilterModel.h"
#include "ApplicationForm.h"
#include "ApplicationListModel.h"
#include "AsyncDraftStore.h"
#include "CodeComboBox.h"
#include "Database.h"
#include "DraftRepository.h"
#include "FieldSlot.h"
#include "KeyRing.h"
#include "MainWindow.h"
#include "OptionalDateEdit.h"
#include "KeyboardInput.h"
#include "PersonalText.h"
#include "TestPaths.h"
#include "UiLanguage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace mtb;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fillFormByKeyboardSaveAndReopen();
    void autosavesCommittedFieldWithoutClick();
    void enterMovesToNextField();
    void pinyinInitialsFindDisease();
    void wrongIdNumberShowsMessageNextToField();
    void markReadyRequiresValidFormButDraftIsKept();
    void agentCheckboxRevealsProxyFields();
    void trashAndRestore();
    void searchMatchesFullIdNumberButListMasksIt();
    void languageSwitchRetranslates();
    void fullDiskKeepsWhatWasTypedAndSavesLater();
    void serverTextIsShownAsTextNotHtml();

private:
    template <typename T>
    T* find(const QString& name) const
    {
        T* w = m_window->findChild<T*>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }
    void startWindow();
    void newApplication();
    void typeInto(const QString& objectName, const QString& text);
    void chooseCode(const QString& objectName, const QString& code);
    void waitSaved();
    Application storedApplication(const QUuid& uuid);

    std::unique_ptr<test::TempDataDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("MTBDeskTest"));
    QApplication::setApplicationName(QStringLiteral("mtbdesk-gui-test"));
    QVERIFY(UiLanguage::install(qApp, QStringLiteral("en")));
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<test::TempDataDir>();
    startWindow();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestMainWindow::startWindow()
{
    m_window = std::make_unique<MainWindow>(m_dir->path(), DeskSession{KeyRing::forTesting(), nullptr});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->isListReady());
}

void TestMainWindow::newApplication()
{
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(m_window->form()->hasApplication());
    QTRY_COMPARE(QApplication::focusWidget(), m_window->form()->firstField());
}

void TestMainWindow::typeInto(const QString& objectName, const QString& text)
{
    auto* edit = find<QLineEdit>(objectName);
    edit->setFocus(Qt::TabFocusReason);
    test::typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab); // leaving the field commits it
}

void TestMainWindow::chooseCode(const QString& objectName, const QString& code)
{
    auto* combo = find<CodeComboBox>(objectName);
    combo->setFocus(Qt::TabFocusReason);
    const int target = combo->findData(code);
    QVERIFY2(target > 0, qPrintable(code));
    // Arrow keys from the top, as a keyboard user would; each step is an activation.
    QTest::keyClick(combo, Qt::Key_Home);
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentCode(), code);
}

void TestMainWindow::waitSaved()
{
    QTRY_COMPARE(m_window->autosaver()->status(), Autosaver::Status::Saved);
    m_window->store()->waitForIdle();
}

Application TestMainWindow::storedApplication(const QUuid& uuid)
{
    // A second, independent connection: what is really in the file, not what the window holds.
    Database db(m_dir->file(QStringLiteral("mtbdesk.sqlite")), QStringLiteral("gui-test-reader"));
    const OpenReport report = db.open();
    if (!report.usable())
        return {};
    DraftRepository repo(db.connection(), KeyRing::forTesting());
    return repo.load(uuid).value_or(Application());
}

void TestMainWindow::fillFormByKeyboardSaveAndReopen()
{
    newApplication();
    const QUuid uuid = m_window->form()->application().uuid;
    typeInto(QStringLiteral("psn_name"), QStringLiteral("王秀英"));
    typeInto(QStringLiteral("certno"), QStringLiteral("511302198001010013"));
    // Derived from the resident ID: male (odd sequence digit), born 1980-01-01, and locked.
    QCOMPARE(find<CodeComboBox>(QStringLiteral("gend"))->currentCode(), QStringLiteral("1"));
    QCOMPARE(find<OptionalDateEdit>(QStringLiteral("brdy"))->optionalDate(), QDate(1980, 1, 1));
    QVERIFY(!find<OptionalDateEdit>(QStringLiteral("brdy"))->isEnabled());
    typeInto(QStringLiteral("tel"), QStringLiteral("13981730131"));
    typeInto(QStringLiteral("addr"), QStringLiteral("南充市顺庆区人民中路1号"));
    chooseCode(QStringLiteral("insutype"), QStringLiteral("310"));
    chooseCode(QStringLiteral("insu_admdvs"), QStringLiteral("511302"));
    auto* search = find<QLineEdit>(QStringLiteral("diseaseSearch"));
    search->setFocus(Qt::TabFocusReason);
    test::typeText(search, QStringLiteral("gxy"));
    QTest::keyClick(search, Qt::Key_Return);
    test::typeText(search, QStringLiteral("M0160"));
    QTest::keyClick(search, Qt::Key_Return);
    chooseCode(QStringLiteral("ide_fixmedins_no"), QStringLiteral("H51130200001"));
    auto* diagDate = find<OptionalDateEdit>(QStringLiteral("hosp_ide_date"));
    diagDate->setFocus(Qt::TabFocusReason);
    test::typeText(diagDate, QStringLiteral("20240315"));
    QTest::keyClick(diagDate, Qt::Key_Tab);
    QCOMPARE(diagDate->optionalDate(), QDate(2024, 3, 15));
    typeInto(QStringLiteral("diag_dr_name"), QStringLiteral("李医生"));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    waitSaved();
    QVERIFY2(!hasErrors(m_window->form()->issues()), "a complete form must have no errors");

    // Close (as the clerk would) and start again on the same data folder.
    m_window->close();
    m_window.reset();
    startWindow();
    QCOMPARE(m_window->listModel()->rowCount(), 1);
    auto* table = find<QTableView>(QStringLiteral("applicationTable"));
    table->setCurrentIndex(m_window->filterModel()->index(0, 0));
    QTRY_VERIFY(m_window->form()->hasApplication());
    const Application a = m_window->form()->application();
    QCOMPARE(a.uuid, uuid);
    MTB_COMPARE_PERSONAL(a.applicant.psnName, QStringLiteral("王秀英"));
    MTB_COMPARE_PERSONAL(a.applicant.certno, QStringLiteral("511302198001010013"));
    QCOMPARE(a.applicant.gend, QStringLiteral("1"));
    QCOMPARE(a.applicant.brdy, QDate(1980, 1, 1));
    MTB_COMPARE_PERSONAL(a.applicant.tel, QStringLiteral("13981730131"));
    MTB_COMPARE_PERSONAL(a.applicant.addr, QStringLiteral("南充市顺庆区人民中路1号"));
    QCOMPARE(a.applicant.insutype, QStringLiteral("310"));
    QCOMPARE(a.applicant.insuAdmdvs, QStringLiteral("511302"));
    QCOMPARE(a.diseases.size(), 2);
    QCOMPARE(a.diseases.at(0).code, QStringLiteral("M03900"));
    QCOMPARE(a.diseases.at(1).code, QStringLiteral("M01600"));
    QCOMPARE(a.provenance.fixmedinsNo, QStringLiteral("H51130200001"));
    QVERIFY(!a.provenance.fixmedinsName.isEmpty());
    QCOMPARE(a.provenance.hospIdeDate, QDate(2024, 3, 15));
    MTB_COMPARE_PERSONAL(a.provenance.diagDrName, QStringLiteral("李医生"));
    MTB_COMPARE_PERSONAL(find<QLineEdit>(QStringLiteral("psn_name"))->text(), QStringLiteral("王秀英"));
}

void TestMainWindow::autosavesCommittedFieldWithoutClick()
{
    newApplication();
    const QUuid uuid = m_window->form()->application().uuid;
    typeInto(QStringLiteral("psn_name"), QStringLiteral("张桂兰"));
    // No Ctrl+S: the committed field must reach the file within a second.
    QTRY_VERIFY_WITH_TIMEOUT(storedApplication(uuid).applicant.psnName == QStringLiteral("张桂兰"), 1000);
}

void TestMainWindow::enterMovesToNextField()
{
    newApplication();
    auto* name = find<QLineEdit>(QStringLiteral("psn_name"));
    test::typeText(name, QStringLiteral("刘志强"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), find<CodeComboBox>(QStringLiteral("psn_cert_type")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), find<QLineEdit>(QStringLiteral("certno")));
    // Enter committed the name on the way.
    QTRY_COMPARE(m_window->form()->application().applicant.psnName, QStringLiteral("刘志强"));
    QTRY_COMPARE(m_window->autosaver()->status(), Autosaver::Status::Saved);
}

void TestMainWindow::pinyinInitialsFindDisease()
{
    newApplication();
    auto* search = find<QLineEdit>(QStringLiteral("diseaseSearch"));
    search->setFocus(Qt::TabFocusReason);
    test::typeText(search, QStringLiteral("gxy"));
    auto* completer = m_window->findChild<QCompleter*>(QStringLiteral("diseaseCompleter"));
    QVERIFY(completer);
    QTRY_VERIFY(completer->popup()->isVisible());
    QVERIFY(completer->popup()->model()->index(0, 0).data().toString().startsWith(QStringLiteral("M03900")));
    QTest::keyClick(search, Qt::Key_Return);
    auto* list = find<QListWidget>(QStringLiteral("diseaseList"));
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("M03900")));
    // The same disease twice stays one line.
    test::typeText(search, QStringLiteral("gxyb"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(list->count(), 1);
    // Delete in the list removes it.
    list->setCurrentRow(0);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(list->count(), 0);
}

void TestMainWindow::wrongIdNumberShowsMessageNextToField()
{
    newApplication();
    typeInto(QStringLiteral("certno"), QStringLiteral("511302198001010014")); // last digit wrong
    FieldSlot* slot = m_window->form()->slotFor(QStringLiteral("certno"));
    QVERIFY(slot->messageText().contains(QStringLiteral("check digit")));
    // Gender and birth date stay editable when the number is not valid.
    QVERIFY(find<OptionalDateEdit>(QStringLiteral("brdy"))->isEnabled());
    // A lower-case x is fine.
    find<QLineEdit>(QStringLiteral("certno"))->clear();
    typeInto(QStringLiteral("certno"), QStringLiteral("11010519491231002x"));
    QVERIFY(slot->messageText().isEmpty());
    MTB_COMPARE_PERSONAL(m_window->form()->application().applicant.certno, QStringLiteral("11010519491231002X"));
}

void TestMainWindow::markReadyRequiresValidFormButDraftIsKept()
{
    newApplication();
    const QUuid uuid = m_window->form()->application().uuid;
    typeInto(QStringLiteral("psn_name"), QStringLiteral("陈静"));
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_window->form()->application().state, LocalState::Draft);
    QVERIFY(!m_window->form()->slotFor(QStringLiteral("certno"))->messageText().isEmpty());
    QVERIFY(!m_window->form()->slotFor(QStringLiteral("diseases"))->messageText().isEmpty());
    waitSaved();
    MTB_COMPARE_PERSONAL(storedApplication(uuid).applicant.psnName, QStringLiteral("陈静"));
    QCOMPARE(storedApplication(uuid).state, LocalState::Draft);
}

void TestMainWindow::agentCheckboxRevealsProxyFields()
{
    newApplication();
    auto* agent = find<QCheckBox>(QStringLiteral("agentEnabled"));
    QVERIFY(!find<QLineEdit>(QStringLiteral("agnter_name"))->isVisible());
    agent->setFocus();
    QTest::keyClick(agent, Qt::Key_Space);
    QVERIFY(find<QLineEdit>(QStringLiteral("agnter_name"))->isVisible());
    typeInto(QStringLiteral("agnter_name"), QStringLiteral("杨明"));
    MTB_COMPARE_PERSONAL(m_window->form()->application().agent.name, QStringLiteral("杨明"));
    QVERIFY(m_window->form()->application().agent.enabled);
    // Choosing the hospital channel opens the agent block by itself.
    QTest::keyClick(agent, Qt::Key_Space);
    QVERIFY(!find<QLineEdit>(QStringLiteral("agnter_name"))->isVisible());
    chooseCode(QStringLiteral("dcla_souc"), QStringLiteral("2"));
    QVERIFY(agent->isChecked());
}

void TestMainWindow::trashAndRestore()
{
    newApplication();
    const QUuid uuid = m_window->form()->application().uuid;
    typeInto(QStringLiteral("psn_name"), QStringLiteral("赵丽"));
    waitSaved();
    m_window->findChild<QAction*>(QStringLiteral("actionTrash"))->trigger();
    QVERIFY(!m_window->form()->hasApplication());
    m_window->store()->waitForIdle();
    QTRY_VERIFY(m_window->listModel()->summaryAt(m_window->listModel()->rowOf(uuid))->inTrash());
    auto* nav = find<QListWidget>(QStringLiteral("navigation"));
    nav->setCurrentRow(4); // Trash
    QCOMPARE(m_window->filterModel()->rowCount(), 1);
    find<QTableView>(QStringLiteral("applicationTable"))->setCurrentIndex(m_window->filterModel()->index(0, 0));
    m_window->findChild<QAction*>(QStringLiteral("actionRestore"))->trigger();
    QTRY_COMPARE(m_window->filterModel()->rowCount(), 0);
    nav->setCurrentRow(0);
    QCOMPARE(m_window->filterModel()->rowCount(), 1);
    MTB_COMPARE_PERSONAL(storedApplication(uuid).applicant.psnName, QStringLiteral("赵丽"));
}

void TestMainWindow::searchMatchesFullIdNumberButListMasksIt()
{
    newApplication();
    typeInto(QStringLiteral("psn_name"), QStringLiteral("黄磊"));
    typeInto(QStringLiteral("certno"), QStringLiteral("511302198001010013"));
    waitSaved();
    newApplication();
    typeInto(QStringLiteral("psn_name"), QStringLiteral("周敏"));
    waitSaved();
    QTRY_COMPARE(m_window->filterModel()->rowCount(), 2);
    const QModelIndex idCell = m_window->filterModel()->index(0, ApplicationListModel::CertNo);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto* search = find<QLineEdit>(QStringLiteral("search"));
    QCOMPARE(QApplication::focusWidget(), search);
    test::typeText(search, QStringLiteral("19800101"));
    QCOMPARE(m_window->filterModel()->rowCount(), 1);
    const QString shown = m_window->filterModel()->index(0, ApplicationListModel::CertNo).data().toString();
    QCOMPARE(shown, QStringLiteral("5113**********0013"));
    Q_UNUSED(idCell);
    search->clear();
    test::typeText(search, QStringLiteral("周"));
    QCOMPARE(m_window->filterModel()->rowCount(), 1);
}

void TestMainWindow::languageSwitchRetranslates()
{
    auto* newAction = m_window->findChild<QAction*>(QStringLiteral("actionNew"));
    QCOMPARE(newAction->text(), QStringLiteral("New (Ctrl+N)"));
    m_window->applyLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(UiLanguage::current(), QStringLiteral("zh_CN"));
    // Qt posts LanguageChange to the windows: the texts change on the next turn of the event loop.
    QTRY_COMPARE(newAction->text(), QStringLiteral("新建 (Ctrl+N)"));
    newApplication();
    QTRY_COMPARE(find<QLabel>(QStringLiteral("label_psn_name"))->text(), QStringLiteral("姓名 *"));
    // Catalogue choices follow the language too.
    QCOMPARE(find<CodeComboBox>(QStringLiteral("insu_admdvs"))->itemText(1), QStringLiteral("511300 南充市"));
    m_window->applyLanguage(QStringLiteral("en"));
    QTRY_COMPARE(newAction->text(), QStringLiteral("New (Ctrl+N)"));
    QTRY_COMPARE(find<QLabel>(QStringLiteral("label_psn_name"))->text(), QStringLiteral("Name *"));
    QCOMPARE(find<CodeComboBox>(QStringLiteral("insu_admdvs"))->itemText(1), QStringLiteral("511300 Nanchong"));
}

void TestMainWindow::fullDiskKeepsWhatWasTypedAndSavesLater()
{
    m_window->store()->simulateFullDiskForTesting(true);
    // Each new draft needs room in the file; within a few the database has to grow and cannot.
    auto* status = find<QLabel>(QStringLiteral("saveStatus"));
    QUuid failed;
    for (int i = 0; i < 40 && failed.isNull(); ++i) {
        newApplication();
        typeInto(QStringLiteral("psn_name"), QStringLiteral("满盘%1").arg(i));
        typeInto(QStringLiteral("addr"), QString(150, QChar(u'路')));
        QTRY_VERIFY(m_window->autosaver()->status() == Autosaver::Status::Saved ||
                    m_window->autosaver()->status() == Autosaver::Status::Failed);
        if (m_window->autosaver()->status() == Autosaver::Status::Failed)
            failed = m_window->form()->application().uuid;
    }
    QVERIFY2(!failed.isNull(), "the capped database never filled up");
    // The clerk is told, in words they can act on, naming the file; the form keeps what was typed.
    QVERIFY2(status->text().contains(QStringLiteral("full")), qPrintable(status->text()));
    QVERIFY(status->text().contains(QStringLiteral("mtbdesk.sqlite")));
    const QString typedName = m_window->form()->application().applicant.psnName;
    MTB_COMPARE_PERSONAL(find<QLineEdit>(QStringLiteral("psn_name"))->text(), typedName);
    QCOMPARE(storedApplication(failed).uuid, QUuid()); // not in the file yet

    // The queue does not wait: the clerk moves on to the next applicant while the disk is still full.
    newApplication();
    const QUuid next = m_window->form()->application().uuid;
    typeInto(QStringLiteral("psn_name"), QStringLiteral("下一位"));
    QTRY_COMPARE(m_window->autosaver()->status(), Autosaver::Status::Failed);
    QVERIFY(m_window->autosaver()->hasUnsaved());

    // Space comes back: the retry saves both without anyone clicking.
    m_window->store()->simulateFullDiskForTesting(false);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->autosaver()->status(), Autosaver::Status::Saved, 8000);
    m_window->store()->waitForIdle();
    QVERIFY(!m_window->autosaver()->hasUnsaved());
    MTB_COMPARE_PERSONAL(storedApplication(failed).applicant.psnName, typedName);
    MTB_COMPARE_PERSONAL(storedApplication(next).applicant.psnName, QStringLiteral("下一位"));
}

void TestMainWindow::serverTextIsShownAsTextNotHtml()
{
    // A reviewer's opinion and a 422 message come from the service: markup in them must stay visible
    // text (a compromised service must not be able to draw links or load images in the form).
    newApplication();
    const QString markup = QStringLiteral("<img src=\"file:///etc/passwd\"><b>请补充</b>");
    m_window->form()->setBanner(markup, QString());
    auto* banner = find<QLabel>(QStringLiteral("frozenText"));
    QCOMPARE(banner->textFormat(), Qt::PlainText);
    QCOMPARE(banner->text(), markup);
    m_window->form()->showServerIssues({FieldIssue{QStringLiteral("addr"), FieldIssue::Severity::Error, markup}});
    auto* message = find<QLabel>(QStringLiteral("message_addr"));
    QCOMPARE(message->textFormat(), Qt::PlainText);
    QVERIFY(message->text().contains(markup));
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
