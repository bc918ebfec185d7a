#pragma once

#include "PageRecord.h"

#include <QUndoCommand>
#include <optional>

namespace mtb {

class AsyncDraftStore;

// Page edits as undoable commands. Image files are immutable and named by their hash, so undoing an
// edit only has to put the previous record back: its processed image is still in the blob store.

// Adds a page (before = nullopt) or replaces it with a new state (rotation, corners, mode, slot, override).
class SavePageCommand : public QUndoCommand
{
public:
    SavePageCommand(AsyncDraftStore* store, std::optional<PageRecord> before, PageRecord after, const QString& text);
    void redo() override;
    void undo() override;

private:
    AsyncDraftStore* m_store;
    std::optional<PageRecord> m_before;
    PageRecord m_after;
};

class RemovePageCommand : public QUndoCommand
{
public:
    RemovePageCommand(AsyncDraftStore* store, PageRecord page, const QString& text);
    void redo() override;
    void undo() override;

private:
    AsyncDraftStore* m_store;
    PageRecord m_page;
};

// A new order of the pages of one material slot (drag and drop).
class ArrangePagesCommand : public QUndoCommand
{
public:
    ArrangePagesCommand(AsyncDraftStore* store, QUuid application, QString material, QList<QUuid> before,
                        QList<QUuid> after, const QString& text);
    void redo() override;
    void undo() override;

private:
    AsyncDraftStore* m_store;
    QUuid m_application;
    QString m_material;
    QList<QUuid> m_before;
    QList<QUuid> m_after;
};

} // namespace mtb
