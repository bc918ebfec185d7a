#include "AuditExport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace mtb {

namespace {
// RFC 4180 quoting, and a leading apostrophe before = + - @ so a spreadsheet never runs a cell as a
// formula (CSV injection).
QByteArray csvCell(const QString& value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        v = u'"' + v + u'"';
    }
    return v.toUtf8();
}

QJsonObject entryJson(const AuditEntry& e)
{
    return QJsonObject{{"seq", e.seq},       {"at", e.at},         {"actor", e.actor},
                       {"role", e.role},     {"site", e.site},     {"action", e.action},
                       {"object", e.object}, {"detail", e.detail}, {"prev_hash", e.prevHash},
                       {"hash", e.hash}};
}
} // namespace

AuditExport::Format AuditExport::formatForPath(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0 ? Format::Json
                                                                                             : Format::Csv;
}

bool AuditExport::write(const QList<AuditEntry>& entries, Format format, QIODevice* out)
{
    if (format == Format::Json) {
        QJsonArray array;
        for (const AuditEntry& e : entries)
            array.append(entryJson(e));
        const QByteArray bytes = QJsonDocument(array).toJson(QJsonDocument::Indented);
        return out->write(bytes) == bytes.size();
    }
    QByteArray csv("\xEF\xBB\xBF"); // BOM
    csv += "seq,at,actor,role,site,action,object,detail,prev_hash,hash\r\n";
    for (const AuditEntry& e : entries) {
        const QList<QByteArray> cells{
            QByteArray::number(e.seq), csvCell(e.at),     csvCell(e.actor),  csvCell(e.role),
            csvCell(e.site),           csvCell(e.action), csvCell(e.object), csvCell(e.detail),
            csvCell(e.prevHash),       csvCell(e.hash)};
        csv += cells.join(',');
        csv += "\r\n";
    }
    return out->write(csv) == csv.size();
}

bool AuditExport::writeFile(const QList<AuditEntry>& entries, const QString& path, Format format,
                            QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !write(entries, format, &file) || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace mtb
