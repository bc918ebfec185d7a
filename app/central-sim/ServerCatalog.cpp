#include "ServerCatalog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mtb::sim {

namespace {
struct StatusInfo
{
    const char* code;
    const char* name;
    const char* nameEn;
    bool final;
    int timeLimitDays; // sample values: the real limits are local policy
};
const StatusInfo kStatuses[] = {
    {"accepted", "已受理", "Accepted", false, 5},
    {"initial_review", "初审", "Initial review", false, 15},
    {"expert_review", "专家评审", "Expert review", false, 20},
    {"approved", "通过", "Approved", true, 0},
    {"partially_approved", "部分通过", "Partially approved", true, 0},
    {"rejected", "不通过", "Rejected", true, 0},
    {"returned", "补充材料", "More material needed", false, 30},
    {"resubmitted", "重新提交", "Resubmitted", false, 5},
    {"withdrawn", "撤回", "Withdrawn", true, 0},
};
} // namespace

bool ServerCatalog::load(const QString& path, QString* error)
{
    QFile file(path.isEmpty() ? QStringLiteral(":/mtb/catalog/catalog.json") : path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the catalogue ") + file.fileName();
        return false;
    }
    const QByteArray raw = file.readAll();
    if (!m_catalog.loadFromJson(raw, error))
        return false;

    QJsonObject doc = QJsonDocument::fromJson(raw).object();
    QJsonArray statuses;
    for (const StatusInfo& s : kStatuses) {
        statuses.append(QJsonObject{{"code", QString::fromLatin1(s.code)},
                                    {"name", QString::fromUtf8(s.name)},
                                    {"name_en", QString::fromLatin1(s.nameEn)},
                                    {"final", s.final},
                                    {"time_limit_days", s.timeLimitDays}});
    }
    doc.insert(QLatin1String("statuses"), statuses);
    doc.insert(QLatin1String("upload_limits"),
               QJsonObject{{"max_page_bytes", kMaxPageBytes},
                           {"max_pages_per_application", kMaxPagesPerApplication},
                           {"chunk_bytes", kChunkBytes},
                           {"formats", QJsonArray::fromStringList(formats())}});
    m_bytes = QJsonDocument(doc).toJson(QJsonDocument::Compact);
    m_etag = '"' + QCryptographicHash::hash(m_bytes, QCryptographicHash::Sha256).toHex() + '"';
    return true;
}

QString ServerCatalog::statusName(const QString& status) const
{
    for (const StatusInfo& s : kStatuses) {
        if (status == QLatin1String(s.code))
            return QString::fromUtf8(s.name);
    }
    return status;
}

} // namespace mtb::sim
