#pragma once

#include "Application.h"
#include "CapturedPage.h"
#include "PageRecord.h"

#include <QHash>
#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QUndoStack;
class QVBoxLayout;
class QListWidgetItem;

namespace mtb {

class AsyncDraftStore;
class BlobStore;
class Catalog;
class KeyRing;
class MaterialSlotList;
class PageProcessor;
class ThumbnailLoader;

// The application's materials (申请材料): one slot per material type with its pages. Adds pages from
// files (images, multi-page TIFF, PDF), shows each page's quality-gate result, and lets staff correct
// pages (corners, rotation), reorder, move, delete and accept flagged pages with a reason — all undoable.
class MaterialsPanel : public QWidget
{
    Q_OBJECT
public:
    MaterialsPanel(const Catalog& catalog, AsyncDraftStore* store, PageProcessor* processor,
                   const QString& dataDir, std::shared_ptr<const KeyRing> keys, QWidget* parent = nullptr);

    void setApplication(const Application& application); // an empty uuid clears the panel
    QList<PageRecord> pages() const { return m_pages; }
    QUndoStack* undoStack() const { return m_undo; }
    void setEnglish(bool english);
    void setOperator(const QString& name) { m_operator = name; }
    // Called before pages are added, so the application row exists before its pages reference it.
    void setBeforeImport(std::function<void()> callback) { m_beforeImport = std::move(callback); }
    void showMessage(const QString& text); // e.g. what "mark ready" found missing

    // Used by the buttons and tests: add files to a slot; everything else happens in the background.
    void addFiles(const QString& material, const QStringList& files);
    // Camera captures, in memory: imported like files, stored encrypted, never written as plaintext.
    void addCaptures(const QString& material, const QList<CapturedPage>& pages);
    void addFolder(const QString& material, const QString& folder); // every supported file, by name
    void retake(const QUuid& pageId, const QString& file);          // replace a page, undoable
    void captureFromCamera(const QString& material);                // the 高拍仪 or a webcam
    void rotate(const QUuid& pageId, int quarterTurns);
    void moveToMaterial(const QUuid& pageId, const QString& material);
    void removePage(const QUuid& pageId);
    // approvedBy: who approved the override (a supervisor); empty records the operator's name.
    void acceptDespiteIssues(const QUuid& pageId, const QString& reason, const QString& approvedBy = {});
    // How "Accept despite the problem…" gets a reason and an approval: it calls `done` with both, or
    // not at all. Unset, it only asks for the reason (windows without a signed-in staff member).
    using OverrideApproval = std::function<void(
        QWidget* parent, std::function<void(const QString& reason, const QString& approvedBy)> done)>;
    void setOverrideApproval(OverrideApproval approval) { m_overrideApproval = std::move(approval); }
    void applyCorrection(const PageRecord& corrected); // from the page editor
    void exportMaterialPdf(const QString& material, const QString& path);
    const PageRecord* page(const QUuid& pageId) const;
    std::shared_ptr<const BlobStore> blobs() const { return m_blobs; } // pages' images, encrypted

signals:
    void pagesChanged(int count);
    void exportFinished(const QString& path, const QString& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void startImport(const QString& material, const QStringList& files, const QList<CapturedPage>& captures);
    void rebuildSlots();
    void refreshPages();
    void retranslate();
    void onPagesChanged(const QUuid& application, const QList<PageRecord>& pages);
    void onPageReady(const PageRecord& page, bool imported);
    void showContextMenu(MaterialSlotList* list, const QPoint& pos);
    void openEditor(const QUuid& pageId);
    void updateItemIcon(QListWidgetItem* item, const PageRecord& page);
    QString materialName(const QString& code) const;

    const Catalog& m_catalog;
    AsyncDraftStore* m_store;
    PageProcessor* m_processor;
    std::shared_ptr<const BlobStore> m_blobs;
    ThumbnailLoader* m_thumbnails;
    QUndoStack* m_undo;
    Application m_application;
    QList<PageRecord> m_pages;
    QHash<QUuid, PageRecord> m_beforeReprocess; // edits waiting for their new image
    QString m_operator;
    std::function<void()> m_beforeImport;
    OverrideApproval m_overrideApproval;
    bool m_english = false;

    QLabel* m_hint = nullptr;
    QWidget* m_progressRow = nullptr;
    QLabel* m_progressText = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_errors = nullptr;
    QPushButton* m_undoButton = nullptr;
    QPushButton* m_redoButton = nullptr;
    QVBoxLayout* m_slotsLayout = nullptr;
    QHash<QString, MaterialSlotList*> m_lists;
    QHash<QString, QLabel*> m_slotTitles;
    QHash<QString, QPushButton*> m_addButtons;
    QHash<QString, QPushButton*> m_folderButtons;
    QHash<QString, QPushButton*> m_cameraButtons;
    QHash<QString, QPushButton*> m_exportButtons;
    QHash<QString, QPair<QString, QString>> m_pendingExports; // path -> (application, audit detail)
};

} // namespace mtb
