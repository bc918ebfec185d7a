#pragma once

#include "OutboxItem.h"
#include "RecordCipher.h"

#include <QList>
#include <QSqlDatabase>
#include <memory>
#include <optional>

class QSqlQuery;

namespace mtb {

// Outbox rows, attempts, upload progress and small sync settings (the change-feed cursor) in SQLite.
// Each method is one statement or one transaction, so a crash leaves every row either before or
// after a change, never half-way.
// The frozen payload, the service's messages and field errors, and attempt details are stored
// encrypted (they carry the person's data, or may quote it); upload progress is keyed by a keyed digest
// of the image hash, not the hash itself (docs/encryption.md).
class OutboxRepository
{
public:
    OutboxRepository(QSqlDatabase& db, std::shared_ptr<const KeyRing> keys)
        : m_db(db), m_cipher(std::move(keys))
    {
    }

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
    // After the image itself was removed (retention): what the service had of it no longer matters.
    bool forgetUpload(const QString& sha256, QString* error);
    // The end of one attempt in one transaction (one disk sync instead of one per row): the upload
    // progress learnt on the way, the attempt's record and the item's new state.
    bool settle(const OutboxItem& item, const SendAttempt& attempt, const QList<UploadProgress>& uploads,
                QString* error);

    QString meta(const QString& key);
    bool setMeta(const QString& key, const QString& value, QString* error);

    // The row part of an outbox value's associated data: "<uuid>:<revision>".
    static QString rowKey(const QUuid& applicationUuid, int revision);
    // What the uploads table stores for an image hash.
    QString uploadKey(const QString& sha256) const;
    // The keyed digest that guards update() against a payload replaced in between.
    QString payloadDigest(const QByteArray& payload) const;

private:
    OutboxItem readItem(const QSqlQuery& q) const;
    bool bindItem(QSqlQuery& q, const OutboxItem& item, QString* error) const;

    QSqlDatabase& m_db;
    RecordCipher m_cipher;
};

} // namespace mtb
