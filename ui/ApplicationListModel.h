#pragma once

#include "DraftSummary.h"
#include "RetentionPolicy.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

#include <functional>

namespace mtb {

// The applications table: one row per application, from DraftSummary rows loaded off the GUI
// thread. ID and phone numbers are masked for display but searched in full (SearchTextRole).
// Unsent work untouched for the site's number of days (RetentionPolicy) is marked, so that forgotten
// drafts are finished, sent or discarded rather than kept on the PC indefinitely.
class ApplicationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, CertNo, Phone, Diseases, State, ApplicationNumber, Updated, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, UuidRole, StaleRole };

    explicit ApplicationListModel(QObject* parent = nullptr);

    void setRows(const QVector<DraftSummary>& rows);
    void upsert(const DraftSummary& summary);
    void setInTrash(const QUuid& uuid, bool inTrash);
    const DraftSummary* summaryAt(int row) const;
    int rowOf(const QUuid& uuid) const { return m_rowOf.value(uuid, -1); }

    void setRetention(const RetentionPolicy& policy);
    void setClock(std::function<QDateTime()> now); // tests move time; default: the system clock
    bool isStale(int row) const;
    int staleCount() const;
    void refreshStale(); // time has passed: re-mark the rows

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString stateName(LocalState state);

private:
    void reindex();
    QVector<DraftSummary> m_rows;
    QHash<QUuid, int> m_rowOf;
    RetentionPolicy m_retention;
    std::function<QDateTime()> m_now;
};

} // namespace mtb
