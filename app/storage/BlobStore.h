#pragma once

#include <QByteArray>
#include <QString>

namespace mtb {

// Image files named by their SHA-256 under <data>/blobs/ab/abcdef…: the same capture imported twice
// is stored once, and a file's name proves its content. Writes are atomic (QSaveFile), so a crash
// never leaves a half-written image under a valid name.
class BlobStore
{
public:
    explicit BlobStore(const QString& dataDir);

    // Stores the bytes and returns their SHA-256 (hex), or an empty string with *error set.
    QString put(const QByteArray& bytes, QString* error);
    // Stores a file's content by streaming it (originals can be large PDFs).
    QString putFile(const QString& path, QString* error);
    QString pathOf(const QString& sha256) const;
    bool contains(const QString& sha256) const;
    QByteArray get(const QString& sha256, QString* error) const; // verifies the hash

private:
    QString m_root;
};

} // namespace mtb
