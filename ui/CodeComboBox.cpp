#include "CodeComboBox.h"

#include <QCompleter>
#include <QLineEdit>

namespace mtb {

CodeComboBox::CodeComboBox(QWidget* parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    setMaxVisibleItems(15);
    // Size to a sensible width, not to the longest entry: long English names would squeeze the form.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(10);
    connect(this, qOverload<int>(&QComboBox::activated), this, [this](int) { emit codeCommitted(currentCode()); });
    // Leaving the box with text that matches no entry goes back to the chosen entry, never half-typed.
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const int match = findText(currentText(), Qt::MatchFixedString);
        if (match >= 0 && match != currentIndex()) {
            setCurrentIndex(match);
            lineEdit()->setCursorPosition(0);
            emit codeCommitted(currentCode());
        } else if (match < 0) {
            setCurrentIndex(currentIndex());
            lineEdit()->setText(itemText(currentIndex()));
        }
    });
}

QList<CodeComboBox::Item> CodeComboBox::fromEntries(const QList<CodeEntry>& entries, bool english)
{
    QList<Item> items;
    for (const CodeEntry& e : entries)
        items.append({e.code, e.displayName(english)});
    return items;
}

void CodeComboBox::setItems(const QList<Item>& items)
{
    const QString keep = currentCode();
    const QSignalBlocker blocker(this);
    clear();
    addItem(QString(), QString());
    for (const Item& i : items)
        addItem(i.label, i.code);
    setCurrentCode(keep);
}

QString CodeComboBox::currentCode() const { return currentData().toString(); }

void CodeComboBox::setCurrentCode(const QString& code)
{
    const QSignalBlocker blocker(this);
    const int index = findData(code);
    setCurrentIndex(index >= 0 ? index : 0);
    lineEdit()->setCursorPosition(0); // show the start of a long name, not its end
}

} // namespace mtb
