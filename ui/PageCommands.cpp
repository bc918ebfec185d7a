#include "PageCommands.h"

#include "AsyncDraftStore.h"

namespace mtb {

SavePageCommand::SavePageCommand(AsyncDraftStore* store, std::optional<PageRecord> before, PageRecord after,
                                 const QString& text)
    : QUndoCommand(text), m_store(store), m_before(std::move(before)), m_after(std::move(after))
{
}

void SavePageCommand::redo() { m_store->savePage(m_after); }

void SavePageCommand::undo()
{
    if (m_before)
        m_store->savePage(*m_before);
    else
        m_store->removePage(m_after.applicationUuid, m_after.id);
}

RemovePageCommand::RemovePageCommand(AsyncDraftStore* store, PageRecord page, const QString& text)
    : QUndoCommand(text), m_store(store), m_page(std::move(page))
{
}

void RemovePageCommand::redo() { m_store->removePage(m_page.applicationUuid, m_page.id); }
void RemovePageCommand::undo() { m_store->savePage(m_page); }

ArrangePagesCommand::ArrangePagesCommand(AsyncDraftStore* store, QUuid application, QString material,
                                         QList<QUuid> before, QList<QUuid> after, const QString& text)
    : QUndoCommand(text), m_store(store), m_application(application), m_material(std::move(material)),
      m_before(std::move(before)), m_after(std::move(after))
{
}

void ArrangePagesCommand::redo() { m_store->arrangePages(m_application, m_material, m_after); }
void ArrangePagesCommand::undo() { m_store->arrangePages(m_application, m_material, m_before); }

} // namespace mtb
