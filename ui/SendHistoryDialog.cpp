#include "SendHistoryDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mtb {

namespace {
QString outcomeText(const QString& outcome)
{
    if (outcome == u"ok")
        return SendHistoryDialog::tr("done");
    if (outcome == u"retry")
        return SendHistoryDialog::tr("will retry");
    if (outcome == u"needs_staff")
        return SendHistoryDialog::tr("needs staff");
    if (outcome == u"needs_login")
        return SendHistoryDialog::tr("needs sign-in");
    return outcome;
}
} // namespace

SendHistoryDialog::SendHistoryDialog(const QList<SendAttempt>& attempts, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("sendHistory"));
    setWindowTitle(tr("Sending history"));
    auto* table = new QTableWidget(int(attempts.size()), 7, this);
    table->setObjectName(QStringLiteral("attemptsTable"));
    table->setHorizontalHeaderLabels({tr("Time"), tr("Revision"), tr("Step"), tr("Result"), tr("HTTP"), tr("Error"),
                                      tr("Request ID / detail")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < attempts.size(); ++row) {
        const SendAttempt& a = attempts.at(row);
        const QStringList cells{QLocale().toString(a.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                QString::number(a.revision),
                                a.step,
                                outcomeText(a.outcome),
                                a.httpStatus ? QString::number(a.httpStatus) : QStringLiteral("—"),
                                a.errorCode,
                                a.detail.isEmpty() ? a.requestId : a.requestId + QStringLiteral(" · ") + a.detail};
        for (int c = 0; c < cells.size(); ++c)
            table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    table->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(900, 360);
}

} // namespace mtb
