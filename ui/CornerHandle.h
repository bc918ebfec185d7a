#pragma once

#include <QGraphicsEllipseItem>

namespace mtb {

class PageEditorDialog;

// A draggable page corner. It keeps its on-screen size whatever the zoom, and reports moves.
class CornerHandle : public QGraphicsEllipseItem
{
public:
    CornerHandle(int index, PageEditorDialog* editor);
    int index() const { return m_index; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    int m_index;
    PageEditorDialog* m_editor;
    bool m_dragging = false;
};

} // namespace mtb
