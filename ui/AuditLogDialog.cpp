#include "AuditLogDialog.h"

#include "AsyncDraftStore.h"
#include "AuditAction.h"
#include "AuditLogModel.h"
#include "AuditVerifier.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mtb {

AuditLogDialog::AuditLogDialog(AsyncDraftStore* store, QWidget* parent)
    : QDialog(parent), m_store(store), m_model(new AuditLogModel(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_actor(new QLineEdit(this)), m_action(new QComboBox(this)),
      m_table(new QTableView(this)), m_status(new QLabel(this)),
      m_verify(new QPushButton(tr("Verify the chain"), this)), m_export(new QPushButton(tr("Export…"), this))
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit log"));
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_verify->setObjectName(QStringLiteral("auditVerify"));
    m_export->setObjectName(QStringLiteral("auditExport"));

    for (QDateEdit* date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setDate(QDate::currentDate().addDays(-30));
    m_to->setDate(QDate::currentDate());
    m_actor->setPlaceholderText(tr("Any staff account"));
    m_actor->setClearButtonEnabled(true);
    m_action->addItem(tr("Any action"), QString());
    for (const QString& key : AuditAction::all())
        m_action->addItem(AuditLogModel::actionName(key), key);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_status->setWordWrap(true);

    auto* filters = new QHBoxLayout;
    auto* filterForm = new QFormLayout;
    filterForm->addRow(tr("From"), m_from);
    filterForm->addRow(tr("To"), m_to);
    auto* filterForm2 = new QFormLayout;
    filterForm2->addRow(tr("Staff account"), m_actor);
    filterForm2->addRow(tr("Action"), m_action);
    auto* show = new QPushButton(tr("Show"), this);
    show->setObjectName(QStringLiteral("auditShow"));
    show->setDefault(true);
    filters->addLayout(filterForm);
    filters->addLayout(filterForm2);
    filters->addWidget(show, 0, Qt::AlignBottom);
    filters->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_verify, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1100, 640);

    connect(show, &QPushButton::clicked, this, &AuditLogDialog::reload);
    connect(m_actor, &QLineEdit::returnPressed, this, &AuditLogDialog::reload);
    connect(m_verify, &QPushButton::clicked, this, &AuditLogDialog::verify);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the audit log"),
            QDir::home().filePath(
                QStringLiteral("audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))),
            tr("CSV (*.csv);;JSON (*.json)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_store, &AsyncDraftStore::auditEntriesLoaded, this, &AuditLogDialog::onLoaded);
    connect(m_store, &AsyncDraftStore::auditVerified, this, &AuditLogDialog::onVerified);
    connect(m_store, &AsyncDraftStore::auditExported, this, &AuditLogDialog::onExported);
    reload();
}

AuditQuery AuditLogDialog::query() const
{
    AuditQuery q;
    q.from = m_from->date().startOfDay();
    q.to = m_to->date().addDays(1).startOfDay();
    q.actor = m_actor->text().trimmed();
    q.action = m_action->currentData().toString();
    return q;
}

void AuditLogDialog::reload()
{
    AuditQuery q = query();
    q.limit = kShownEntries;
    ++m_pendingLoads;
    setStatus(tr("Reading the audit log…"), false);
    m_store->requestAuditEntries(q);
}

void AuditLogDialog::verify()
{
    m_verifying = true;
    m_verify->setEnabled(false);
    setStatus(tr("Checking every entry of the audit log…"), false);
    m_store->verifyAudit();
}

void AuditLogDialog::exportTo(const QString& path)
{
    m_exporting = path;
    m_export->setEnabled(false);
    m_store->exportAudit(query(), path);
}

void AuditLogDialog::onLoaded(const QList<AuditEntry>& entries, const QString& error)
{
    if (m_pendingLoads == 0)
        return; // another window asked
    if (--m_pendingLoads > 0)
        return; // an answer to an older query: the newest one is still coming
    m_model->setEntries(entries);
    m_table->resizeColumnsToContents();
    m_table->scrollToBottom();
    if (!error.isEmpty())
        setStatus(tr("The audit log could not be read: %1").arg(error), true);
    else if (entries.size() >= kShownEntries)
        setStatus(tr("Showing the newest %1 entries of this period; narrow the filter or export to see all.")
                      .arg(kShownEntries),
                  false);
    else
        setStatus(tr("%n entries.", nullptr, int(entries.size())), false);
    emit loaded(int(entries.size()));
}

void AuditLogDialog::onVerified(const AuditReport& report)
{
    if (!m_verifying)
        return;
    m_verifying = false;
    m_verify->setEnabled(true);
    setStatus(report.message(), !report.intact() || !report.headChecked);
    emit verified(report.intact() && report.headChecked);
}

void AuditLogDialog::onExported(const QString& path, int entries, const QString& error)
{
    if (path != m_exporting)
        return;
    m_exporting.clear();
    m_export->setEnabled(true);
    if (error.isEmpty())
        setStatus(tr("%n entries exported to %1.", nullptr, entries).arg(QDir::toNativeSeparators(path)),
                  false);
    else
        setStatus(tr("The export failed: %1").arg(error), true);
    emit exported(error.isEmpty());
}

void AuditLogDialog::setStatus(const QString& text, bool problem)
{
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b3261e; font-weight: bold;") : QString());
    m_status->setText(text);
}

} // namespace mtb
