#include "ThumbnailLoader.h"

#include "BlobStore.h"
#include "OpenSslThreadState.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QPointer>
#include <QThreadPool>

namespace mtb {

ThumbnailLoader::ThumbnailLoader(std::shared_ptr<const BlobStore> blobs, QObject* parent)
    : QObject(parent), m_blobs(std::move(blobs)), m_cache(400)
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
    QPointer<ThumbnailLoader> self(this);
    QThreadPool::globalInstance()->start([self, blobs = m_blobs, sha256, size] {
        QByteArray bytes = blobs ? blobs->get(sha256, nullptr) : QByteArray();
        releaseOpenSslThreadState(); // a pool thread: see OpenSslThreadState.h
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
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
