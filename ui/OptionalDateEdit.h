#pragma once

#include <QDateEdit>

namespace mtb {

// A date edit that can also be empty: the minimum date stands for "not entered", shown blank.
// Staff type the digits (yyyy-MM-dd) or pick from the calendar; Delete clears the date.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    QDate optionalDate() const;
    void setOptionalDate(const QDate& date);

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace mtb
