#pragma once

#include "OutboxItem.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace mtb {

// Outbox rows, attempts, upload progress and small sync settings (the change-feed cursor) in SQLite.
// Each method is one statement or one transaction, so a crash leaves every row either before or
// after a change, never half-way.
class OutboxRepository
{
public:
    explicit OutboxRepository(QSqlDatabase& db) : m_db(db) {}

    // Queues a revision; refuses to replace a row that has started sending (its payload is frozen).
    bool enqueue(const OutboxItem& item, QString* error);
    // Takes a queued revision back (the clerk chose "edit again" before it was sent).
    bool withdrawQueued(const QUuid& applicationUuid, int revision, QString* error);
    std::optional<OutboxItem> item(const QUuid& applicationUuid, int revision);
    QList<OutboxItem> all();
    // Queued or Sending rows whose time has come, oldest first. Sending rows are those a crash
    // interrupted: they go out again with the same key, which the service deduplicates.
    QList<OutboxItem> due(const QDateTime& now);
    bool update(const OutboxItem& item, QString* error);

    bool recordAttempt(const SendAttempt& attempt, QString* error);
    QList<SendAttempt> attempts(const QUuid& applicationUuid);

    struct UploadProgress
    {
        QString sha256;
        QString uploadId;
        qint64 confirmedOffset = 0;
        qint64 size = 0;
        bool complete = false;
    };
    std::optional<UploadProgress> upload(const QString& sha256);
    bool saveUpload(const UploadProgress& progress, QString* error);

    QString meta(const QString& key);
    bool setMeta(const QString& key, const QString& value, QString* error);

private:
    QSqlDatabase& m_db;
};

} // namespace mtb
