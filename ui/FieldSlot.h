#pragma once

#include "FieldIssue.h"

#include <QWidget>

class QLabel;

namespace mtb {

// An editor with its validation message right underneath, so staff see what is wrong where they type.
class FieldSlot : public QWidget
{
    Q_OBJECT
public:
    FieldSlot(const QString& field, QWidget* editor, QWidget* parent = nullptr);

    QString field() const { return m_field; }
    QWidget* editor() const { return m_editor; }
    void showIssues(const QList<FieldIssue>& issues); // issues for this field only; empty clears
    QString messageText() const;

private:
    QString m_field;
    QWidget* m_editor;
    QLabel* m_message;
};

} // namespace mtb
