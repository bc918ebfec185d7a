#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>

namespace mtb {

// Decodes page thumbnails on the thread pool (never on the GUI thread) and caches them by the
// image's SHA-256, which never changes for a given file.
class ThumbnailLoader : public QObject
{
    Q_OBJECT
public:
    ThumbnailLoader(const QString& blobRoot, QObject* parent = nullptr);
    ~ThumbnailLoader() override;
    // Returns the cached thumbnail, or a null image and starts loading it (thumbnailReady follows).
    QImage thumbnail(const QString& sha256, const QSize& size);

signals:
    void thumbnailReady(const QString& sha256);

private:
    QString m_root;
    QCache<QString, QImage> m_cache;
    QSet<QString> m_loading;
};

} // namespace mtb
