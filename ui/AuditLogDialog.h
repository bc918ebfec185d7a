#pragma once

#include "AuditEntry.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace mtb {

class AsyncDraftStore;
class AuditLogModel;
struct AuditReport;

// The audit log for a supervisor (docs/audit.md): the entries of a period, filtered by staff account
// and action; "Verify" checks the whole chain and its signed head; "Export" writes the filtered
// entries to CSV or JSON. Reading and exporting are themselves audited (by the storage thread).
// Who may open it is decided by the caller (StaffIdentity::Permission::ViewAuditLog).
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kShownEntries = 5000; // the newest matching entries; exports have no limit

    explicit AuditLogDialog(AsyncDraftStore* store, QWidget* parent = nullptr);

    AuditQuery query() const;
    AuditLogModel* model() const { return m_model; }
    void reload();
    void verify();
    void exportTo(const QString& path);

signals:
    void loaded(int entries);
    void verified(bool intact);
    void exported(bool ok);

private:
    void onLoaded(const QList<AuditEntry>& entries, const QString& error);
    void onVerified(const AuditReport& report);
    void onExported(const QString& path, int entries, const QString& error);
    void setStatus(const QString& text, bool problem);

    AsyncDraftStore* m_store;
    AuditLogModel* m_model;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_actor;
    QComboBox* m_action;
    QTableView* m_table;
    QLabel* m_status;
    QPushButton* m_verify;
    QPushButton* m_export;
    // Requests sent and not yet answered. The store answers in order on one thread, so only the answer
    // that brings this to zero is for the newest query; earlier ones (a filter changed while a read
    // was running, or Return in the staff field also pressing the default Show button) are dropped.
    int m_pendingLoads = 0;
    bool m_verifying = false;
    QString m_exporting;
};

} // namespace mtb
