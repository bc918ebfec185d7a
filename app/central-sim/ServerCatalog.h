#pragma once

#include "Catalog.h"

#include <QByteArray>
#include <QString>

namespace mtb::sim {

// The catalogue the service hands out (GET /catalog): the bundled document (or --catalog FILE) plus
// the server-only "statuses" and "upload_limits". The bytes are fixed at start, so the ETag (the
// SHA-256 of exactly those bytes) is stable for the life of the process.
class ServerCatalog
{
public:
    static constexpr qint64 kMaxPageBytes = 5 * 1024 * 1024;
    static constexpr int kMaxPagesPerApplication = 60;
    static constexpr int kChunkBytes = 256 * 1024;

    // An empty path means the catalogue compiled into mtb_core.
    bool load(const QString& path, QString* error);

    const QByteArray& bytes() const { return m_bytes; }
    QByteArray etag() const { return m_etag; } // quoted, strong
    const Catalog& catalog() const { return m_catalog; }
    // 补充材料 for "returned"; the code itself when unknown.
    QString statusName(const QString& status) const;

    static QStringList formats() { return {QStringLiteral("jpeg"), QStringLiteral("png")}; }

private:
    QByteArray m_bytes;
    QByteArray m_etag;
    Catalog m_catalog;
};

} // namespace mtb::sim
