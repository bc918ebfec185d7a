#pragma once

#include "Application.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mtb::wire {

// One attached page as the submission announces it; the image itself is uploaded beforehand and
// addressed by its SHA-256 (docs/api.md "Pages").
struct WirePage
{
    QString material; // material slot code from the catalogue, e.g. "diagnosis_certificate"
    QString sha256;   // lower-case hex
    QString format;   // "jpeg" or "png"
    double widthMm = 0;
    double heightMm = 0;
    QStringList issues;     // quality-gate keys staff accepted
    QString overrideReason; // why staff accepted a flagged page; empty when none was flagged
    bool operator==(const WirePage&) const = default;
};

// The body of POST /applications and of a resubmission: an application plus its pages.
// Pages are a flat list; on the wire they are grouped by material in the order each material first
// appears, and read back in that same order, so toJson(fromJson(x)) == x for any body toJson made.
struct WireApplication
{
    Application application; // uses uuid, revision, catalogVersion and the national fields only
    QList<WirePage> pages;

    QJsonObject toJson() const;
    // Reads a body. Unknown keys are ignored. Returns nullopt, with *error (English, for logs and
    // 400 answers) when the body is structurally unusable: no valid client_uuid, revision < 1,
    // a page without a 64-hex-digit sha256 or material. Field contents are not judged here: that is
    // mtb::Validator's job.
    static std::optional<WireApplication> fromJson(const QJsonObject& body, QString* error = nullptr);

    // The distinct page hashes, in order of first appearance.
    QStringList pageHashes() const;
};

// True for a lower-case 64-digit hex string.
bool isSha256Hex(const QString& text);

} // namespace mtb::wire
