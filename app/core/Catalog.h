#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mtb {

// A labelled code from a catalogue dictionary (cert types, genders, ethnicities, insurance types ...).
struct CodeEntry
{
    QString code;
    QString name;   // Chinese, as the national systems use it
    QString nameEn; // English, for the English UI; may be empty
    QString confidence;
    // psn_cert_type only: "gb11643" when the resident-ID checksum applies.
    QString check;
    bool deriveBirthGender = false;
    QString displayName(bool english) const { return english && !nameEn.isEmpty() ? nameEn : name; }
};

struct Region
{
    QString code; // GB/T 2260
    QString name;
    QString nameEn;
    QString parent;
    QString displayName(bool english) const { return english && !nameEn.isEmpty() ? nameEn : name; }
};

struct Institution
{
    QString code; // 定点医药机构编号
    QString name;
    int level = 0;  // 1 一级, 2 二级, 3 三级; 0 unknown
    QString grade;  // display string, e.g. 三级甲等
    QString admdvs; // region code
};

struct Channel
{
    QString code; // dcla_souc
    QString name;
    QString nameEn;
    QStringList requiredFields;
    QStringList requiredMaterials;
    QString displayName(bool english) const { return english && !nameEn.isEmpty() ? nameEn : name; }
};

struct Disease
{
    QString code; // opsp_dise_code
    QString name;
    QString nameEn;
    QString pinyinInitials; // e.g. "gxyb" for 高血压病; data, so a newer catalogue can correct it
    QString majorClass;
    int minHospitalLevel = 2;
    QStringList requiredMaterials;
    QStringList requiredFields;
    QString confidence;
    QString displayName(bool english) const { return english && !nameEn.isEmpty() ? nameEn : name; }
};

// The versioned catalogue: diseases, regions, institutions, dictionaries and evidence rules. It is data,
// loaded from JSON, never compiled in, so the central service can replace it without a code change.
class Catalog
{
public:
    // Parses a catalogue document; returns false and sets *error (untranslated detail) when malformed.
    bool loadFromJson(const QByteArray& json, QString* error);

    int format() const { return m_format; }
    int revision() const { return m_revision; }
    QString version() const { return m_version; }
    bool isEmpty() const { return m_diseases.isEmpty(); }

    QList<CodeEntry> dictionary(const QString& name) const { return m_dictionaries.value(name); }
    const CodeEntry* dictionaryEntry(const QString& dictionary, const QString& code) const;
    const QList<Region>& regions() const { return m_regions; }
    const Region* region(const QString& code) const;
    const QList<Institution>& institutions() const { return m_institutions; }
    const Institution* institution(const QString& code) const;
    const QList<Channel>& channels() const { return m_channels; }
    const Channel* channel(const QString& code) const;
    const QList<Disease>& diseases() const { return m_diseases; }
    const Disease* disease(const QString& code) const;
    const QList<CodeEntry>& materialTypes() const { return m_materialTypes; }
    QStringList baseRequiredFields() const { return m_baseRequiredFields; }

    // Counter staff type fast: a query matches a disease by code prefix, by pinyin-initial prefix
    // ("gxy" -> 高血压病) or by a substring of its Chinese or English name. Best matches come first.
    QList<const Disease*> searchDiseases(const QString& query, int limit = 20) const;

private:
    int m_format = 0;
    int m_revision = 0;
    QString m_version;
    QHash<QString, QList<CodeEntry>> m_dictionaries;
    QList<Region> m_regions;
    QList<Institution> m_institutions;
    QList<Channel> m_channels;
    QList<Disease> m_diseases;
    QList<CodeEntry> m_materialTypes;
    QStringList m_baseRequiredFields;
};

} // namespace mtb
