#pragma once

#include "AuditEntry.h"

#include <QIODevice>
#include <QString>

namespace mtb {

// Writes audit entries for people and tools outside MTB Desk: CSV (UTF-8 with a BOM, so Excel on a
// Chinese Windows opens it correctly) or JSON (an array of objects). Both carry the hashes, so a copy
// can be checked against the chain format in docs/audit.md without MTB Desk.
class AuditExport
{
public:
    enum class Format { Csv, Json };
    // "csv" or "json" from a file name's suffix (anything else: CSV).
    static Format formatForPath(const QString& path);
    static bool write(const QList<AuditEntry>& entries, Format format, QIODevice* out);
    // Writes to a file atomically (QSaveFile): a half-written export never looks complete.
    static bool writeFile(const QList<AuditEntry>& entries, const QString& path, Format format,
                          QString* error);
};

} // namespace mtb
