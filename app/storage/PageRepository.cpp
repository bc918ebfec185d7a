#include "PageRepository.h"

#include "SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mtb {

namespace {
using sql::fail;
using sql::text;
using sql::timeFrom;
using sql::timeText;
using sql::uuidKey;

QString cornersText(const QList<QPointF>& corners)
{
    if (corners.isEmpty())
        return QString(QLatin1String(""));
    QJsonArray a;
    for (const QPointF& p : corners)
        a.append(QJsonArray{p.x(), p.y()});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<QPointF> cornersFrom(const QVariant& v)
{
    QList<QPointF> out;
    for (const QJsonValue& p : QJsonDocument::fromJson(v.toString().toUtf8()).array())
        out << QPointF(p.toArray().at(0).toDouble(), p.toArray().at(1).toDouble());
    return out;
}


const char* const kColumns = "id, application_uuid, material, position, source_name, original_sha256, original_page,"
                             " processed_sha256, processed_format, detected_corners, corners, rotation, mode, issues,"
                             " override_reason, override_by, override_at, width_mm, height_mm, bytes, created_at,"
                             " updated_at, outline_to_check";
constexpr const char* kPages = "pages";
} // namespace

bool PageRepository::save(PageRecord& p, const QDateTime& now, QString* error)
{
    const QString key = uuidKey(p.id);
    const QByteArray source = m_cipher.sealText(kPages, "source_name", key, p.sourceName, error);
    const QByteArray reason = m_cipher.sealText(kPages, "override_reason", key, p.overrideReason, error);
    if (source.isEmpty() || reason.isEmpty())
        return false;
    if (!p.createdAt.isValid())
        p.createdAt = now;
    p.updatedAt = now;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO pages (%1) VALUES (:id, :app, :material, :position, :source,"
                             " :orig, :origpage, :proc, :procfmt, :detected, :corners, :rotation, :mode, :issues,"
                             " :reason, :by, :at, :w, :h, :bytes, :created, :updated, :check)")
                  .arg(QLatin1String(kColumns)));
    q.bindValue(QStringLiteral(":id"), key);
    q.bindValue(QStringLiteral(":app"), uuidKey(p.applicationUuid));
    q.bindValue(QStringLiteral(":material"), text(p.material));
    q.bindValue(QStringLiteral(":position"), p.position);
    q.bindValue(QStringLiteral(":source"), source);
    q.bindValue(QStringLiteral(":orig"), text(p.originalSha256));
    q.bindValue(QStringLiteral(":origpage"), p.originalPage);
    q.bindValue(QStringLiteral(":proc"), text(p.processedSha256));
    q.bindValue(QStringLiteral(":procfmt"), text(p.processedFormat));
    q.bindValue(QStringLiteral(":detected"), cornersText(p.detectedCorners));
    q.bindValue(QStringLiteral(":corners"), cornersText(p.corners));
    q.bindValue(QStringLiteral(":rotation"), p.rotation);
    q.bindValue(QStringLiteral(":mode"), text(p.mode));
    q.bindValue(QStringLiteral(":issues"), text(p.issues.join(u',')));
    q.bindValue(QStringLiteral(":reason"), reason);
    q.bindValue(QStringLiteral(":by"), text(p.overrideBy));
    q.bindValue(QStringLiteral(":at"), timeText(p.overrideAt));
    q.bindValue(QStringLiteral(":w"), p.widthMm);
    q.bindValue(QStringLiteral(":h"), p.heightMm);
    q.bindValue(QStringLiteral(":bytes"), p.bytes);
    q.bindValue(QStringLiteral(":created"), timeText(p.createdAt));
    q.bindValue(QStringLiteral(":updated"), timeText(p.updatedAt));
    q.bindValue(QStringLiteral(":check"), int(p.outlineToCheck));
    return q.exec() ? true : fail(error, q.lastError());
}

QList<PageRecord> PageRepository::listFor(const QUuid& applicationUuid, QString* error)
{
    QList<PageRecord> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM pages WHERE application_uuid = :app ORDER BY material, position")
                  .arg(QLatin1String(kColumns)));
    q.bindValue(QStringLiteral(":app"), uuidKey(applicationUuid));
    if (!q.exec()) {
        fail(error, q.lastError());
        return out;
    }
    while (q.next()) {
        PageRecord p;
        p.id = QUuid::fromString(q.value(0).toString());
        p.applicationUuid = QUuid::fromString(q.value(1).toString());
        p.material = q.value(2).toString();
        p.position = q.value(3).toInt();
        p.sourceName = m_cipher.openText(kPages, "source_name", q.value(0).toString(), q.value(4), error);
        p.originalSha256 = q.value(5).toString();
        p.originalPage = q.value(6).toInt();
        p.processedSha256 = q.value(7).toString();
        p.processedFormat = q.value(8).toString();
        p.detectedCorners = cornersFrom(q.value(9));
        p.corners = cornersFrom(q.value(10));
        p.rotation = q.value(11).toInt();
        p.mode = q.value(12).toString();
        p.issues = q.value(13).toString().split(u',', Qt::SkipEmptyParts);
        p.overrideReason = m_cipher.openText(kPages, "override_reason", q.value(0).toString(), q.value(14), error);
        p.overrideBy = q.value(15).toString();
        p.overrideAt = timeFrom(q.value(16));
        p.widthMm = q.value(17).toDouble();
        p.heightMm = q.value(18).toDouble();
        p.bytes = q.value(19).toLongLong();
        p.createdAt = timeFrom(q.value(20));
        p.updatedAt = timeFrom(q.value(21));
        p.outlineToCheck = q.value(22).toInt() != 0;
        out << p;
    }
    return out;
}

bool PageRepository::remove(const QUuid& pageId, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM pages WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), uuidKey(pageId));
    return q.exec() ? true : fail(error, q.lastError());
}

bool PageRepository::arrange(const QString& material, const QList<QUuid>& orderedIds, const QDateTime& now,
                             QString* error)
{
    if (!m_db.transaction())
        return fail(error, m_db.lastError());
    for (int i = 0; i < orderedIds.size(); ++i) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE pages SET material = :material, position = :position, updated_at = :now"
                                 " WHERE id = :id"));
        q.bindValue(QStringLiteral(":material"), material);
        q.bindValue(QStringLiteral(":position"), i);
        q.bindValue(QStringLiteral(":now"), timeText(now));
        q.bindValue(QStringLiteral(":id"), uuidKey(orderedIds.at(i)));
        if (!q.exec()) {
            fail(error, q.lastError());
            m_db.rollback();
            return false;
        }
    }
    return m_db.commit() ? true : fail(error, m_db.lastError());
}

} // namespace mtb
