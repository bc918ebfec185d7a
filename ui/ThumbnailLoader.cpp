#include "ThumbnailLoader.h"

#include <QCoreApplication>
#include <QImageReader>
#include <QPointer>
#include <QThreadPool>

namespace mtb {

ThumbnailLoader::ThumbnailLoader(const QString& blobRoot, QObject* parent)
    : QObject(parent), m_root(blobRoot), m_cache(400)
{
}

ThumbnailLoader::~ThumbnailLoader() = default;

QImage ThumbnailLoader::thumbnail(const QString& sha256, const QSize& size)
{
    if (sha256.isEmpty())
        return {};
    if (QImage* cached = m_cache.object(sha256))
        return *cached;
    if (m_loading.contains(sha256))
        return {};
    m_loading.insert(sha256);
    const QString path = m_root + u'/' + sha256.left(2) + u'/' + sha256;
    QPointer<ThumbnailLoader> self(this);
    QThreadPool::globalInstance()->start([self, path, sha256, size] {
        QImageReader reader(path);
        const QSize full = reader.size();
        if (full.isValid())
            reader.setScaledSize(full.scaled(size, Qt::KeepAspectRatio)); // JPEG decodes at reduced scale
        const QImage image = reader.read();
        QMetaObject::invokeMethod(qApp, [self, sha256, image] {
            if (!self)
                return;
            self->m_loading.remove(sha256);
            self->m_cache.insert(sha256, new QImage(image));
            emit self->thumbnailReady(sha256);
        });
    });
    return {};
}

} // namespace mtb
