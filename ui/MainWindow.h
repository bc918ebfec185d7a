#pragma once

#include "Autosaver.h"
#include "CatalogStore.h"
#include "CounterSettings.h"
#include "DeskSession.h"
#include "OpenReport.h"

#include <QMainWindow>
#include <QUuid>

class QAction;
class QPrinter;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QToolButton;
class QTableView;

namespace mtb {

class ApplicationFilterModel;
class AsyncAuthenticator;
class DeskLocker;
class ApplicationForm;
class ApplicationListModel;
class MaterialsPanel;
class SyncEngine;
class PageProcessor;
class AsyncDraftStore;
struct DraftSummary;

// The counter's main window: the lists of applications on the left, the searchable table in the
// middle, the form on the right. Everything touching the disk runs through AsyncDraftStore.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString& dataDir, DeskSession session = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    ApplicationForm* form() const { return m_form; }
    MaterialsPanel* materials() const { return m_materials; }
    PageProcessor* pageProcessor() const { return m_processor; }
    SyncEngine* syncEngine() const { return m_sync; }
    ApplicationListModel* listModel() const { return m_model; }
    ApplicationFilterModel* filterModel() const { return m_filter; }
    AsyncDraftStore* store() const { return m_store; }
    Autosaver* autosaver() const { return m_autosaver; }
    bool isListReady() const { return m_listReady; }
    // With a signed-in staff member (DeskSession::staff): locking and local password checks.
    DeskLocker* deskLocker() const { return m_locker; }
    AsyncAuthenticator* authenticator() const { return m_auth; }
    const DeskSession& session() const { return m_session; }

    void newApplication();
    void openApplication(const QUuid& uuid);
    void saveNow();
    void markReady();
    void moveCurrentToTrash();
    void restoreSelected();
    void applyLanguage(const QString& choice);
    void showLogin();
    void sendNow();
    void showSendHistory();
    void showAuditLog(); // the caller's role decides whether the action is offered
    // Asks for a printer (QPrintDialog) and prints the open application's form for the applicant to sign.
    void printApplicationForm();
    // Commits pending edits, paints the open application's form on `printer` and, when that succeeded,
    // records AuditAction::Print for it. False without an application or when printing failed.
    bool printApplicationFormTo(QPrinter* printer);
    void runRetention(); // purge confirmed applications past the site's period, re-mark old drafts

signals:
    void listReady(); // the database is open and the list shows every application

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void buildActions();
    void retranslate();
    void retranslateTabs();
    void onOpened(const OpenReport& report);
    void onListLoaded(const QVector<DraftSummary>& rows);
    void onSaved(const DraftSummary& summary);
    void onLoaded(const Application& application);
    void onEditAgain();
    bool confirmUncheckedOutlines(int pages); // before "mark ready": true to go on
    void setupSync();
    void setupSignIn();                              // scope, lock, override approval (MainWindowSignIn.cpp)
    void onTakenOver(const SignInResult& result);    // another staff member signed in on the lock screen
    QString handOverBlocker();                       // why the desk cannot change hands now, or empty
    void applyStaffSettings();                       // idle time and offline validity from m_settings
    void updateAuditActor();                         // the audit log names whoever is at the desk now
    void showApplication(const Application& application); // form, materials, banner
    void updateBanner(const Application& application);
    void refreshSoon();
    void onRemoteStatusChanged(const QUuid& uuid, const QString& applNo, const QString& status, const QString& opinion);
    void onAutosaveStatus(Autosaver::Status status, const QString& message);
    void updateCounts();
    void updateActions();
    void showSettings();
    void showAbout();
    QUuid selectedUuid() const;

    CatalogStore m_catalogStore;
    CounterSettings m_settings;
    AsyncDraftStore* m_store;
    Autosaver* m_autosaver;
    ApplicationListModel* m_model;
    ApplicationFilterModel* m_filter;
    ApplicationForm* m_form = nullptr;
    PageProcessor* m_processor;
    MaterialsPanel* m_materials = nullptr;
    QTabWidget* m_tabs = nullptr;
    QString m_dataDir;
    DeskSession m_session;
    AsyncAuthenticator* m_auth = nullptr;
    DeskLocker* m_locker = nullptr;
    SyncEngine* m_sync = nullptr;
    QLabel* m_connectivity = nullptr;
    QToolButton* m_loginButton = nullptr;
    QTimer* m_refreshTimer = nullptr;
    QAction* m_sendNowAction = nullptr;
    QAction* m_historyAction = nullptr;
    QString m_lastUser;
    QListWidget* m_nav = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_saveStatus = nullptr;
    QLabel* m_emptyHint = nullptr;
    QStackedWidget* m_formStack = nullptr;
    QLabel* m_counterInfo = nullptr;
    QUuid m_requested;
    bool m_listReady = false;
    bool m_databaseUsable = false;

    QAction* m_newAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_readyAction = nullptr;
    QAction* m_trashAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_searchAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_auditAction = nullptr;
    QAction* m_printAction = nullptr;
    QTimer* m_retentionTimer = nullptr;
    QLabel* m_staleInfo = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
};

} // namespace mtb
