#include "ApplicationFilterModel.h"

#include "ApplicationListModel.h"

namespace mtb {

ApplicationFilterModel::ApplicationFilterModel(ApplicationListModel* source, QObject* parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    setSortRole(ApplicationListModel::SortRole);
    setDynamicSortFilter(true);
}

void ApplicationFilterModel::setListKind(ListKind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void ApplicationFilterModel::setSearchText(const QString& text)
{
    const QString normalized = text.trimmed();
    if (normalized == m_search)
        return;
    m_search = normalized;
    invalidateFilter();
}

bool ApplicationFilterModel::belongsTo(const DraftSummary& s, ListKind kind)
{
    if (kind == ListKind::Trash)
        return s.inTrash();
    if (s.inTrash())
        return false;
    switch (kind) {
    case ListKind::Drafts:
        return s.state == LocalState::Draft;
    case ListKind::Ready:
        return s.state == LocalState::Ready || s.state == LocalState::SendFailed ||
               s.state == LocalState::RejectedByServer;
    case ListKind::Submitted:
        return s.state == LocalState::Sending || s.state == LocalState::Sent;
    case ListKind::All:
    case ListKind::Trash:
        return true;
    }
    return true;
}

bool ApplicationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const DraftSummary* s = m_source->summaryAt(sourceRow);
    if (!s || !belongsTo(*s, m_kind))
        return false;
    if (m_search.isEmpty())
        return true;
    // Reading the summary directly keeps a keystroke over 10,000 rows to plain string scans.
    return s->psnName.contains(m_search, Qt::CaseInsensitive) || s->certno.contains(m_search, Qt::CaseInsensitive) ||
           s->tel.contains(m_search) || s->applicationNumber.contains(m_search, Qt::CaseInsensitive) ||
           s->diseaseNames.contains(m_search);
}

} // namespace mtb
