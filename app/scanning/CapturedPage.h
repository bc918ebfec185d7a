#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mtb {

// A page taken with the document camera: the encoded JPEG, held in memory only. It is never written
// to disk as plaintext: the import stores it encrypted in the BlobStore like an imported file's
// content (docs/encryption.md).
struct CapturedPage
{
    QString name;    // e.g. "capture-20261103-142501-001.jpg": the page's source name
    QByteArray jpeg; // the full camera frame, JPEG quality 92
};

} // namespace mtb
