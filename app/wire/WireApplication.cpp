#include "WireApplication.h"

#include <QJsonArray>

namespace mtb::wire {

namespace {

QJsonObject pageToJson(const WirePage& p)
{
    return QJsonObject{{"sha256", p.sha256},
                       {"format", p.format},
                       {"width_mm", p.widthMm},
                       {"height_mm", p.heightMm},
                       {"issues", QJsonArray::fromStringList(p.issues)},
                       {"override_reason", p.overrideReason}};
}

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& item : v.toArray())
        out << item.toString();
    return out;
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

bool readPages(const QJsonArray& materials, QList<WirePage>* pages, QString* error)
{
    for (const QJsonValue& m : materials) {
        const QJsonObject material = m.toObject();
        const QString code = material.value(QLatin1String("material")).toString();
        if (code.isEmpty())
            return fail(error, QStringLiteral("materials[]: missing material"));
        for (const QJsonValue& v : material.value(QLatin1String("pages")).toArray()) {
            const QJsonObject p = v.toObject();
            WirePage page;
            page.material = code;
            page.sha256 = p.value(QLatin1String("sha256")).toString();
            page.format = p.value(QLatin1String("format")).toString();
            page.widthMm = p.value(QLatin1String("width_mm")).toDouble();
            page.heightMm = p.value(QLatin1String("height_mm")).toDouble();
            page.issues = stringList(p.value(QLatin1String("issues")));
            page.overrideReason = p.value(QLatin1String("override_reason")).toString();
            if (!isSha256Hex(page.sha256))
                return fail(error,
                            QStringLiteral("materials[].pages[]: sha256 is not 64 lower-case hex digits"));
            pages->append(page);
        }
    }
    return true;
}

} // namespace

bool isSha256Hex(const QString& text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QJsonObject WireApplication::toJson() const
{
    // Application::toJson() already maps every national field; only the local bookkeeping
    // (state, times, the server's number) is left out of the wire body.
    const QJsonObject local = application.toJson();

    QStringList materialOrder;
    for (const WirePage& p : pages) {
        if (!materialOrder.contains(p.material))
            materialOrder << p.material;
    }
    QJsonArray materials;
    for (const QString& code : materialOrder) {
        QJsonArray pageArray;
        for (const WirePage& p : pages) {
            if (p.material == code)
                pageArray.append(pageToJson(p));
        }
        materials.append(QJsonObject{{"material", code}, {"pages", pageArray}});
    }

    return QJsonObject{
        {"client_uuid", application.uuid.toString(QUuid::WithoutBraces)},
        {"revision", application.revision},
        {"catalog_version", application.catalogVersion},
        {"applicant", local.value(QLatin1String("applicant"))},
        {"diseases", local.value(QLatin1String("diseases"))},
        {"provenance", local.value(QLatin1String("provenance"))},
        {"agent", local.value(QLatin1String("agent"))},
        {"acceptance", local.value(QLatin1String("acceptance"))},
        {"appy_rea", application.appyRea},
        {"materials", materials},
    };
}

std::optional<WireApplication> WireApplication::fromJson(const QJsonObject& body, QString* error)
{
    const QUuid uuid = QUuid::fromString(body.value(QLatin1String("client_uuid")).toString());
    if (uuid.isNull()) {
        fail(error, QStringLiteral("client_uuid is missing or not a UUID"));
        return std::nullopt;
    }
    const int revision = body.value(QLatin1String("revision")).toInt(0);
    if (revision < 1) {
        fail(error, QStringLiteral("revision must be an integer >= 1"));
        return std::nullopt;
    }

    // Reuse Application::fromJson by presenting the body in the local document's shape.
    QJsonObject local;
    for (const char* key :
         {"applicant", "diseases", "provenance", "agent", "acceptance", "appy_rea", "catalog_version"})
        local.insert(QLatin1String(key), body.value(QLatin1String(key)));
    local.insert(QLatin1String("uuid"), uuid.toString(QUuid::WithoutBraces));
    local.insert(QLatin1String("revision"), revision);

    WireApplication wire;
    wire.application = Application::fromJson(local);
    if (!readPages(body.value(QLatin1String("materials")).toArray(), &wire.pages, error))
        return std::nullopt;
    return wire;
}

QStringList WireApplication::pageHashes() const
{
    QStringList out;
    for (const WirePage& p : pages) {
        if (!out.contains(p.sha256))
            out << p.sha256;
    }
    return out;
}

} // namespace mtb::wire
