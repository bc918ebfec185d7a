#include "BlobStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace mtb {

BlobStore::BlobStore(const QString& dataDir) : m_root(dataDir + QStringLiteral("/blobs")) {}

QString BlobStore::pathOf(const QString& sha256) const
{
    return m_root + u'/' + sha256.left(2) + u'/' + sha256;
}

bool BlobStore::contains(const QString& sha256) const { return !sha256.isEmpty() && QFileInfo::exists(pathOf(sha256)); }

QString BlobStore::put(const QByteArray& bytes, QString* error)
{
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (contains(sha))
        return sha;
    QDir().mkpath(QFileInfo(pathOf(sha)).absolutePath());
    QSaveFile file(pathOf(sha));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return sha;
}

QString BlobStore::putFile(const QString& path, QString* error)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = in.errorString();
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&in)) {
        if (error)
            *error = in.errorString();
        return {};
    }
    const QString sha = QString::fromLatin1(hash.result().toHex());
    if (contains(sha))
        return sha;
    in.seek(0);
    QDir().mkpath(QFileInfo(pathOf(sha)).absolutePath());
    QSaveFile out(pathOf(sha));
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = out.errorString();
        return {};
    }
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty()) {
        if (out.write(chunk) != chunk.size()) {
            if (error)
                *error = out.errorString();
            return {};
        }
    }
    if (!out.commit()) {
        if (error)
            *error = out.errorString();
        return {};
    }
    return sha;
}

QByteArray BlobStore::get(const QString& sha256, QString* error) const
{
    QFile f(pathOf(sha256));
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return {};
    }
    const QByteArray bytes = f.readAll();
    if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != sha256.toLatin1()) {
        if (error)
            *error = QStringLiteral("%1 does not match its checksum").arg(f.fileName());
        return {};
    }
    return bytes;
}

} // namespace mtb
