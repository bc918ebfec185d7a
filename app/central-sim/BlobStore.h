#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace mtb::sim {

// Page images, content-addressed: DATA/blobs/<sha256> once complete and verified; an upload in
// progress is DATA/uploads/<upload_id>.part whose committed length is the database's `received`.
// A chunk is written and flushed to the file before `received` moves, so after a crash the file may
// be longer than `received` but never shorter; resuming truncates the excess.
class BlobStore
{
public:
    struct Upload
    {
        QString uploadId;
        QString sha256;
        qint64 size = 0;
        QString format;
        qint64 received = 0;
        bool complete = false;
    };
    enum class ChunkResult { Accepted, Completed, OffsetMismatch, TooLong, ChecksumMismatch, IoError };

    BlobStore(QSqlDatabase& db, const QString& dataDir);

    bool hasBlob(const QString& sha256) const;
    // The open (incomplete) upload of this image, if an earlier one was cut off.
    std::optional<Upload> openUploadFor(const QString& sha256) const;
    std::optional<Upload> upload(const QString& uploadId) const;
    Upload startUpload(const QString& sha256, qint64 size, const QString& format);
    // Appends a chunk at offset. On Completed the blob is verified and stored; on ChecksumMismatch
    // the upload is reset to offset 0. *upload is updated to the state after the call.
    ChunkResult appendChunk(Upload* upload, qint64 offset, const QByteArray& bytes);

    int blobCount() const;
    // An upload whose bytes all arrived but which was not finished (the service was killed between the
    // last chunk and the hash check) is finished now. Returns true when that made it complete.
    bool settle(Upload* upload);
    int uploadCount(bool complete) const;

private:
    QString partPath(const QString& uploadId) const;
    QString blobPath(const QString& sha256) const;
    bool setReceived(const QString& uploadId, qint64 received, bool complete);
    ChunkResult finish(Upload* upload);

    QSqlDatabase& m_db;
    QString m_dataDir;
};

} // namespace mtb::sim
