#include "OptionalDateEdit.h"

#include <QKeyEvent>

namespace mtb {

namespace {
const QDate kEmpty(1900, 1, 1);
}

OptionalDateEdit::OptionalDateEdit(QWidget* parent) : QDateEdit(parent)
{
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setCalendarPopup(true);
    setMinimumDate(kEmpty);
    setMaximumDate(QDate(2100, 12, 31));
    setSpecialValueText(QStringLiteral(" "));
    setDate(kEmpty);
}

QDate OptionalDateEdit::optionalDate() const { return date() == kEmpty ? QDate() : date(); }

void OptionalDateEdit::setOptionalDate(const QDate& date) { setDate(date.isValid() ? date : kEmpty); }

void OptionalDateEdit::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && date() == kEmpty) {
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::ControlModifier) {
        setDate(kEmpty);
        emit editingFinished();
        event->accept();
        return;
    }
    // Typing into an empty date starts from today with the year selected, so "20240315" typed
    // straight through fills year, month and day (the edit moves on when a section is full).
    if (date() == kEmpty && event->text().size() == 1 && event->text().at(0).isDigit()) {
        setDate(QDate::currentDate());
        setCurrentSection(QDateTimeEdit::YearSection);
        setSelectedSection(QDateTimeEdit::YearSection);
    }
    QDateEdit::keyPressEvent(event);
}

} // namespace mtb
