#include "MainWindow.h"

#include "ApplicationFilterModel.h"
#include "ApplicationForm.h"
#include "ApplicationFormPainter.h"
#include "ApplicationListModel.h"
#include "AsyncAuthenticator.h"
#include "AsyncDraftStore.h"
#include "AuditAction.h"
#include "AuditLogDialog.h"
#include "AuditRecorder.h"
#include "DataPaths.h"
#include "DeskLocker.h"
#include "FieldSlot.h"
#include "MaterialCheck.h"
#include "MaterialsPanel.h"
#include "LoginDialog.h"
#include "PageProcessor.h"
#include "RemoteStatus.h"
#include "ServerConfig.h"
#include "SubmissionBuilder.h"
#include "SyncEngine.h"
#include "SendHistoryDialog.h"
#include "SettingsDialog.h"
#include "StaffIdentity.h"
#include "UiLanguage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSystemTrayIcon>
#include <QTime>
#include <QTimer>
#include <QToolButton>
#include <QToolBar>
#include <QVBoxLayout>

namespace mtb {

namespace {
using ListKind = ApplicationFilterModel::ListKind;
const ListKind kLists[] = {ListKind::Drafts, ListKind::Ready, ListKind::Submitted, ListKind::All, ListKind::Trash};

// Who the audit log names for what happens at this desk: the signed-in staff account; without a
// sign-in (development, tests) the operator set in the counter's settings.
AuditActor auditActorOf(const StaffIdentity* staff, const CounterSettings& settings)
{
    return staff ? AuditRecorder::actorOf(*staff) : AuditActor{settings.operatorName, QString(), settings.site};
}
} // namespace

void MainWindow::updateAuditActor() { m_store->setAuditActor(auditActorOf(m_session.staff.get(), m_settings)); }

MainWindow::MainWindow(const QString& dataDir, DeskSession session, QWidget* parent)
    : QMainWindow(parent), m_catalogStore(dataDir), m_settings(CounterSettings::load()),
      m_store(new AsyncDraftStore(DataPaths(dataDir).databasePath(), session.keys, this)),
      m_autosaver(new Autosaver(m_store, this)),
      m_model(new ApplicationListModel(this)), m_filter(new ApplicationFilterModel(m_model, this)),
      m_processor(new PageProcessor(DataPaths(dataDir).dataDir(), session.keys, this)),
      m_dataDir(DataPaths(dataDir).dataDir()),
      m_session(std::move(session))
{
    setObjectName(QStringLiteral("mainWindow"));
    if (m_session.staff) {
        // Local password checks (unlock, take-over, supervisor approval) on a thread of their own.
        AsyncAuthenticator::Options auth;
        auth.databasePath = DataPaths(m_dataDir).databasePath();
        auth.keys = m_session.keys; // the offline verifiers are signed with them (OfflineVerifier)
        auth.server = ServerConfig::fromSettingsAndEnvironment();
        auth.policy.validityDays = m_settings.offlineValidityDays;
        m_auth = new AsyncAuthenticator(auth, this);
    }
    // The catalogue is a small JSON document (bundled resource or installed copy): parsing it is quick.
    m_catalogStore.load();
    buildUi();
    buildActions();
    retranslate();

    connect(m_store, &AsyncDraftStore::opened, this, &MainWindow::onOpened);
    connect(m_store, &AsyncDraftStore::listLoaded, this, &MainWindow::onListLoaded);
    connect(m_store, &AsyncDraftStore::saved, this, &MainWindow::onSaved);
    connect(m_store, &AsyncDraftStore::loaded, this, &MainWindow::onLoaded);
    connect(m_store, &AsyncDraftStore::trashChanged, this, [this](const QUuid& uuid, bool inTrash) {
        m_model->setInTrash(uuid, inTrash);
        updateCounts();
    });
    connect(m_autosaver, &Autosaver::statusChanged, this, &MainWindow::onAutosaveStatus);
    connect(m_form, &ApplicationForm::edited, m_autosaver, &Autosaver::changed);
    // Required materials follow the chosen diseases and channel.
    connect(m_form, &ApplicationForm::edited, m_materials, &MaterialsPanel::setApplication);
    connect(m_form, &ApplicationForm::editAgainRequested, this, &MainWindow::onEditAgain);

    setupSync();
    retranslate();
    updateAuditActor();
    setupSignIn();
    m_store->open();
    m_store->requestList();
    // Retention: confirmed applications are purged once the database is open and then every hour, and
    // the marks on old unsent drafts move with the clock.
    m_model->setRetention(m_settings.retention);
    connect(m_store, &AsyncDraftStore::purgeFinished, this, [this](const PurgeReport& report) {
        if (!report.ok || report.dryRun || report.applications.isEmpty())
            return;
        if (m_form->hasApplication() && report.applications.contains(m_form->application().uuid))
            showApplication(Application());
        m_store->requestList();
        m_saveStatus->setText(tr("%n confirmed application(s) past the site's retention period were removed from "
                                 "this PC.",
                                 nullptr, int(report.applications.size())));
    });
    m_retentionTimer = new QTimer(this);
    m_retentionTimer->setInterval(60 * 60 * 1000);
    connect(m_retentionTimer, &QTimer::timeout, this, &MainWindow::runRetention);
    m_retentionTimer->start();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Views and the form go first, while the store and the autosaver they talk to still exist:
    // destroying a view can emit selection changes that would otherwise reach half-destroyed members.
    delete takeCentralWidget();
}

void MainWindow::buildUi()
{
    m_nav = new QListWidget;
    m_nav->setObjectName(QStringLiteral("navigation"));
    for (ListKind kind : kLists) {
        auto* item = new QListWidgetItem(m_nav);
        item->setData(Qt::UserRole, int(kind));
    }
    m_nav->setCurrentRow(0);
    m_nav->setMinimumWidth(120);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_filter->setListKind(kLists[row]);
        updateActions();
    });

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &ApplicationFilterModel::setSearchText);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("applicationTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ApplicationListModel::Updated, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    openApplication(current.data(ApplicationListModel::UuidRole).toUuid());
                updateActions();
            });

    auto* listPane = new QWidget;
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_table);

    m_form = new ApplicationForm(m_catalogStore.catalog());
    m_form->setEnglish(UiLanguage::current() == u"en");
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("formScroll"));
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(600);

    // With no application open, the right side says how to start instead of showing a dead form.
    m_emptyHint = new QLabel;
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setMargin(40);
    m_materials = new MaterialsPanel(m_catalogStore.catalog(), m_store, m_processor, m_dataDir, m_session.keys);
    m_materials->setEnglish(UiLanguage::current() == u"en");
    m_materials->setOperator(m_settings.operatorName);
    m_materials->setBeforeImport([this] {
        // Pages refer to their application: make sure it is in the database before they arrive.
        m_form->commitPending();
        m_autosaver->changed(m_form->application());
        m_autosaver->flush();
    });
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("applicationTabs"));
    m_tabs->addTab(scroll, QString());
    m_tabs->addTab(m_materials, QString());
    connect(m_materials, &MaterialsPanel::pagesChanged, this, [this](int) { retranslateTabs(); });
    m_formStack = new QStackedWidget;
    m_formStack->addWidget(m_emptyHint);
    m_formStack->addWidget(m_tabs);

    auto* splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_nav);
    splitter->addWidget(listPane);
    splitter->addWidget(m_formStack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({150, 560, 730});
    if (m_auth)
        m_locker = new DeskLocker(this, splitter, m_auth); // the lock screen's stack becomes the central widget
    else
        setCentralWidget(splitter);

    m_saveStatus = new QLabel;
    m_saveStatus->setObjectName(QStringLiteral("saveStatus"));
    m_counterInfo = new QLabel;
    statusBar()->addWidget(m_saveStatus, 1);
    m_staleInfo = new QLabel;
    m_staleInfo->setObjectName(QStringLiteral("staleInfo"));
    m_staleInfo->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_staleInfo->hide();
    statusBar()->addPermanentWidget(m_staleInfo);
    statusBar()->addPermanentWidget(m_counterInfo);
    resize(1440, 900);
}

void MainWindow::buildActions()
{
    auto make = [this](const char* name, const QKeySequence& key, void (MainWindow::*slot)()) {
        auto* a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_newAction = make("actionNew", QKeySequence::New, &MainWindow::newApplication);
    m_saveAction = make("actionSave", QKeySequence::Save, &MainWindow::saveNow);
    m_readyAction = make("actionMarkReady", QKeySequence(Qt::CTRL | Qt::Key_Return), &MainWindow::markReady);
    m_trashAction = make("actionTrash", QKeySequence(), &MainWindow::moveCurrentToTrash);
    m_sendNowAction = make("actionSendNow", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &MainWindow::sendNow);
    m_historyAction = make("actionSendHistory", QKeySequence(), &MainWindow::showSendHistory);
    m_restoreAction = make("actionRestore", QKeySequence(), &MainWindow::restoreSelected);
    m_settingsAction = make("actionSettings", QKeySequence(), &MainWindow::showSettings);
    m_aboutAction = make("actionAbout", QKeySequence(), &MainWindow::showAbout);
    m_auditAction = make("actionAuditLog", QKeySequence(), &MainWindow::showAuditLog);
    m_printAction = make("actionPrintForm", QKeySequence::Print, &MainWindow::printApplicationForm);
    m_auditAction->setVisible(!m_session.staff || m_session.staff->may(StaffIdentity::Permission::ViewAuditLog));
    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_searchAction = new QAction(this);
    m_searchAction->setObjectName(QStringLiteral("actionSearch"));
    m_searchAction->setShortcut(QKeySequence::Find);
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(m_searchAction);
    // Delete in the table moves the selected application to the trash (recoverable).
    auto* deleteKey = new QAction(m_table);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, &MainWindow::moveCurrentToTrash);
    m_table->addAction(deleteKey);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_newAction, m_saveAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addAction(m_auditAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_readyAction, m_trashAction, m_restoreAction});
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_printAction);
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_sendNowAction, m_historyAction});
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_searchAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setMovable(false);
    m_toolBar->addActions({m_newAction, m_saveAction, m_readyAction, m_trashAction, m_restoreAction});
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_printAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_sendNowAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_settingsAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("MTB Desk — outpatient chronic & special disease applications"));
    static const char* const kListNames[] = {QT_TR_NOOP("Drafts"), QT_TR_NOOP("Ready to submit"),
                                             QT_TR_NOOP("Submitted"), QT_TR_NOOP("All"), QT_TR_NOOP("Trash")};
    for (int i = 0; i < m_nav->count(); ++i)
        m_nav->item(i)->setData(Qt::UserRole + 1, tr(kListNames[i]));
    updateCounts();
    m_emptyHint->setText(tr("<p style='font-size:15pt'>No application open</p>"
                            "<p>Press <b>Ctrl+N</b> to take a new application, or choose one from the list.</p>"
                            "<p>Everything you type is saved automatically, also without a network.</p>"));
    m_search->setPlaceholderText(tr("Search name, ID number, phone or application no. (Ctrl+F)"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Application"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_newAction->setText(tr("New (Ctrl+N)"));
    m_saveAction->setText(tr("Save (Ctrl+S)"));
    m_readyAction->setText(tr("Mark ready (Ctrl+Enter)"));
    m_readyAction->setToolTip(tr("Check the form and freeze it for submission"));
    m_trashAction->setText(tr("Move to trash"));
    m_restoreAction->setText(tr("Restore"));
    m_sendNowAction->setText(tr("Send now"));
    m_historyAction->setText(tr("Sending history…"));
    m_sendNowAction->setToolTip(tr("Send everything waiting in the outbox now (Ctrl+Shift+S)"));
    if (m_loginButton)
        m_loginButton->setText(tr("Sign in…"));
    m_searchAction->setText(tr("Search"));
    m_settingsAction->setText(tr("Settings…"));
    m_quitAction->setText(tr("Quit"));
    m_aboutAction->setText(tr("About MTB Desk"));
    m_auditAction->setText(tr("Audit log…"));
    m_printAction->setText(tr("Print application form…"));
    m_printAction->setToolTip(tr("Print the filled-in form for the applicant to sign (Ctrl+P)"));
    if (m_session.staff)
        m_counterInfo->setText(tr("Signed in: %1 (%2) · Catalogue %3")
                                   .arg(m_session.staff->opterName, StaffIdentity::roleDisplayName(m_session.staff->role),
                                        m_catalogStore.catalog().version()));
    else
        m_counterInfo->setText(tr("Operator: %1 · Catalogue %2")
                                   .arg(m_settings.operatorName.isEmpty() ? tr("(not set)") : m_settings.operatorName,
                                        m_catalogStore.catalog().version()));
    if (!m_listReady)
        m_saveStatus->setText(tr("Opening the local database…"));
    retranslateTabs();
}

void MainWindow::retranslateTabs()
{
    m_tabs->setTabText(0, tr("Application form"));
    m_tabs->setTabText(1, tr("Materials (%1 pages)").arg(m_materials->pages().size()));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_nav)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateCounts()
{
    int counts[5] = {0, 0, 0, 0, 0};
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const DraftSummary* s = m_model->summaryAt(row);
        for (int i = 0; i < 5; ++i) {
            if (ApplicationFilterModel::belongsTo(*s, kLists[i]))
                ++counts[i];
        }
    }
    for (int i = 0; i < m_nav->count(); ++i) {
        const QString name = m_nav->item(i)->data(Qt::UserRole + 1).toString();
        m_nav->item(i)->setText(QStringLiteral("%1  (%2)").arg(name).arg(counts[i]));
    }
    const int stale = m_model->staleCount();
    m_staleInfo->setVisible(stale > 0);
    m_staleInfo->setText(tr("⚠ %n unsent application(s) unchanged for %1+ days", nullptr, stale)
                             .arg(m_settings.retention.flagUnsentAfterDays));
}

void MainWindow::runRetention()
{
    if (m_databaseUsable && m_settings.retention.purgeConfirmedAfterDays > 0)
        m_store->purge(m_settings.retention, QDateTime::currentDateTimeUtc());
    m_model->refreshStale();
    updateCounts();
}

void MainWindow::showAuditLog()
{
    auto* dialog = new AuditLogDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::updateActions()
{
    const bool haveApp = m_form->hasApplication();
    m_formStack->setCurrentIndex(haveApp ? 1 : 0);
    const Application app = haveApp ? m_form->application() : Application();
    const bool inTrashList = m_filter->listKind() == ListKind::Trash;
    m_newAction->setEnabled(m_databaseUsable);
    m_saveAction->setEnabled(m_databaseUsable && haveApp && app.isEditable());
    m_readyAction->setEnabled(m_databaseUsable && haveApp && app.isEditable());
    m_trashAction->setEnabled(m_databaseUsable && haveApp && !inTrashList &&
                              (app.state == LocalState::Draft || app.state == LocalState::Ready));
    m_restoreAction->setEnabled(m_databaseUsable && inTrashList && !selectedUuid().isNull());
    m_printAction->setEnabled(m_databaseUsable && haveApp);
}

void MainWindow::printApplicationForm()
{
    if (!m_form->hasApplication())
        return;
    const QUuid uuid = m_form->application().uuid;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setDocName(tr("Application form")); // the spooler's job list: no personal data
    auto* dialog = new QPrintDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print application form"));
    // Straight to paper: a PDF of the applicant's data would be a copy outside the encrypted store.
    dialog->setOption(QAbstractPrintDialog::PrintToFile, false);
    connect(dialog, &QDialog::accepted, this, [this, printer, uuid] {
        // The desk may have changed hands or applications while the dialog was open.
        if (!m_form->hasApplication() || m_form->application().uuid != uuid)
            return;
        if (printApplicationFormTo(printer.get()))
            statusBar()->showMessage(tr("The application form was sent to the printer."), 5000);
        else
            QMessageBox::warning(
                this, tr("Print application form"),
                tr("The application form could not be printed. Check the printer and try again."));
    });
    dialog->open();
}

bool MainWindow::printApplicationFormTo(QPrinter* printer)
{
    if (!printer || !m_form->hasApplication())
        return false;
    m_form->commitPending();
    m_autosaver->flush();
    const Application application = m_form->application();
    const ApplicationFormPainter painter(m_catalogStore.catalog(), UiLanguage::current() == u"en");
    if (!painter.print(application, printer))
        return false;
    m_store->audit(AuditAction::Print, application.uuid.toString(QUuid::WithoutBraces),
                   QStringLiteral("application form"));
    return true;
}

void MainWindow::onOpened(const OpenReport& report)
{
    m_databaseUsable = report.usable();
    if (!report.usable()) {
        m_saveStatus->setText(report.userMessage());
        QMessageBox::critical(this, tr("Local database"), report.userMessage());
    } else if (report.outcome == OpenReport::Outcome::RecoveredFromCorrupt) {
        QMessageBox::warning(this, tr("Local database"), report.userMessage());
    }
    runRetention();
    updateActions();
}

void MainWindow::onListLoaded(const QVector<DraftSummary>& rows)
{
    m_model->setRows(rows);
    updateCounts();
    m_listReady = true;
    if (m_databaseUsable)
        m_saveStatus->setText(tr("%n application(s) on this PC.", nullptr, int(rows.size())));
    emit listReady();
}

void MainWindow::onSaved(const DraftSummary& summary)
{
    m_model->upsert(summary);
    updateCounts();
}

void MainWindow::onLoaded(const Application& application)
{
    if (application.uuid != m_requested)
        return; // the user has moved on to another row meanwhile
    showApplication(application);
    updateActions();
}

void MainWindow::onAutosaveStatus(Autosaver::Status status, const QString& message)
{
    switch (status) {
    case Autosaver::Status::Idle:
        break;
    case Autosaver::Status::Pending:
    case Autosaver::Status::Saving:
        m_saveStatus->setStyleSheet(QString());
        m_saveStatus->setText(tr("Saving…"));
        break;
    case Autosaver::Status::Saved:
        m_saveStatus->setStyleSheet(QString());
        m_saveStatus->setText(tr("All changes saved at %1.").arg(QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"))));
        break;
    case Autosaver::Status::Failed:
        m_saveStatus->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
        m_saveStatus->setText(message);
        break;
    }
}

QUuid MainWindow::selectedUuid() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ApplicationListModel::UuidRole).toUuid() : QUuid();
}

void MainWindow::newApplication()
{
    if (!m_databaseUsable)
        return;
    m_form->commitPending();
    m_autosaver->flush();
    Application a = Application::createNew(QDateTime::currentDateTimeUtc());
    a.catalogVersion = m_catalogStore.catalog().version();
    a.applicant.psnCertType = QStringLiteral("01");
    a.applicant.naty = QStringLiteral("01");
    a.acceptance.channel = m_settings.defaultChannel;
    a.acceptance.operatorName = m_session.staff ? m_session.staff->opterName : m_settings.operatorName;
    a.acceptance.site = m_session.staff ? m_session.staff->optins : m_settings.site;
    m_requested = a.uuid;
    m_table->clearSelection();
    m_nav->setCurrentRow(0);
    showApplication(a);
    m_tabs->setCurrentIndex(0);
    m_form->firstField()->setFocus(Qt::OtherFocusReason);
    updateActions();
}

void MainWindow::openApplication(const QUuid& uuid)
{
    if (uuid.isNull() || (m_form->hasApplication() && m_form->application().uuid == uuid))
        return;
    // Whatever was typed in the current form is saved before the other application replaces it;
    // the storage thread handles requests in order, so the save lands before the load.
    m_form->commitPending();
    m_autosaver->flush();
    m_requested = uuid;
    m_store->requestLoad(uuid);
    m_store->audit(AuditAction::View, uuid.toString(QUuid::WithoutBraces));
}

void MainWindow::saveNow()
{
    m_form->commitPending();
    m_autosaver->flush();
}

void MainWindow::markReady()
{
    if (!m_form->hasApplication())
        return;
    m_form->commitPending();
    Application a = m_form->application();
    if (!a.isEditable())
        return;
    QList<MaterialCheck::PageState> pageStates;
    for (const PageRecord& p : m_materials->pages())
        pageStates.append({p.material, p.sourceName, p.issues, !p.blocksSubmission(), p.outlineToCheck});
    const QList<FieldIssue> materialIssues = MaterialCheck(m_catalogStore.catalog()).check(a, pageStates);
    QStringList materialText;
    for (const FieldIssue& i : materialIssues)
        materialText << i.message;
    m_materials->showMessage(materialText.join(u'\n'));
    const QList<FieldIssue> issues = m_form->issues() + materialIssues;
    if (hasErrors(issues)) {
        m_form->showAllIssues();
        int errors = 0;
        QString firstField;
        for (const FieldIssue& i : issues) {
            if (i.severity == FieldIssue::Severity::Error) {
                ++errors;
                if (firstField.isEmpty())
                    firstField = i.field;
            }
        }
        if (FieldSlot* slot = m_form->slotFor(firstField))
            slot->editor()->setFocus(Qt::OtherFocusReason);
        m_saveStatus->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_saveStatus->setText(tr("%n problem(s) must be fixed before the application can be marked ready. "
                                 "The draft is saved.",
                                 nullptr, errors));
        m_autosaver->flush();
        return;
    }
    const int unchecked = MaterialCheck::uncheckedOutlines(pageStates);
    if (unchecked > 0 && !confirmUncheckedOutlines(unchecked)) {
        m_tabs->setCurrentWidget(m_materials);
        return;
    }
    a.state = LocalState::Ready;
    showApplication(a);
    m_autosaver->changed(a);
    m_autosaver->flush();
    // Frozen now: these exact bytes go out on every attempt, under the application's own UUID.
    m_store->enqueue(SubmissionBuilder::build(a, m_materials->pages(), QDateTime::currentDateTimeUtc()));
    if (m_sync)
        m_sync->sendNow();
    updateActions();
}

// A wrong outline sent off means a 补充材料 request weeks later; a look now takes seconds. Asked, not
// required: the detector is sometimes unsure of a right outline too.
bool MainWindow::confirmUncheckedOutlines(int pages)
{
    QMessageBox box(QMessageBox::Question, tr("Check page outlines"),
                    tr("%n page(s) have an outline the scanner was unsure of that nobody has checked. A page cut "
                       "wrongly may be returned by the reviewers.",
                       nullptr, pages),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("uncheckedOutlines"));
    QPushButton* check = box.addButton(tr("Check the pages"), QMessageBox::RejectRole);
    box.addButton(tr("Mark ready anyway"), QMessageBox::AcceptRole);
    box.setDefaultButton(check);
    box.exec();
    return box.clickedButton() != check;
}

void MainWindow::onEditAgain()
{
    const Application a = m_form->application();
    switch (a.state) {
    case LocalState::Ready:
    case LocalState::SendFailed:
        // Only while nothing has been sent: the outbox gives the revision back, or refuses.
        m_store->withdrawFromOutbox(a.uuid, a.revision);
        break;
    case LocalState::RejectedByServer: {
        // The service created nothing: correct this revision and queue it again.
        Application draft = a;
        draft.state = LocalState::Draft;
        m_store->withdrawFromOutbox(a.uuid, a.revision);
        showApplication(draft);
        m_autosaver->changed(draft);
        m_autosaver->flush();
        break;
    }
    case LocalState::Sent: {
        if (a.remoteStatus != u"returned")
            return;
        // The reviewer asked for more material: a new revision of the same application number.
        Application next = a;
        next.state = LocalState::Draft;
        ++next.revision;
        showApplication(next);
        m_tabs->setCurrentIndex(1);
        m_autosaver->changed(next);
        m_autosaver->flush();
        break;
    }
    default:
        return;
    }
    updateActions();
}

void MainWindow::showApplication(const Application& application)
{
    m_form->setApplication(application);
    m_materials->setApplication(application);
    updateBanner(application);
    if (!application.uuid.isNull() && application.state == LocalState::RejectedByServer)
        m_store->requestOutboxItem(application.uuid, application.revision); // its field errors
}

void MainWindow::updateBanner(const Application& a)
{
    QString text;
    QString button;
    const QString number = a.applicationNumber.isEmpty() ? QString() : tr("Application no. %1. ").arg(a.applicationNumber);
    switch (a.state) {
    case LocalState::Ready:
    case LocalState::Sending:
    case LocalState::SendFailed:
        text = tr("This application is marked ready and waits to be sent; it can no longer be changed.");
        button = tr("Edit again");
        break;
    case LocalState::RejectedByServer:
        text = tr("The central service did not accept this application (see the messages at the fields, and the "
                  "sending history). Correct it and mark it ready again.");
        button = tr("Correct it");
        break;
    case LocalState::Sent:
        if (a.remoteStatus == u"returned") {
            text = number + tr("The reviewer asks for more material: %1").arg(a.remoteMessage);
            button = tr("Add material and resubmit");
        } else {
            text = number + tr("Status: %1.").arg(remoteStatusName(a.remoteStatus.isEmpty() ? QStringLiteral("accepted")
                                                                                              : a.remoteStatus));
            if (!a.remoteMessage.isEmpty())
                text += u' ' + tr("Reviewer: %1").arg(a.remoteMessage);
        }
        break;
    case LocalState::Draft:
        if (a.revision > 1 && !a.applicationNumber.isEmpty())
            text = number + tr("Revision %1: add the requested material, then mark it ready to resubmit.").arg(a.revision);
        break;
    }
    m_form->setBanner(text, button);
}

void MainWindow::setupSync()
{
    const ServerConfig config = ServerConfig::fromSettingsAndEnvironment();
    m_connectivity = new QLabel;
    m_connectivity->setObjectName(QStringLiteral("connectivity"));
    m_loginButton = new QToolButton;
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setAutoRaise(true);
    connect(m_loginButton, &QToolButton::clicked, this, &MainWindow::showLogin);
    statusBar()->addPermanentWidget(m_connectivity);
    statusBar()->addPermanentWidget(m_loginButton);
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        m_store->requestList();
        // The open application may have changed under us (sent, numbered, returned): show the stored one.
        if (m_form->hasApplication() && !m_form->application().isEditable()) {
            m_requested = m_form->application().uuid;
            m_store->requestLoad(m_requested);
        }
    });
    connect(m_store, &AsyncDraftStore::withdrawn, this, [this](const QUuid& uuid, bool ok) {
        if (!m_form->hasApplication() || m_form->application().uuid != uuid)
            return;
        Application a = m_form->application();
        if (a.state == LocalState::RejectedByServer)
            return; // handled when the button was pressed
        if (!ok) {
            m_saveStatus->setText(tr("Sending has already started: this revision can no longer be changed."));
            return;
        }
        a.state = LocalState::Draft;
        showApplication(a);
        m_autosaver->changed(a);
        m_autosaver->flush();
        updateActions();
    });
    connect(m_store, &AsyncDraftStore::outboxItemLoaded, this, [this](const QUuid& uuid, const OutboxItem& item, bool exists) {
        if (!exists || !m_form->hasApplication() || m_form->application().uuid != uuid)
            return;
        QList<FieldIssue> issues;
        for (const QJsonValue& v : QJsonDocument::fromJson(item.fieldErrors).array()) {
            const QJsonObject f = v.toObject();
            issues.append({f.value(QStringLiteral("field")).toString(), FieldIssue::Severity::Error,
                           tr("The central service refused this: %1").arg(f.value(QStringLiteral("message")).toString())});
        }
        if (issues.isEmpty() && !item.lastErrorMessage.isEmpty())
            m_saveStatus->setText(tr("The central service refused it: %1").arg(item.lastErrorMessage));
        m_form->showServerIssues(issues);
    });

    if (!config.isValid()) {
        m_connectivity->setText(tr("Offline mode: no central service configured"));
        m_loginButton->hide();
        return;
    }
    m_sync = new SyncEngine(m_dataDir, config, m_session.keys, this);
    if (m_session.staff) {
        // The start-up sign-in's tokens (or, after an offline sign-in, this person's stored refresh token).
        m_sync->adoptSession(m_session.staff->opterId, m_session.syncCredentials.accessToken,
                             m_session.syncCredentials.refreshToken);
        m_lastUser = m_session.staff->opterId;
    }
    connect(m_sync, &SyncEngine::connectivityChanged, this, [this](SyncEngine::Connectivity c, const QString& detail) {
        switch (c) {
        case SyncEngine::Connectivity::NotConfigured:
            m_connectivity->setText(tr("Offline mode: no central service configured"));
            break;
        case SyncEngine::Connectivity::SignedOut:
            m_connectivity->setText(tr("Not signed in to the central service"));
            break;
        case SyncEngine::Connectivity::Online:
            m_connectivity->setText(tr("● Connected"));
            break;
        case SyncEngine::Connectivity::Offline:
            m_connectivity->setText(tr("○ Offline: applications wait in the outbox"));
            break;
        case SyncEngine::Connectivity::CertificateProblem:
            m_connectivity->setText(tr("⚠ Certificate problem"));
            break;
        }
        m_connectivity->setToolTip(detail);
        m_loginButton->setVisible(c == SyncEngine::Connectivity::SignedOut);
    });
    connect(m_sync, &SyncEngine::itemChanged, this, [this](const OutboxItem&) { refreshSoon(); });
    connect(m_sync, &SyncEngine::remoteStatusChanged, this, &MainWindow::onRemoteStatusChanged);
}

void MainWindow::refreshSoon() { m_refreshTimer->start(); }

void MainWindow::onRemoteStatusChanged(const QUuid& uuid, const QString& applNo, const QString& status, const QString& opinion)
{
    Q_UNUSED(uuid);
    Q_UNUSED(opinion);
    // No names or ID numbers in notifications: the application number is enough to find it.
    const QString message = tr("Application %1: %2").arg(applNo, remoteStatusName(status));
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        static QSystemTrayIcon* tray = nullptr;
        if (!tray) {
            tray = new QSystemTrayIcon(windowIcon(), this);
            tray->show();
        }
        tray->showMessage(tr("MTB Desk"), message);
    }
    m_saveStatus->setText(message);
    refreshSoon();
}

void MainWindow::showLogin()
{
    if (!m_sync)
        return;
    auto* dialog = new LoginDialog(m_lastUser, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LoginDialog::signInRequested, this, [this](const QString& user, const QString& password) {
        m_lastUser = user;
        m_sync->login(user, password);
    });
    connect(m_sync, &SyncEngine::loginFinished, dialog,
            [dialog](bool ok, const QString& message, const QJsonObject&) { dialog->showResult(ok, message); });
    dialog->open();
}

void MainWindow::showSendHistory()
{
    if (!m_form->hasApplication())
        return;
    const QUuid uuid = m_form->application().uuid;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_store, &AsyncDraftStore::attemptsLoaded, this,
                          [this, uuid, connection](const QUuid& loaded, const QList<SendAttempt>& attempts) {
                              if (loaded != uuid)
                                  return;
                              disconnect(*connection);
                              auto* dialog = new SendHistoryDialog(attempts, this);
                              dialog->setAttribute(Qt::WA_DeleteOnClose);
                              dialog->open();
                          });
    m_store->requestAttempts(uuid);
}

void MainWindow::sendNow()
{
    if (m_sync)
        m_sync->sendNow();
}

void MainWindow::moveCurrentToTrash()
{
    if (!m_form->hasApplication())
        return;
    m_form->commitPending();
    m_autosaver->flush();
    const QUuid uuid = m_form->application().uuid;
    if (m_model->rowOf(uuid) < 0) {
        // Never saved (nothing typed yet): there is nothing to keep.
        showApplication(Application());
    } else {
        m_store->moveToTrash(uuid);
        showApplication(Application());
        m_saveStatus->setText(tr("Moved to the trash. It can be restored from the Trash list."));
    }
    m_requested = QUuid();
    updateActions();
}

void MainWindow::restoreSelected()
{
    const QUuid uuid = selectedUuid();
    if (uuid.isNull())
        return;
    m_store->restore(uuid);
    m_saveStatus->setText(tr("Restored to its list."));
}

void MainWindow::applyLanguage(const QString& choice)
{
    const QString language = UiLanguage::resolve(choice, QLocale::system());
    UiLanguage::install(qApp, language); // widgets get LanguageChange and retranslate themselves
    m_form->setEnglish(language == u"en");
    m_materials->setEnglish(language == u"en");
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_catalogStore.catalog(), m_settings, this);
    const bool supervisor =
        !m_session.staff || m_session.staff->may(StaffIdentity::Permission::ChangeSecuritySettings);
    dialog.setSecurityEditable(supervisor);
    if (supervisor) {
        dialog.enablePassphraseChange(m_dataDir);
        connect(&dialog, &SettingsDialog::passphraseChanged, this,
                [this] { m_store->audit(AuditAction::KeyChange, QStringLiteral("keyvault")); });
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CounterSettings updated = dialog.settings();
    const bool languageChanged = updated.language != m_settings.language;
    m_settings = updated;
    m_settings.save();
    applyStaffSettings();
    m_model->setRetention(m_settings.retention);
    updateCounts();
    if (languageChanged)
        applyLanguage(m_settings.language);
    retranslate();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About MTB Desk"),
                       tr("<b>MTB Desk %1</b><br>Counter client for outpatient chronic and special disease "
                          "(门诊慢特病) recognition applications.<br>Catalogue: %2 (%3)<br>Data folder: %4")
                           .arg(QStringLiteral(MTB_VERSION), m_catalogStore.catalog().version(),
                                m_catalogStore.sourcePath().toHtmlEscaped(),
                                m_catalogStore.installedPath().section(u'/', 0, -3).toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // What is on screen reaches the disk before the window goes: commit the field being typed, send
    // it to the storage thread and wait for it there (a local SQLite commit: milliseconds).
    m_form->commitPending();
    m_autosaver->flush();
    m_store->waitForIdle();
    // The storage thread's answers to those saves are queued to the store: deliver them now.
    QCoreApplication::sendPostedEvents(m_store, QEvent::MetaCall);
    if (m_autosaver->hasUnsaved()) {
        // Saving is failing (a full disk ...): closing now would lose what is only on screen.
        const auto answer = QMessageBox::warning(
            this, tr("Unsaved changes"),
            tr("Some changes could not be saved yet (see the status bar). If you close now, they are lost.\n\n"
               "Close anyway?"),
            QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace mtb
