#include "DiseaseSelector.h"

#include "Catalog.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace mtb {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
}

DiseaseSelector::DiseaseSelector(const Catalog& catalog, QWidget* parent)
    : QWidget(parent), m_catalog(catalog), m_search(new QLineEdit(this)), m_completer(new QCompleter(this)),
      m_suggestions(new QStandardItemModel(this)), m_list(new QListWidget(this)), m_remove(new QPushButton(this))
{
    m_search->setObjectName(QStringLiteral("diseaseSearch"));
    m_list->setObjectName(QStringLiteral("diseaseList"));
    m_remove->setObjectName(QStringLiteral("diseaseRemove"));
    m_completer->setObjectName(QStringLiteral("diseaseCompleter"));
    m_completer->setModel(m_suggestions);
    // The catalogue does the matching (code, pinyin initials, name); the completer only shows it.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(m_search);
    m_completer->setMaxVisibleItems(10);
    m_list->setMaximumHeight(90);
    m_list->setFocusPolicy(Qt::ClickFocus);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_search, 1);
    row->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_list);

    connect(m_search, &QLineEdit::textEdited, this, &DiseaseSelector::updateSuggestions);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { addByCode(index.data(kCodeRole).toString()); });
    connect(m_remove, &QPushButton::clicked, this, &DiseaseSelector::removeSelected);
    m_search->installEventFilter(this);
    m_list->installEventFilter(this);
    retranslate();
}

void DiseaseSelector::retranslate()
{
    m_search->setPlaceholderText(tr("Type a name, code or pinyin initials (e.g. gxy), then Enter"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected disease (Delete)"));
    refreshList();
}

void DiseaseSelector::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DiseaseSelector::setEnglish(bool english)
{
    m_english = english;
    refreshList();
}

void DiseaseSelector::setReadOnly(bool readOnly)
{
    m_search->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly);
}

void DiseaseSelector::setLines(const QList<DiseaseLine>& lines)
{
    m_lines = lines;
    refreshList();
}

void DiseaseSelector::refreshList()
{
    m_list->clear();
    for (const DiseaseLine& line : m_lines) {
        const Disease* d = m_catalog.disease(line.code);
        const QString name = d ? d->displayName(m_english) : line.name;
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(line.code, name), m_list);
        item->setData(kCodeRole, line.code);
    }
}

void DiseaseSelector::updateSuggestions(const QString& text)
{
    m_suggestions->clear();
    if (text.trimmed().isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    for (const Disease* d : m_catalog.searchDiseases(text, 12)) {
        auto* item = new QStandardItem(QStringLiteral("%1  %2").arg(d->code, d->displayName(m_english)));
        item->setData(d->code, kCodeRole);
        m_suggestions->appendRow(item);
    }
    if (m_suggestions->rowCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void DiseaseSelector::addByCode(const QString& code)
{
    const Disease* d = m_catalog.disease(code);
    m_search->clear();
    m_suggestions->clear();
    if (!d)
        return;
    for (const DiseaseLine& line : m_lines) {
        if (line.code == code)
            return; // already chosen: adding twice would only create a duplicate line
    }
    m_lines.append({d->code, d->name});
    refreshList();
    emit linesCommitted();
}

void DiseaseSelector::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_lines.size())
        return;
    m_lines.removeAt(row);
    refreshList();
    emit linesCommitted();
}

bool DiseaseSelector::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_search && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            // Enter without picking from the popup takes the best match; on an empty box it moves on.
            if (m_search->text().trimmed().isEmpty())
                return false;
            const auto matches = m_catalog.searchDiseases(m_search->text(), 1);
            if (!matches.isEmpty())
                addByCode(matches.first()->code);
            m_completer->popup()->hide();
            return true;
        }
        if (watched == m_list && key->key() == Qt::Key_Delete && m_remove->isEnabled()) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace mtb
