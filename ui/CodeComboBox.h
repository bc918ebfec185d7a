#pragma once

#include "Catalog.h"

#include <QComboBox>

namespace mtb {

// A combo box of catalogue codes: shows names in the UI language, stores the code. The first item is
// "not chosen". Typing filters by any part of the label, so a long list is quick from the keyboard.
class CodeComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit CodeComboBox(QWidget* parent = nullptr);

    struct Item
    {
        QString code;
        QString label;
    };
    void setItems(const QList<Item>& items); // keeps the current code when it is still offered
    QString currentCode() const;
    void setCurrentCode(const QString& code);

    static QList<Item> fromEntries(const QList<CodeEntry>& entries, bool english);

signals:
    void codeCommitted(const QString& code); // the user chose an entry (not programmatic changes)
};

} // namespace mtb
