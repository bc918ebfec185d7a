#include "EnterKeyNavigator.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QKeyEvent>
#include <QWidget>

namespace mtb {

void EnterKeyNavigator::watch(QWidget* editor) { editor->installEventFilter(this); }

bool EnterKeyNavigator::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter) || key->modifiers() & Qt::ControlModifier)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget)
        return false;
    // An open completer or combo popup needs Enter to pick its entry.
    if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        if (combo->view()->isVisible())
            return false;
    }
    // Moving the focus commits the value: line edits, date edits and combo boxes all emit
    // editingFinished when they lose focus.
    // Walk the tab chain ourselves: a date edit would otherwise use Tab to step between its sections.
    for (QWidget* next = widget->nextInFocusChain(); next && next != widget; next = next->nextInFocusChain()) {
        if ((next->focusPolicy() & Qt::TabFocus) && next->isVisible() && next->isEnabled() &&
            !widget->isAncestorOf(next) && next->focusProxy() == nullptr) {
            next->setFocus(Qt::TabFocusReason);
            break;
        }
    }
    return true;
}

} // namespace mtb
