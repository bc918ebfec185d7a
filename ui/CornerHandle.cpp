#include "CornerHandle.h"

#include "PageEditorDialog.h"

#include <QBrush>
#include <QGraphicsSceneMouseEvent>
#include <QPen>

namespace mtb {

CornerHandle::CornerHandle(int index, PageEditorDialog* editor)
    : QGraphicsEllipseItem(-9, -9, 18, 18), m_index(index), m_editor(editor)
{
    setFlags(ItemIsMovable | ItemSendsGeometryChanges | ItemIgnoresTransformations);
    setBrush(QColor(0x1a, 0x73, 0xe8, 160));
    setPen(QPen(Qt::white, 2));
    setZValue(10);
    setCursor(Qt::SizeAllCursor);
}

QVariant CornerHandle::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionHasChanged)
        m_editor->handleMoved(m_index, m_dragging);
    return QGraphicsEllipseItem::itemChange(change, value);
}

void CornerHandle::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    m_dragging = true;
    QGraphicsEllipseItem::mousePressEvent(event);
}

void CornerHandle::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    QGraphicsEllipseItem::mouseReleaseEvent(event);
    m_dragging = false;
    m_editor->handleMoved(m_index, false);
}

} // namespace mtb
