#pragma once

#include "Application.h"
#include "Database.h"
#include "DraftRepository.h"
#include "DraftSummary.h"

#include <QObject>
#include <memory>

namespace mtb {

// Lives on the storage thread; does what AsyncDraftStore asks and reports back with signals.
class DraftWorker : public QObject
{
    Q_OBJECT
public:
    explicit DraftWorker(const QString& databasePath);
    ~DraftWorker() override;

    void open();
    void save(Application application);
    void list();
    void load(const QUuid& uuid);
    void setTrashed(const QUuid& uuid, bool trashed);
    void shutdown();
    void simulateFullDisk(bool full);

signals:
    void opened(const mtb::OpenReport& report);
    void saved(const mtb::DraftSummary& summary);
    void saveFailed(const QUuid& uuid, const QString& message);
    void listLoaded(const QVector<mtb::DraftSummary>& rows);
    void loaded(const mtb::Application& application);
    void loadFailed(const QUuid& uuid, const QString& message);
    void trashChanged(const QUuid& uuid, bool inTrash);

private:
    bool ready(const QUuid& uuid);
    QString m_path;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DraftRepository> m_repository;
};

} // namespace mtb
