#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>

#include <memory>

namespace mtb {

class BlobStore;

// Decrypts and decodes page thumbnails on the thread pool (never on the GUI thread) and caches them
// by the image's SHA-256, which never changes for a given image. Decoding is from memory: the
// plaintext image is never written to disk.
class ThumbnailLoader : public QObject
{
    Q_OBJECT
public:
    ThumbnailLoader(std::shared_ptr<const BlobStore> blobs, QObject* parent = nullptr);
    ~ThumbnailLoader() override;
    // Returns the cached thumbnail, or a null image and starts loading it (thumbnailReady follows).
    QImage thumbnail(const QString& sha256, const QSize& size);

signals:
    void thumbnailReady(const QString& sha256);

private:
    std::shared_ptr<const BlobStore> m_blobs;
    QCache<QString, QImage> m_cache;
    QSet<QString> m_loading;
};

} // namespace mtb
