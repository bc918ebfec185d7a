#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace mtb {

class KeyRing;

// Page images, originals and PDFs, stored encrypted under <data>/blobs/ab/<name>.enc, where <name> is
// HMAC-SHA256(blob-name key, SHA-256 of the plaintext): the same capture imported twice is stored once,
// yet a file's name says nothing about its content to someone without the key. The content is an
// AES-256-GCM envelope bound to the plaintext hash, and get() checks that hash again after decrypting.
// Writes are atomic (QSaveFile), so a crash never leaves a half-written file under a valid name.
//
// Every reader goes through get(): nothing else opens these files. Readers hand the bytes to decoders
// in memory (PageSource::openBytes, QBuffer), so no plaintext copy is written anywhere.
class BlobStore
{
public:
    BlobStore(const QString& dataDir, std::shared_ptr<const KeyRing> keys);

    // Stores the bytes and returns their SHA-256 (hex), or an empty string with *error set.
    QString put(const QByteArray& bytes, QString* error);
    // Stores a file's content (read into memory: the envelope is authenticated as a whole).
    QString putFile(const QString& path, QString* error);
    bool contains(const QString& sha256) const;
    QByteArray get(const QString& sha256, QString* error) const; // decrypts and verifies the hash
    bool remove(const QString& sha256);

    // The encrypted file for an image. For tests and tools that inspect the store; never read the
    // content through it.
    QString storedPathOf(const QString& sha256) const;

    // Files written before encryption (schema 5): <data>/blobs/ab/<sha256>, plaintext.
    QStringList legacyFiles() const;
    // Encrypts each legacy file into its new name; the plaintext file stays until removeLegacyFiles()
    // (called once the database upgrade has committed). Returns false on the first failure.
    bool encryptLegacyFiles(int* converted, QString* error);
    // Overwrites each legacy file with zeros before removing it (best effort: a journaling file system
    // or an SSD may keep older blocks; docs/encryption.md).
    void removeLegacyFiles();
    static void overwriteAndRemove(const QString& path);

private:
    QString legacyPathOf(const QString& sha256) const;

    QString m_root;
    std::shared_ptr<const KeyRing> m_keys;
};

} // namespace mtb
