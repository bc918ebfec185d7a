#pragma once

#include "AuditEntry.h"

#include <QAbstractTableModel>

namespace mtb {

// Audit entries as a table for the supervisor's audit log view: times in local time, actions by name.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Seq, Time, Staff, Role, Site, Action, Object, Detail, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<AuditEntry>& entries);
    const QList<AuditEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The translated name of an action key (AuditAction); unknown keys are shown as they are.
    static QString actionName(const QString& key);

private:
    QList<AuditEntry> m_entries;
};

} // namespace mtb
