#include "Catalog.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace mtb {

namespace {
QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& item : v.toArray())
        out.append(item.toString());
    return out;
}

CodeEntry codeEntry(const QJsonObject& o)
{
    CodeEntry e;
    e.code = o.value("code").toString();
    e.name = o.value("name").toString();
    e.nameEn = o.value("name_en").toString();
    e.confidence = o.value("confidence").toString();
    e.check = o.value("check").toString();
    e.deriveBirthGender = o.value("derive_birth_gender").toBool();
    return e;
}

template <typename T>
const T* findByCode(const QList<T>& list, const QString& code)
{
    auto it = std::find_if(list.begin(), list.end(), [&](const T& item) { return item.code == code; });
    return it == list.end() ? nullptr : &*it;
}
} // namespace

bool Catalog::loadFromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        if (error)
            *error = parseError.errorString();
        return false;
    }
    const QJsonObject root = doc.object();
    Catalog c;
    c.m_format = root.value("format").toInt();
    c.m_revision = root.value("revision").toInt();
    c.m_version = root.value("version").toString();
    if (c.m_format != 1) {
        if (error)
            *error = QStringLiteral("unsupported catalogue format %1").arg(c.m_format);
        return false;
    }

    const QJsonObject dicts = root.value("dictionaries").toObject();
    for (auto it = dicts.begin(); it != dicts.end(); ++it) {
        QList<CodeEntry> entries;
        for (const QJsonValue& v : it.value().toArray())
            entries.append(codeEntry(v.toObject()));
        c.m_dictionaries.insert(it.key(), entries);
    }
    for (const QJsonValue& v : root.value("regions").toArray()) {
        const QJsonObject o = v.toObject();
        c.m_regions.append({o.value("code").toString(), o.value("name").toString(),
                            o.value("name_en").toString(), o.value("parent").toString()});
    }
    for (const QJsonValue& v : root.value("institutions").toArray()) {
        const QJsonObject o = v.toObject();
        c.m_institutions.append({o.value("code").toString(), o.value("name").toString(),
                                 o.value("level").toInt(), o.value("grade").toString(),
                                 o.value("admdvs").toString()});
    }
    for (const QJsonValue& v : root.value("channels").toArray()) {
        const QJsonObject o = v.toObject();
        c.m_channels.append({o.value("code").toString(), o.value("name").toString(),
                             o.value("name_en").toString(), stringList(o.value("required_fields")),
                             stringList(o.value("required_materials"))});
    }
    for (const QJsonValue& v : root.value("material_types").toArray())
        c.m_materialTypes.append(codeEntry(v.toObject()));
    for (const QJsonValue& v : root.value("diseases").toArray()) {
        const QJsonObject o = v.toObject();
        Disease d;
        d.code = o.value("code").toString();
        d.name = o.value("name").toString();
        d.nameEn = o.value("name_en").toString();
        d.pinyinInitials = o.value("py").toString().toLower();
        d.majorClass = o.value("majcls").toString();
        d.minHospitalLevel = o.value("min_hospital_level").toInt(2);
        d.requiredMaterials = stringList(o.value("required_materials"));
        d.requiredFields = stringList(o.value("required_fields"));
        d.confidence = o.value("confidence").toString();
        if (d.code.isEmpty() || d.name.isEmpty()) {
            if (error)
                *error = QStringLiteral("a disease entry has no code or name");
            return false;
        }
        c.m_diseases.append(d);
    }
    c.m_baseRequiredFields = stringList(root.value("base_required_fields"));
    if (c.m_diseases.isEmpty() || c.m_regions.isEmpty()) {
        if (error)
            *error = QStringLiteral("the catalogue has no diseases or no regions");
        return false;
    }
    *this = std::move(c);
    return true;
}

const CodeEntry* Catalog::dictionaryEntry(const QString& dictionary, const QString& code) const
{
    auto it = m_dictionaries.constFind(dictionary);
    return it == m_dictionaries.constEnd() ? nullptr : findByCode(*it, code);
}

const Region* Catalog::region(const QString& code) const { return findByCode(m_regions, code); }
const Institution* Catalog::institution(const QString& code) const { return findByCode(m_institutions, code); }
const Channel* Catalog::channel(const QString& code) const { return findByCode(m_channels, code); }
const Disease* Catalog::disease(const QString& code) const { return findByCode(m_diseases, code); }

QList<const Disease*> Catalog::searchDiseases(const QString& query, int limit) const
{
    const QString q = query.trimmed().toLower();
    QList<QPair<int, const Disease*>> scored;
    for (const Disease& d : m_diseases) {
        int score = -1;
        if (q.isEmpty())
            score = 0;
        else if (d.code.toLower() == q)
            score = 100;
        else if (d.pinyinInitials == q)
            score = 90;
        else if (d.name == query.trimmed())
            score = 90;
        else if (d.code.toLower().startsWith(q))
            score = 80;
        else if (d.pinyinInitials.startsWith(q))
            score = 70;
        else if (d.name.startsWith(query.trimmed()))
            score = 65;
        else if (d.name.contains(query.trimmed()))
            score = 60;
        else if (d.pinyinInitials.contains(q))
            score = 40;
        else if (d.nameEn.toLower().contains(q))
            score = 30;
        if (score >= 0)
            scored.append({score, &d});
    }
    // Stable: equal scores keep catalogue (code) order.
    std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QList<const Disease*> out;
    for (const auto& s : scored) {
        if (out.size() >= limit)
            break;
        out.append(s.second);
    }
    return out;
}

} // namespace mtb
