#include "KeyboardInput.h"

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QTest>
#include <QWidget>

namespace mtb::test {

void typeText(QWidget* widget, const QString& text)
{
    QString pending;
    auto commitPending = [&] {
        if (pending.isEmpty())
            return;
        QInputMethodEvent event;
        event.setCommitString(pending);
        QCoreApplication::sendEvent(widget->focusProxy() ? widget->focusProxy() : widget, &event);
        pending.clear();
    };
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            commitPending();
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            pending += c;
        }
    }
    commitPending();
}

} // namespace mtb::test
