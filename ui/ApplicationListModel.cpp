#include "ApplicationListModel.h"

#include "Privacy.h"
#include "RemoteStatus.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace mtb {

ApplicationListModel::ApplicationListModel(QObject* parent)
    : QAbstractTableModel(parent), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

void ApplicationListModel::setRetention(const RetentionPolicy& policy)
{
    m_retention = policy;
    refreshStale();
}

void ApplicationListModel::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    refreshStale();
}

bool ApplicationListModel::isStale(int row) const
{
    const DraftSummary* s = summaryAt(row);
    return s && m_retention.isStaleUnsent(*s, m_now());
}

int ApplicationListModel::staleCount() const
{
    const QDateTime now = m_now();
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [&](const DraftSummary& s) { return m_retention.isStaleUnsent(s, now); }));
}

void ApplicationListModel::refreshStale()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

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
    if (role == StaleRole)
        return isStale(index.row());
    if (role == Qt::BackgroundRole)
        return isStale(index.row()) ? QVariant(QColor(0xff, 0xf1, 0xc9)) : QVariant();
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
            if (!s->remoteStatus.isEmpty())
                return remoteStatusName(s->remoteStatus);
            if (isStale(index.row()))
                return tr("%1 · %n day(s) old", nullptr, m_retention.daysSinceChange(*s, m_now()))
                    .arg(stateName(s->state));
            return stateName(s->state);
        case ApplicationNumber:
            return s->applicationNumber;
        case Updated:
            if (role == SortRole)
                return s->updatedAt;
            return QLocale().toString(s->updatedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
        }
    }
    if (role == Qt::ToolTipRole && isStale(index.row()))
        return tr("Not sent and unchanged for %n day(s): finish and send it, or move it to the trash.", nullptr,
                  m_retention.daysSinceChange(*s, m_now()));
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
