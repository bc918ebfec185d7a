#include "FieldSlot.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mtb {

FieldSlot::FieldSlot(const QString& field, QWidget* editor, QWidget* parent)
    : QWidget(parent), m_field(field), m_editor(editor), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("slot_") + field);
    m_message->setObjectName(QStringLiteral("message_") + field);
    m_message->setWordWrap(true);
    // Messages may come from the central service (422 field errors): shown as text, never as HTML.
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    layout->addWidget(m_message);
}

void FieldSlot::showIssues(const QList<FieldIssue>& issues)
{
    if (issues.isEmpty()) {
        m_message->clear();
        m_message->hide();
        m_editor->setProperty("issue", QVariant());
        return;
    }
    bool error = false;
    QStringList lines;
    for (const FieldIssue& i : issues) {
        error = error || i.severity == FieldIssue::Severity::Error;
        lines << i.message;
    }
    // Colour is not the only signal: errors and warnings also differ by their leading mark.
    m_message->setText((error ? QStringLiteral("✖ ") : QStringLiteral("⚠ ")) + lines.join(QStringLiteral("\n")));
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #8a5a00;"));
    m_message->show();
}

QString FieldSlot::messageText() const { return m_message->isVisible() ? m_message->text() : QString(); }

} // namespace mtb
