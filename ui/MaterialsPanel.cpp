#include "MaterialsPanel.h"

#include "AsyncDraftStore.h"
#include "AuditAction.h"
#include "BlobStore.h"
#include "CameraCaptureDialog.h"
#include "Catalog.h"
#include "MaterialCheck.h"
#include "MaterialSlotList.h"
#include "PageBadge.h"
#include "PageCommands.h"
#include "PageEditorDialog.h"
#include "PageProcessor.h"
#include "QualityGate.h"
#include "ThumbnailLoader.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mtb {

namespace {
// "scan2.jpg" < "scan10.jpg": runs of digits compare by value (QCollator's numeric mode needs ICU).
bool naturalLess(const QString& a, const QString& b)
{
    int i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            int ei = i, ej = j;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            const qulonglong x = a.mid(i, ei - i).toULongLong(), y = b.mid(j, ej - j).toULongLong();
            if (x != y)
                return x < y;
            i = ei;
            j = ej;
            continue;
        }
        if (a.at(i) != b.at(j))
            return a.at(i).toLower() < b.at(j).toLower();
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

QualityIssue issueFromKey(const QString& key, bool* ok)
{
    for (QualityIssue i : {QualityIssue::Blur, QualityIssue::Glare, QualityIssue::CutOff,
                           QualityIssue::LowResolution, QualityIssue::TooDark, QualityIssue::Blank}) {
        if (qualityIssueKey(i) == key) {
            *ok = true;
            return i;
        }
    }
    *ok = false;
    return QualityIssue::Blur;
}
} // namespace

MaterialsPanel::MaterialsPanel(const Catalog& catalog, AsyncDraftStore* store, PageProcessor* processor,
                               const QString& dataDir, std::shared_ptr<const KeyRing> keys, QWidget* parent)
    : QWidget(parent), m_catalog(catalog), m_store(store), m_processor(processor),
      m_blobs(std::make_shared<const BlobStore>(dataDir, std::move(keys))),
      m_thumbnails(new ThumbnailLoader(m_blobs, this)), m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("materialsPanel"));
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);

    m_progressRow = new QWidget(this);
    m_progressRow->setObjectName(QStringLiteral("importProgress"));
    m_progressText = new QLabel(m_progressRow);
    m_progress = new QProgressBar(m_progressRow);
    m_cancel = new QPushButton(m_progressRow);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    auto* progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressText, 1);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancel);
    m_progressRow->hide();
    connect(m_cancel, &QPushButton::clicked, m_processor, &PageProcessor::cancel);

    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errors->hide();

    m_undoButton = new QPushButton(this);
    m_undoButton->setObjectName(QStringLiteral("pageUndo"));
    m_redoButton = new QPushButton(this);
    m_redoButton->setObjectName(QStringLiteral("pageRedo"));
    connect(m_undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoButton, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoButton, &QWidget::setEnabled);
    m_undoButton->setEnabled(false);
    m_redoButton->setEnabled(false);
    auto* undoAction = new QAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(undoAction, &QAction::triggered, m_undo, &QUndoStack::undo);
    addAction(undoAction);
    auto* redoAction = new QAction(this);
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(redoAction, &QAction::triggered, m_undo, &QUndoStack::redo);
    addAction(redoAction);

    auto* top = new QHBoxLayout;
    top->addWidget(m_hint, 1);
    top->addWidget(m_undoButton);
    top->addWidget(m_redoButton);

    auto* slotsHost = new QWidget;
    m_slotsLayout = new QVBoxLayout(slotsHost);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(slotsHost);
    scroll->setWidgetResizable(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_errors);
    layout->addWidget(scroll, 1);

    connect(m_store, &AsyncDraftStore::pagesChanged, this, &MaterialsPanel::onPagesChanged);
    connect(m_processor, &PageProcessor::pageReady, this, &MaterialsPanel::onPageReady);
    connect(m_processor, &PageProcessor::progress, this,
            [this](int fileIndex, int fileCount, const QString& name, int page, int pageCount) {
                m_progressRow->show();
                m_progress->setRange(0, fileCount * 100);
                m_progress->setValue(fileIndex * 100 + (pageCount > 0 ? page * 100 / pageCount : 0));
                m_progressText->setText(
                    pageCount > 1
                        ? tr("Processing %1 (page %2 of %3)…").arg(name).arg(page + 1).arg(pageCount)
                        : tr("Processing %1…").arg(name));
            });
    connect(m_processor, &PageProcessor::fileFailed, this, [this](const QString&, const QString& message) {
        m_errors->setText(m_errors->text().isEmpty() ? message : m_errors->text() + u'\n' + message);
        m_errors->show();
    });
    connect(m_processor, &PageProcessor::batchFinished, this, [this](bool cancelled, int added, int failed) {
        m_progressRow->hide();
        m_hint->setText(
            cancelled ? tr("Stopped: %n page(s) were added before you cancelled.", nullptr, added)
                      : tr("%n page(s) added.", nullptr, added) +
                            (failed ? u' ' + tr("%n file(s) could not be read (see above).", nullptr, failed)
                                    : QString()));
    });
    connect(m_processor, &PageProcessor::reprocessFailed, this,
            [this](const QUuid& id, const QString& message) {
                m_beforeReprocess.remove(id);
                m_errors->setText(message);
                m_errors->show();
            });
    connect(m_processor, &PageProcessor::exportFinished, this, &MaterialsPanel::exportFinished);
    connect(m_processor, &PageProcessor::exportFinished, this,
            [this](const QString& path, const QString& error) {
                const auto audit = m_pendingExports.take(path);
                if (error.isEmpty() && !audit.first.isEmpty())
                    m_store->audit(AuditAction::Export, audit.first, audit.second);
            });
    connect(m_thumbnails, &ThumbnailLoader::thumbnailReady, this, [this](const QString&) { refreshPages(); });

    rebuildSlots();
    retranslate();
}

QString MaterialsPanel::materialName(const QString& code) const
{
    for (const CodeEntry& e : m_catalog.materialTypes()) {
        if (e.code == code)
            return e.displayName(m_english);
    }
    return code;
}

void MaterialsPanel::rebuildSlots()
{
    for (const CodeEntry& m : m_catalog.materialTypes()) {
        auto* box = new QWidget;
        auto* title = new QLabel(box);
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
        auto* add = new QPushButton(box);
        add->setObjectName(QStringLiteral("addPages_") + m.code);
        auto* camera = new QPushButton(box);
        camera->setObjectName(QStringLiteral("camera_") + m.code);
        auto* folder = new QPushButton(box);
        folder->setObjectName(QStringLiteral("addFolder_") + m.code);
        auto* exportPdf = new QPushButton(box);
        exportPdf->setObjectName(QStringLiteral("exportPdf_") + m.code);
        auto* list = new MaterialSlotList(m.code, box);
        // Title on its own line: long English slot names must not push the buttons out of sight.
        auto* head = new QHBoxLayout;
        head->addWidget(camera);
        head->addWidget(add);
        head->addWidget(folder);
        head->addStretch(1);
        head->addWidget(exportPdf);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 6, 0, 6);
        v->addWidget(title);
        v->addLayout(head);
        v->addWidget(list);
        m_slotsLayout->addWidget(box);
        m_lists.insert(m.code, list);
        m_slotTitles.insert(m.code, title);
        m_addButtons.insert(m.code, add);
        m_folderButtons.insert(m.code, folder);
        m_cameraButtons.insert(m.code, camera);
        connect(camera, &QPushButton::clicked, this, [this, code = m.code] { captureFromCamera(code); });
        m_exportButtons.insert(m.code, exportPdf);
        const QString code = m.code;
        connect(add, &QPushButton::clicked, this, [this, code] {
            const QStringList files = QFileDialog::getOpenFileNames(
                this, tr("Add pages to %1").arg(materialName(code)), QString(),
                tr("Images and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.pdf);;All files (*)"));
            if (!files.isEmpty())
                addFiles(code, files);
        });
        connect(folder, &QPushButton::clicked, this, [this, code] {
            const QString dir = QFileDialog::getExistingDirectory(
                this, tr("Add a folder of scans to %1").arg(materialName(code)));
            if (!dir.isEmpty())
                addFolder(code, dir);
        });
        connect(exportPdf, &QPushButton::clicked, this, [this, code] {
            const QString path =
                QFileDialog::getSaveFileName(this, tr("Export %1 as PDF").arg(materialName(code)),
                                             materialName(code) + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
            if (!path.isEmpty())
                exportMaterialPdf(code, path);
        });
        connect(list, &MaterialSlotList::reordered, this,
                [this](const QString& material, const QList<QUuid>& order) {
                    QList<QUuid> before;
                    for (const PageRecord& p : std::as_const(m_pages)) {
                        if (p.material == material)
                            before << p.id;
                    }
                    m_undo->push(new ArrangePagesCommand(m_store, m_application.uuid, material, before, order,
                                                         tr("Reorder pages")));
                });
        connect(list, &QListWidget::itemDoubleClicked, this,
                [this](QListWidgetItem* item) { openEditor(item->data(Qt::UserRole).toUuid()); });
        connect(list, &QWidget::customContextMenuRequested, this,
                [this, list](const QPoint& pos) { showContextMenu(list, pos); });
    }
    m_slotsLayout->addStretch(1);
}

void MaterialsPanel::retranslate()
{
    m_cancel->setText(tr("Cancel"));
    m_undoButton->setText(tr("Undo"));
    m_redoButton->setText(tr("Redo"));
    if (m_hint->text().isEmpty() || !m_application.uuid.isNull())
        m_hint->setText(
            tr("Add photos, scans or PDF files to each material. Pages are straightened and cleaned "
               "automatically; double-click a page to correct it."));
    for (auto it = m_addButtons.begin(); it != m_addButtons.end(); ++it)
        it.value()->setText(tr("Add files…"));
    for (auto it = m_folderButtons.begin(); it != m_folderButtons.end(); ++it)
        it.value()->setText(tr("Add folder…"));
    for (auto it = m_cameraButtons.begin(); it != m_cameraButtons.end(); ++it)
        it.value()->setText(tr("Take photos…"));
    for (auto it = m_exportButtons.begin(); it != m_exportButtons.end(); ++it)
        it.value()->setText(tr("Export PDF…"));
    refreshPages();
}

void MaterialsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MaterialsPanel::setEnglish(bool english)
{
    m_english = english;
    refreshPages();
}

void MaterialsPanel::setApplication(const Application& application)
{
    const bool switched = application.uuid != m_application.uuid;
    m_application = application;
    if (switched) {
        m_undo->clear();
        m_pages.clear();
        m_errors->clear();
        m_errors->hide();
        if (!application.uuid.isNull())
            m_store->requestPages(application.uuid);
    }
    const bool editable = application.isEditable() && !application.uuid.isNull();
    for (auto* b : std::as_const(m_addButtons))
        b->setEnabled(editable);
    for (auto* b : std::as_const(m_folderButtons))
        b->setEnabled(editable);
    for (auto* b : std::as_const(m_cameraButtons))
        b->setEnabled(editable);
    for (auto* l : std::as_const(m_lists))
        l->setDragDropMode(editable ? QAbstractItemView::InternalMove : QAbstractItemView::NoDragDrop);
    refreshPages();
}

void MaterialsPanel::onPagesChanged(const QUuid& application, const QList<PageRecord>& pages)
{
    if (application != m_application.uuid)
        return;
    m_pages = pages;
    refreshPages();
    emit pagesChanged(int(m_pages.size()));
}

void MaterialsPanel::refreshPages()
{
    const QStringList required = MaterialCheck(m_catalog).requiredMaterials(m_application);
    for (auto it = m_lists.begin(); it != m_lists.end(); ++it) {
        MaterialSlotList* list = it.value();
        const QString code = it.key();
        const QUuid selected =
            list->currentItem() ? list->currentItem()->data(Qt::UserRole).toUuid() : QUuid();
        list->clear();
        int count = 0;
        for (const PageRecord& p : std::as_const(m_pages)) {
            if (p.material != code)
                continue;
            ++count;
            auto* item = new QListWidgetItem(list);
            item->setData(Qt::UserRole, p.id);
            updateItemIcon(item, p);
            if (p.id == selected)
                list->setCurrentItem(item);
        }
        QString title = materialName(code);
        if (required.contains(code))
            title += u' ' + tr("(required)");
        title += QStringLiteral(" · ") + tr("%n page(s)", nullptr, count);
        m_slotTitles.value(code)->setText(title);
        m_exportButtons.value(code)->setEnabled(count > 0);
        list->setFixedHeight(count > 0 ? 190 : 48); // empty slots take little room
    }
}

void MaterialsPanel::updateItemIcon(QListWidgetItem* item, const PageRecord& p)
{
    const QSize size(96, 128);
    QImage thumb = m_thumbnails->thumbnail(p.processedSha256, size);
    QPixmap pix(size);
    pix.fill(Qt::transparent);
    {
        QPainter painter(&pix);
        if (!thumb.isNull()) {
            const QImage scaled = thumb.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            painter.drawImage((size.width() - scaled.width()) / 2, 0, scaled);
        } else {
            painter.fillRect(QRect(QPoint(0, 0), size), QColor(0xee, 0xee, 0xee));
        }
        // The quality verdict and what to do about it, on the thumbnail itself.
        const PageBadge badge = PageBadge::of(p);
        if (badge.colour.isValid()) {
            const QRect strip(0, size.height() - 22, size.width(), 22);
            painter.fillRect(strip, badge.colour);
            painter.setPen(Qt::white);
            painter.drawText(strip, Qt::AlignCenter, badge.label);
        }
    }
    item->setIcon(QIcon(pix));
    item->setText(tr("Page %1").arg(p.position + 1));
    QStringList tip{p.sourceName};
    for (const QString& key : p.issues) {
        bool ok = false;
        const QualityIssue issue = issueFromKey(key, &ok);
        tip << (ok ? qualityIssueText(issue) : key);
    }
    if (!p.overrideReason.isEmpty())
        tip << tr("Accepted by %1: %2").arg(p.overrideBy, p.overrideReason);
    if (p.outlineToCheck)
        tip << tr("The page's outline is uncertain: open the page and check its corners.");
    item->setToolTip(tip.join(u'\n'));
}

void MaterialsPanel::showMessage(const QString& text)
{
    m_errors->setText(text);
    m_errors->setVisible(!text.isEmpty());
}

const PageRecord* MaterialsPanel::page(const QUuid& pageId) const
{
    for (const PageRecord& p : m_pages) {
        if (p.id == pageId)
            return &p;
    }
    return nullptr;
}

void MaterialsPanel::addFiles(const QString& material, const QStringList& files)
{
    startImport(material, files, {});
}

void MaterialsPanel::addCaptures(const QString& material, const QList<CapturedPage>& pages)
{
    startImport(material, {}, pages);
}

void MaterialsPanel::startImport(const QString& material, const QStringList& files,
                                 const QList<CapturedPage>& captures)
{
    if (m_application.uuid.isNull() || !m_application.isEditable())
        return;
    if (m_beforeImport)
        m_beforeImport();
    m_errors->clear();
    m_errors->hide();
    int position = 0;
    for (const PageRecord& p : std::as_const(m_pages))
        position += p.material == material ? 1 : 0;
    ImportRequest request;
    request.applicationUuid = m_application.uuid;
    request.material = material;
    request.files = files;
    request.captures = captures;
    request.firstPosition = position;
    m_progressRow->show();
    m_progress->setRange(0, 0);
    m_progressText->setText(tr("Preparing…"));
    m_processor->importFiles(request);
}

void MaterialsPanel::addFolder(const QString& material, const QString& folder)
{
    QStringList names =
        QDir(folder).entryList({QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png"),
                                QStringLiteral("*.tif"), QStringLiteral("*.tiff"), QStringLiteral("*.bmp"),
                                QStringLiteral("*.webp"), QStringLiteral("*.pdf")},
                               QDir::Files | QDir::Readable);
    // Hospital systems export numbered files: natural order keeps 2.jpg before 10.jpg.
    std::sort(names.begin(), names.end(), naturalLess);
    QStringList files;
    for (const QString& n : names)
        files << QDir(folder).filePath(n);
    if (files.isEmpty()) {
        showMessage(tr("%1 contains no images or PDF files.").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    addFiles(material, files);
}

void MaterialsPanel::captureFromCamera(const QString& material)
{
    if (m_application.uuid.isNull() || !m_application.isEditable())
        return;
    auto* dialog = new CameraCaptureDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, material] {
        const QList<CapturedPage> pages = dialog->capturedPages();
        if (!pages.isEmpty())
            addCaptures(material, pages); // in memory until stored as (encrypted) originals in the blob store
    });
    dialog->open();
}

void MaterialsPanel::retake(const QUuid& pageId, const QString& file)
{
    const PageRecord* p = page(pageId);
    if (!p || !m_application.isEditable())
        return;
    m_beforeReprocess.insert(pageId, *p);
    ImportRequest request;
    request.applicationUuid = m_application.uuid;
    request.material = p->material;
    request.files = {file};
    request.replacing = *p;
    m_progressRow->show();
    m_progress->setRange(0, 0);
    m_processor->importFiles(request);
}

void MaterialsPanel::onPageReady(const PageRecord& page, bool imported)
{
    if (page.applicationUuid != m_application.uuid)
        return;
    if (imported) {
        m_undo->push(new SavePageCommand(m_store, std::nullopt, page, tr("Add page")));
        return;
    }
    const auto before = m_beforeReprocess.take(page.id);
    m_undo->push(new SavePageCommand(m_store, before, page, tr("Correct page")));
}

void MaterialsPanel::rotate(const QUuid& pageId, int quarterTurns)
{
    const PageRecord* p = page(pageId);
    if (!p)
        return;
    PageRecord after = *p;
    after.rotation = ((after.rotation + quarterTurns) % 4 + 4) % 4;
    applyCorrection(after);
}

void MaterialsPanel::applyCorrection(const PageRecord& corrected)
{
    const PageRecord* p = page(corrected.id);
    if (!p)
        return;
    m_beforeReprocess.insert(corrected.id, *p);
    m_processor->reprocess(corrected);
}

void MaterialsPanel::moveToMaterial(const QUuid& pageId, const QString& material)
{
    const PageRecord* p = page(pageId);
    if (!p || p->material == material)
        return;
    PageRecord after = *p;
    after.material = material;
    after.position = 0;
    for (const PageRecord& q : std::as_const(m_pages))
        after.position += q.material == material ? 1 : 0;
    m_undo->push(new SavePageCommand(m_store, *p, after, tr("Move page to %1").arg(materialName(material))));
}

void MaterialsPanel::removePage(const QUuid& pageId)
{
    if (const PageRecord* p = page(pageId))
        m_undo->push(new RemovePageCommand(m_store, *p, tr("Delete page")));
}

void MaterialsPanel::acceptDespiteIssues(const QUuid& pageId, const QString& reason,
                                         const QString& approvedBy)
{
    const PageRecord* p = page(pageId);
    if (!p || reason.trimmed().isEmpty())
        return;
    PageRecord after = *p;
    after.overrideReason = reason.trimmed();
    after.overrideBy = approvedBy.isEmpty() ? m_operator : approvedBy;
    after.overrideAt = QDateTime::currentDateTimeUtc();
    m_undo->push(new SavePageCommand(m_store, *p, after, tr("Accept page")));
    // Audited with what was overridden, not why: the reason is free text and may name the person.
    m_store->audit(AuditAction::Override, m_application.uuid.toString(QUuid::WithoutBraces),
                   QStringLiteral("page=%1 material=%2 issues=%3")
                       .arg(pageId.toString(QUuid::WithoutBraces), p->material, p->issues.join(u',')));
}

void MaterialsPanel::exportMaterialPdf(const QString& material, const QString& path)
{
    QList<PageRecord> pages;
    for (const PageRecord& p : std::as_const(m_pages)) {
        if (p.material == material)
            pages << p;
    }
    // The PDF leaves the application's protection: once written, who took which material out is audited
    // (never the file's path, which may name the person).
    m_pendingExports.insert(path,
                            {m_application.uuid.toString(QUuid::WithoutBraces),
                             QStringLiteral("pdf material=%1 pages=%2").arg(material).arg(pages.size())});
    m_processor->exportPdf(pages, path);
}

void MaterialsPanel::showContextMenu(MaterialSlotList* list, const QPoint& pos)
{
    QListWidgetItem* item = list->itemAt(pos);
    if (!item || !m_application.isEditable())
        return;
    const QUuid id = item->data(Qt::UserRole).toUuid();
    const PageRecord* p = page(id);
    if (!p)
        return;
    QMenu menu(this);
    menu.addAction(tr("Correct page…"), this, [this, id] { openEditor(id); });
    menu.addAction(tr("Retake from a file…"), this, [this, id] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Replace this page"), QString(),
            tr("Images and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.pdf);;All files (*)"));
        if (!file.isEmpty())
            retake(id, file);
    });
    menu.addAction(tr("Rotate left"), this, [this, id] { rotate(id, -1); });
    menu.addAction(tr("Rotate right"), this, [this, id] { rotate(id, 1); });
    QMenu* move = menu.addMenu(tr("Move to"));
    for (const CodeEntry& m : m_catalog.materialTypes()) {
        if (m.code != p->material)
            move->addAction(m.displayName(m_english), this,
                            [this, id, code = m.code] { moveToMaterial(id, code); });
    }
    if (p->blocksSubmission()) {
        menu.addAction(tr("Accept despite the problem…"), this, [this, id] {
            if (m_overrideApproval) {
                m_overrideApproval(this, [this, id](const QString& reason, const QString& approvedBy) {
                    acceptDespiteIssues(id, reason, approvedBy);
                });
                return;
            }
            bool ok = false;
            const QString reason = QInputDialog::getText(
                this, tr("Accept page"), tr("Why is this page acceptable? (recorded with your name)"),
                QLineEdit::Normal, QString(), &ok);
            if (ok)
                acceptDespiteIssues(id, reason);
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Delete page"), this, [this, id] { removePage(id); });
    menu.exec(list->viewport()->mapToGlobal(pos));
}

void MaterialsPanel::openEditor(const QUuid& pageId)
{
    const PageRecord* p = page(pageId);
    if (!p || !m_application.isEditable())
        return;
    auto* editor = new PageEditorDialog(*p, m_blobs, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &PageEditorDialog::correctionAccepted, this, &MaterialsPanel::applyCorrection);
    editor->open();
}

} // namespace mtb
