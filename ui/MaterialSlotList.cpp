#include "MaterialSlotList.h"

#include <QDropEvent>

namespace mtb {

MaterialSlotList::MaterialSlotList(const QString& material, QWidget* parent) : QListWidget(parent), m_material(material)
{
    setObjectName(QStringLiteral("pages_") + material);
    setViewMode(QListView::IconMode);
    setIconSize(QSize(96, 128));
    setGridSize(QSize(116, 168));
    setMovement(QListView::Snap);
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setResizeMode(QListView::Adjust);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setWordWrap(true);
}

QList<QUuid> MaterialSlotList::pageIds() const
{
    QList<QUuid> ids;
    for (int i = 0; i < count(); ++i)
        ids << item(i)->data(Qt::UserRole).toUuid();
    return ids;
}

void MaterialSlotList::dropEvent(QDropEvent* event)
{
    const QList<QUuid> before = pageIds();
    QListWidget::dropEvent(event);
    const QList<QUuid> after = pageIds();
    if (after != before && after.size() == before.size())
        emit reordered(m_material, after);
}

} // namespace mtb
