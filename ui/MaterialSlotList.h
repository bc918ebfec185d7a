#pragma once

#include <QListWidget>
#include <QUuid>

namespace mtb {

// The pages of one material slot as thumbnails in reading order. Drag to reorder; the new order is
// reported (not applied) so that it goes through the undo stack like every other edit.
class MaterialSlotList : public QListWidget
{
    Q_OBJECT
public:
    explicit MaterialSlotList(const QString& material, QWidget* parent = nullptr);
    QString material() const { return m_material; }
    QList<QUuid> pageIds() const;

signals:
    void reordered(const QString& material, const QList<QUuid>& newOrder);

protected:
    void dropEvent(QDropEvent* event) override;

private:
    QString m_material;
};

} // namespace mtb
