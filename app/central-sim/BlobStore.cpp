#include "BlobStore.h"

#include "Http.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

#include <unistd.h>

namespace mtb::sim {

namespace {
BlobStore::Upload uploadFrom(const QSqlQuery& q)
{
    return {q.value(0).toString(), q.value(1).toString(),   q.value(2).toLongLong(),
            q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toBool()};
}
const char* const kUploadColumns = "SELECT upload_id, sha256, size, format, received, complete FROM uploads ";

// A chunk must be on disk before the database says it was received (see the class comment).
bool flushToDisk(QFile& file)
{
    return file.flush() && ::fsync(file.handle()) == 0;
}
} // namespace

BlobStore::BlobStore(QSqlDatabase& db, const QString& dataDir) : m_db(db), m_dataDir(dataDir)
{
    QDir(dataDir).mkpath(QStringLiteral("blobs"));
    QDir(dataDir).mkpath(QStringLiteral("uploads"));
}

QString BlobStore::partPath(const QString& uploadId) const
{
    return QDir(m_dataDir).filePath(QStringLiteral("uploads/") + uploadId + QStringLiteral(".part"));
}

QString BlobStore::blobPath(const QString& sha256) const
{
    return QDir(m_dataDir).filePath(QStringLiteral("blobs/") + sha256);
}

bool BlobStore::hasBlob(const QString& sha256) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM blobs WHERE sha256 = ?"));
    q.addBindValue(sha256);
    return q.exec() && q.next() && QFile::exists(blobPath(sha256));
}

std::optional<BlobStore::Upload> BlobStore::openUploadFor(const QString& sha256) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(kUploadColumns) +
              QStringLiteral("WHERE sha256 = ? AND complete = 0 ORDER BY created_at DESC LIMIT 1"));
    q.addBindValue(sha256);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return uploadFrom(q);
}

std::optional<BlobStore::Upload> BlobStore::upload(const QString& uploadId) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(kUploadColumns) + QStringLiteral("WHERE upload_id = ?"));
    q.addBindValue(uploadId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return uploadFrom(q);
}

BlobStore::Upload BlobStore::startUpload(const QString& sha256, qint64 size, const QString& format)
{
    const quint64 random = QRandomGenerator::system()->generate64();
    Upload u{QStringLiteral("u-") + QString::number(random, 16).rightJustified(16, u'0'),
             sha256,
             size,
             format,
             0,
             false};
    QFile::remove(partPath(u.uploadId));
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO uploads(upload_id, sha256, size, format, received, complete, created_at)"
                       " VALUES(?,?,?,?,0,0,?)"));
    q.addBindValue(u.uploadId);
    q.addBindValue(sha256);
    q.addBindValue(size);
    q.addBindValue(format);
    q.addBindValue(wireTimeNow());
    q.exec();
    return u;
}

bool BlobStore::setReceived(const QString& uploadId, qint64 received, bool complete)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE uploads SET received = ?, complete = ? WHERE upload_id = ?"));
    q.addBindValue(received);
    q.addBindValue(complete ? 1 : 0);
    q.addBindValue(uploadId);
    return q.exec();
}

BlobStore::ChunkResult BlobStore::appendChunk(Upload* upload, qint64 offset, const QByteArray& bytes)
{
    if (offset != upload->received)
        return ChunkResult::OffsetMismatch;
    if (offset + bytes.size() > upload->size)
        return ChunkResult::TooLong;

    QFile part(partPath(upload->uploadId));
    if (!part.open(QIODevice::ReadWrite))
        return ChunkResult::IoError;
    // Drop whatever a crash left beyond the committed offset, then append.
    if (!part.resize(offset) || !part.seek(offset) || part.write(bytes) != bytes.size() || !flushToDisk(part))
        return ChunkResult::IoError;
    part.close();
    if (!setReceived(upload->uploadId, offset + bytes.size(), false))
        return ChunkResult::IoError;
    upload->received = offset + bytes.size();
    return upload->received == upload->size ? finish(upload) : ChunkResult::Accepted;
}

bool BlobStore::settle(Upload* upload)
{
    if (upload->complete || upload->received != upload->size)
        return false;
    return finish(upload) == ChunkResult::Completed;
}

BlobStore::ChunkResult BlobStore::finish(Upload* upload)
{
    QFile part(partPath(upload->uploadId));
    if (!part.exists() && QFile::exists(blobPath(upload->sha256))) {
        // Killed after the rename but before the row said so: the file under its hash name is the upload.
        part.setFileName(blobPath(upload->sha256));
    }
    if (!part.open(QIODevice::ReadOnly))
        return ChunkResult::IoError;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&part);
    part.close();
    if (QString::fromLatin1(hash.result().toHex()) != upload->sha256) {
        // The bytes are not the announced image: start again from zero (docs/api.md).
        QFile::remove(part.fileName());
        setReceived(upload->uploadId, 0, false);
        upload->received = 0;
        return ChunkResult::ChecksumMismatch;
    }
    const QString target = blobPath(upload->sha256);
    if (part.fileName() != target) {
        QFile::remove(target); // a stale file without a database row
        if (!QFile::rename(part.fileName(), target))
            return ChunkResult::IoError;
    }
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT OR IGNORE INTO blobs(sha256, size, format, created_at) VALUES(?,?,?,?)"));
    q.addBindValue(upload->sha256);
    q.addBindValue(upload->size);
    q.addBindValue(upload->format);
    q.addBindValue(wireTimeNow());
    q.exec();
    setReceived(upload->uploadId, upload->size, true);
    upload->complete = true;
    return ChunkResult::Completed;
}

int BlobStore::blobCount() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM blobs")) && q.next() ? q.value(0).toInt() : -1;
}

int BlobStore::uploadCount(bool complete) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM uploads WHERE complete = ?"));
    q.addBindValue(complete ? 1 : 0);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace mtb::sim
