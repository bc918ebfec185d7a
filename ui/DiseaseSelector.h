#pragma once

#include "Application.h"

#include <QWidget>

class QCompleter;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStandardItemModel;

namespace mtb {

class Catalog;

// Choose one or more diseases from the catalogue. The search box takes a name, a code or pinyin
// initials ("gxy" -> 高血压病); Enter adds the best match. Each chosen disease is its own line.
class DiseaseSelector : public QWidget
{
    Q_OBJECT
public:
    explicit DiseaseSelector(const Catalog& catalog, QWidget* parent = nullptr);

    QList<DiseaseLine> lines() const { return m_lines; }
    void setLines(const QList<DiseaseLine>& lines);
    void setEnglish(bool english);
    void setReadOnly(bool readOnly);
    QLineEdit* searchBox() const { return m_search; }
    QListWidget* listWidget() const { return m_list; }
    void retranslate();

signals:
    void linesCommitted(); // a disease was added or removed by the user

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateSuggestions(const QString& text);
    void addByCode(const QString& code);
    void removeSelected();
    void refreshList();

    const Catalog& m_catalog;
    bool m_english = false;
    QList<DiseaseLine> m_lines;
    QLineEdit* m_search;
    QCompleter* m_completer;
    QStandardItemModel* m_suggestions;
    QListWidget* m_list;
    QPushButton* m_remove;
};

} // namespace mtb
