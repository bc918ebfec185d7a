#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace mtb {

// One scanned page of an application, as stored. Image bytes are in the BlobStore, by SHA-256.
struct PageRecord
{
    QUuid id;
    QUuid applicationUuid;
    QString material;       // material type code from the catalogue (application_form, id_document ...)
    int position = 0;       // order within its material slot
    QString sourceName;     // what staff imported, for messages: "出院小结.pdf" (page numbers are 1-based)
    QString originalSha256; // the original capture: a photo, an image file, or a PDF (all its pages)
    int originalPage = 0;   // page index inside the original file
    QString processedSha256;
    QString processedFormat = QStringLiteral("jpeg");
    QList<QPointF> detectedCorners; // what the detector found (TL, TR, BR, BL), original pixels
    QList<QPointF> corners;         // what is used: detected, or corrected by staff
    bool outlineToCheck = false;    // detector unsure of the outline; cleared when staff accept the corners
    int rotation = 0;               // clockwise quarter turns
    QString mode = QStringLiteral("color");
    QStringList issues;             // quality-gate keys: blur, glare, cut_off, low_resolution, too_dark, blank
    QString overrideReason;         // staff accepted a flagged page, and why
    QString overrideBy;
    QDateTime overrideAt;
    double widthMm = 0;
    double heightMm = 0;
    qint64 bytes = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool blocksSubmission() const { return !issues.isEmpty() && overrideReason.trimmed().isEmpty(); }
    bool operator==(const PageRecord&) const = default;
};

} // namespace mtb

Q_DECLARE_METATYPE(mtb::PageRecord)
Q_DECLARE_METATYPE(QList<mtb::PageRecord>)
