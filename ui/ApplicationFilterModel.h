#pragma once

#include <QSortFilterProxyModel>

namespace mtb {

class ApplicationListModel;
struct DraftSummary;

// Narrows the applications table to one navigation list (草稿 / 待提交 / 已提交 / 全部 / 回收站) and to
// the search text, matched against the full name, ID number, phone and application number.
class ApplicationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class ListKind { Drafts, Ready, Submitted, All, Trash };

    explicit ApplicationFilterModel(ApplicationListModel* source, QObject* parent = nullptr);

    void setListKind(ListKind kind);
    ListKind listKind() const { return m_kind; }
    void setSearchText(const QString& text);

    static bool belongsTo(const DraftSummary& summary, ListKind kind);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    ApplicationListModel* m_source;
    ListKind m_kind = ListKind::Drafts;
    QString m_search;
};

} // namespace mtb
