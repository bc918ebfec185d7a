#include "ApplicationListModel.h"

#include "Privacy.h"
#include "RemoteStatus.h"

#include <QLocale>

namespace mtb {

ApplicationListModel::ApplicationListModel(QObject* parent) : QAbstractTableModel(parent) {}

QString ApplicationListModel::stateName(LocalState state)
{
    switch (state) {
    case LocalState::Draft:
        return tr("Draft");
    case LocalState::Ready:
        return tr("Ready to submit");
    case LocalState::Sending:
        return tr("Sending");
    case LocalState::Sent:
        return tr("Submitted");
    case LocalState::SendFailed:
        return tr("Sending failed");
    case LocalState::RejectedByServer:
        return tr("Needs correction");
    }
    return {};
}

void ApplicationListModel::setRows(const QVector<DraftSummary>& rows)
{
    beginResetModel();
    m_rows = rows;
    reindex();
    endResetModel();
}

void ApplicationListModel::reindex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).uuid, i);
}

void ApplicationListModel::upsert(const DraftSummary& summary)
{
    const int row = rowOf(summary.uuid);
    if (row < 0) {
        beginInsertRows({}, m_rows.size(), m_rows.size());
        m_rows.append(summary);
        m_rowOf.insert(summary.uuid, m_rows.size() - 1);
        endInsertRows();
        return;
    }
    DraftSummary updated = summary;
    updated.deletedAt = m_rows.at(row).deletedAt; // a save never changes the trash flag
    m_rows[row] = updated;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ApplicationListModel::setInTrash(const QUuid& uuid, bool inTrash)
{
    const int row = rowOf(uuid);
    if (row < 0)
        return;
    m_rows[row].deletedAt = inTrash ? QDateTime::currentDateTimeUtc() : QDateTime();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const DraftSummary* ApplicationListModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ApplicationListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_rows.size(); }

int ApplicationListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ApplicationListModel::data(const QModelIndex& index, int role) const
{
    const DraftSummary* s = summaryAt(index.row());
    if (!s)
        return {};
    if (role == UuidRole)
        return s->uuid;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Name:
            return s->psnName.isEmpty() && role == Qt::DisplayRole ? tr("(no name yet)") : s->psnName;
        case CertNo:
            return role == SortRole ? s->certno : maskIdNumber(s->certno);
        case Phone:
            return role == SortRole ? s->tel : maskPhone(s->tel);
        case Diseases:
            return s->diseaseNames;
        case State:
            if (role == SortRole)
                return int(s->state);
            // Once the service has it, its review status is what staff need to see.
            return s->remoteStatus.isEmpty() ? stateName(s->state) : remoteStatusName(s->remoteStatus);
        case ApplicationNumber:
            return s->applicationNumber;
        case Updated:
            if (role == SortRole)
                return s->updatedAt;
            return QLocale().toString(s->updatedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
        }
    }
    if (role == Qt::ToolTipRole && index.column() == CertNo)
        return tr("ID numbers are masked in the list; open the application to see it in full.");
    return {};
}

QVariant ApplicationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Applicant");
    case CertNo:
        return tr("ID number");
    case Phone:
        return tr("Phone");
    case Diseases:
        return tr("Diseases");
    case State:
        return tr("Status");
    case ApplicationNumber:
        return tr("Application no.");
    case Updated:
        return tr("Last change");
    }
    return {};
}

} // namespace mtb
