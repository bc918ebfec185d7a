#pragma once

#include <QObject>

namespace mtb {

// Counter staff expect Enter to move to the next field, as on the paper-form terminals they know.
// Installed on a form, it turns Return/Enter in line edits, combo boxes and date edits into Tab.
class EnterKeyNavigator : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void watch(QWidget* editor);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace mtb
