// The audit log and retention in the counter GUI: opening an application is recorded, the supervisor's
// audit log view filters, verifies and exports, old unsent drafts are marked and counted, and confirmed
// applications past the site's period disappear from the PC when the window opens.
#include "ApplicationForm.h"
#include "ApplicationListModel.h"
#include "AsyncDraftStore.h"
#include "AuditAction.h"
#include "AuditLog.h"
#include "AuditLogDialog.h"
#include "AuditLogModel.h"
#include "Database.h"
#include "DraftRepository.h"
#include "KeyRing.h"
#include "MainWindow.h"
#include "SampleData.h"
#include "TestPaths.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace mtb;

namespace {
const int kTimeoutMs = 10000;
const AuditActor kSupervisor{QStringLiteral("nc-super-01"), QStringLiteral("supervisor"),
                             QStringLiteral("511302")};

// Applications written straight into the data folder, changed `ageDays` ago.
QUuid storeApplication(const QString& dataDir, Application a, int ageDays)
{
    Database db(dataDir + QStringLiteral("/mtbdesk.sqlite"), QStringLiteral("seed"));
    db.setKeyRing(KeyRing::forTesting());
    if (!db.open().usable())
        return {};
    DraftRepository repo(db.connection(), KeyRing::forTesting());
    QString error;
    return repo.save(a, QDateTime::currentDateTimeUtc().addDays(-ageDays), &error) ? a.uuid : QUuid();
}

QList<AuditEntry> auditEntries(const QString& dataDir, const QString& action)
{
    Database db(dataDir + QStringLiteral("/mtbdesk.sqlite"), QStringLiteral("read"));
    db.setKeyRing(KeyRing::forTesting());
    if (!db.open().usable())
        return {};
    AuditQuery q;
    q.action = action;
    return AuditLog(db.connection(), KeyRing::forTesting()).entries(q);
}
} // namespace

class TestAuditGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void oldUnsentDraftsAreMarked();
    void mainWindowPurgesFlagsAndAuditsViews();
    void auditLogDialogShowsVerifiesAndExports();
    void detailsAndRolesInTheReadersLanguage();

private:
    test::SampleData m_sample{71};
};

void TestAuditGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("MTBDeskTest"));
    QApplication::setApplicationName(QStringLiteral("mtbdesk-audit-gui-test"));
    QVERIFY(UiLanguage::install(qApp, QStringLiteral("en")));
}

void TestAuditGui::oldUnsentDraftsAreMarked()
{
    const QDateTime now(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
    auto row = [&](LocalState state, int ageDays, bool trashed = false) {
        DraftSummary s;
        s.uuid = QUuid::createUuid();
        s.state = state;
        s.updatedAt = now.addDays(-ageDays);
        if (trashed)
            s.deletedAt = now;
        return s;
    };
    ApplicationListModel model;
    model.setClock([&] { return now; });
    model.setRows({row(LocalState::Draft, 2), row(LocalState::Draft, 9), row(LocalState::SendFailed, 30),
                   row(LocalState::Sent, 60), row(LocalState::Draft, 50, true)});
    QCOMPARE(model.staleCount(), 2);
    QVERIFY(!model.isStale(0));
    QVERIFY(model.isStale(1));
    QVERIFY(model.isStale(2));
    QVERIFY(!model.isStale(3)); // sent: retention purges it, nobody needs to act
    QVERIFY(!model.isStale(4)); // in the trash already
    const QModelIndex state = model.index(1, ApplicationListModel::State);
    QCOMPARE(state.data(ApplicationListModel::StaleRole).toBool(), true);
    QVERIFY(state.data().toString().contains(QLatin1String("9 day")));
    QVERIFY(state.data(Qt::BackgroundRole).isValid());
    QVERIFY(!state.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!model.index(0, ApplicationListModel::State).data(Qt::BackgroundRole).isValid());

    RetentionPolicy stricter;
    stricter.flagUnsentAfterDays = 1;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRetention(stricter);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.staleCount(), 3);
    stricter.flagUnsentAfterDays = 0;
    model.setRetention(stricter);
    QCOMPARE(model.staleCount(), 0);
}

void TestAuditGui::mainWindowPurgesFlagsAndAuditsViews()
{
    test::TempDataDir dir;
    Application confirmed = m_sample.application();
    confirmed.state = LocalState::Sent;
    const QUuid purged = storeApplication(dir.path(), confirmed, 45);
    const QUuid forgotten = storeApplication(dir.path(), m_sample.application(), 12);
    const QUuid fresh = storeApplication(dir.path(), m_sample.application(), 0);
    QVERIFY(!purged.isNull() && !forgotten.isNull() && !fresh.isNull());

    MainWindow window(dir.path(), DeskSession{KeyRing::forTesting(), nullptr});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.isListReady(), kTimeoutMs);
    // The purge ran when the database opened and the list was reloaded without it.
    QTRY_VERIFY_WITH_TIMEOUT(window.listModel()->rowOf(purged) < 0 && window.listModel()->rowCount() == 2,
                             kTimeoutMs);
    QVERIFY(window.listModel()->isStale(window.listModel()->rowOf(forgotten)));
    QVERIFY(!window.listModel()->isStale(window.listModel()->rowOf(fresh)));
    auto* staleInfo = window.findChild<QLabel*>(QStringLiteral("staleInfo"));
    QVERIFY(staleInfo);
    QTRY_VERIFY(staleInfo->isVisible());
    QVERIFY(staleInfo->text().contains(QLatin1String("1 unsent")));

    window.openApplication(forgotten);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.form()->hasApplication() && window.form()->application().uuid == forgotten, kTimeoutMs);
    window.store()->waitForIdle();

    const QList<AuditEntry> views = auditEntries(dir.path(), AuditAction::View);
    QCOMPARE(views.size(), 1);
    QCOMPARE(views.first().object, forgotten.toString(QUuid::WithoutBraces));
    const QList<AuditEntry> purges = auditEntries(dir.path(), AuditAction::Purge);
    QCOMPARE(purges.size(), 1);
    QCOMPARE(purges.first().object, purged.toString(QUuid::WithoutBraces));
}

void TestAuditGui::auditLogDialogShowsVerifiesAndExports()
{
    test::TempDataDir dir;
    AsyncDraftStore store(dir.file(QStringLiteral("mtbdesk.sqlite")), KeyRing::forTesting());
    store.setAuditActor(kSupervisor);
    store.open();
    store.audit(AuditAction::SignIn);
    for (int i = 0; i < 3; ++i)
        store.audit(AuditAction::View, QUuid::createUuid().toString(QUuid::WithoutBraces));
    store.setAuditActor(
        {QStringLiteral("nc-counter-02"), QStringLiteral("counter"), QStringLiteral("511302")});
    store.audit(AuditAction::Export, QUuid::createUuid().toString(QUuid::WithoutBraces),
                QStringLiteral("pdf"));
    store.setAuditActor(kSupervisor);

    AuditLogDialog dialog(&store);
    QSignalSpy loaded(&dialog, &AuditLogDialog::loaded);
    dialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kTimeoutMs);
    QCOMPARE(loaded.at(0).at(0).toInt(), 5);
    QCOMPARE(dialog.model()->rowCount(), 5);
    QCOMPARE(dialog.model()->index(4, AuditLogModel::Action).data().toString(), QStringLiteral("Exported"));
    QCOMPARE(dialog.model()->index(4, AuditLogModel::Staff).data().toString(),
             QStringLiteral("nc-counter-02"));

    // Filter by staff account, then by action.
    auto* actor = dialog.findChild<QLineEdit*>(QStringLiteral("auditActor"));
    QTest::keyClicks(actor, QStringLiteral("nc-counter-02"));
    QTest::keyClick(actor, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, kTimeoutMs);
    QCOMPARE(dialog.model()->rowCount(), 1);
    actor->clear();
    auto* action = dialog.findChild<QComboBox*>(QStringLiteral("auditAction"));
    action->setCurrentIndex(action->findData(AuditAction::View));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("auditShow")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, kTimeoutMs);
    QCOMPARE(dialog.model()->rowCount(), 3);

    // The filter changed while a read was running: only the newest query's answer is shown (the
    // older answer, 1 entry, arrives first and used to be taken; it made this test fail on a busy machine).
    actor->setText(QStringLiteral("nc-counter-02"));
    dialog.reload();
    actor->clear();
    dialog.reload();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 4, kTimeoutMs);
    QCOMPARE(dialog.model()->rowCount(), 3);
    store.waitForIdle();
    QCoreApplication::processEvents();
    QCOMPARE(loaded.size(), 4);
    QCOMPARE(dialog.model()->rowCount(), 3);

    QSignalSpy verified(&dialog, &AuditLogDialog::verified);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("auditVerify")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, kTimeoutMs);
    QCOMPARE(verified.at(0).at(0).toBool(), true);
    QVERIFY(
        dialog.findChild<QLabel*>(QStringLiteral("auditStatus"))->text().contains(QLatin1String("intact")));

    QSignalSpy exported(&dialog, &AuditLogDialog::exported);
    const QString json = dir.file(QStringLiteral("views.json"));
    dialog.exportTo(json);
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, kTimeoutMs);
    QCOMPARE(exported.at(0).at(0).toBool(), true);
    QCOMPARE(QJsonDocument::fromJson(test::readFileBytes(json)).array().size(), 3);

    // Someone edits an entry behind the application's back: the dialog says so.
    store.waitForIdle();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(dir.file(QStringLiteral("mtbdesk.sqlite")));
        QVERIFY(raw.open());
        QVERIFY(
            QSqlQuery(raw).exec(QStringLiteral("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 2")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    dialog.verify();
    QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 2, kTimeoutMs);
    QCOMPARE(verified.at(1).at(0).toBool(), false);
    QVERIFY(
        dialog.findChild<QLabel*>(QStringLiteral("auditStatus"))->text().contains(QLatin1String("Entry 2")));
}

void TestAuditGui::detailsAndRolesInTheReadersLanguage()
{
    // Stored words stay English (hash chain, export); the table shows them in the reader's language
    // and keeps the stored text in the tooltip.
    QVERIFY(UiLanguage::install(qApp, QStringLiteral("zh_CN")));
    const auto entry = [](const QString& role, const QString& detail) {
        AuditEntry e;
        e.actor = QStringLiteral("nc-counter-01");
        e.role = role;
        e.action = AuditAction::Edit;
        e.detail = detail;
        return e;
    };
    AuditLogModel model;
    model.setEntries(
        {entry(QStringLiteral("supervisor"), QStringLiteral("form")),
         entry(QStringLiteral("counter"), QStringLiteral("revision=3")),
         entry(QStringLiteral("hospital"), QStringLiteral("page=p-1 material=id_document issues=blur,glare")),
         entry(QStringLiteral("auditor"), QStringLiteral("entries=12 format=csv")),
         entry(QString(), QStringLiteral("something new"))});
    const auto shown = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, column), role).toString();
    };
    QCOMPARE(shown(0, AuditLogModel::Detail), QStringLiteral("申请表单内容"));
    QCOMPARE(shown(0, AuditLogModel::Detail, Qt::ToolTipRole), QStringLiteral("form"));
    QCOMPARE(shown(0, AuditLogModel::Role), QStringLiteral("审核主管"));
    QCOMPARE(shown(1, AuditLogModel::Detail), QStringLiteral("第 3 版"));
    QCOMPARE(shown(2, AuditLogModel::Detail), QStringLiteral("页面 p-1（id_document）：模糊, 反光"));
    QCOMPARE(shown(3, AuditLogModel::Detail), QStringLiteral("12 条记录，CSV 格式"));
    QCOMPARE(shown(3, AuditLogModel::Role), QStringLiteral("auditor")); // unknown roles as stored
    QCOMPARE(shown(4, AuditLogModel::Detail), QStringLiteral("something new"));
    QVERIFY(UiLanguage::install(qApp, QStringLiteral("en")));
    QCOMPARE(shown(3, AuditLogModel::Detail), QStringLiteral("12 entries, as CSV"));
    QCOMPARE(shown(1, AuditLogModel::Role), QStringLiteral("Counter staff"));
}

QTEST_MAIN(TestAuditGui)
#include "test_audit_gui.moc"
