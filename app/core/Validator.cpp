#include "Validator.h"

#include "IdNumber.h"

#include <QRegularExpression>

namespace mtb {

namespace {
using Severity = FieldIssue::Severity;

QString dateText(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

bool alreadyReported(const QList<FieldIssue>& issues, const QString& field)
{
    for (const FieldIssue& i : issues) {
        if (i.field == field)
            return true;
    }
    return false;
}
} // namespace

QString fieldValue(const Application& a, const QString& f)
{
    const Applicant& p = a.applicant;
    if (f == u"psn_name") return p.psnName.trimmed();
    if (f == u"psn_cert_type") return p.psnCertType;
    if (f == u"certno") return p.certno.trimmed();
    if (f == u"gend") return p.gend;
    if (f == u"brdy") return dateText(p.brdy);
    if (f == u"naty") return p.naty;
    if (f == u"tel") return p.tel.trimmed();
    if (f == u"addr") return p.addr.trimmed();
    if (f == u"insutype") return p.insutype;
    if (f == u"insu_admdvs") return p.insuAdmdvs;
    if (f == u"psn_no") return p.psnNo.trimmed();
    if (f == u"diseases") return a.diseases.isEmpty() ? QString() : a.diseases.first().code;
    if (f == u"ide_fixmedins_no") return a.provenance.fixmedinsNo;
    if (f == u"hosp_ide_date") return dateText(a.provenance.hospIdeDate);
    if (f == u"diag_dr_name") return a.provenance.diagDrName.trimmed();
    if (f == u"diag_dr_codg") return a.provenance.diagDrCodg.trimmed();
    if (f == u"agnter_name") return a.agent.name.trimmed();
    if (f == u"agnter_cert_type") return a.agent.certType;
    if (f == u"agnter_certno") return a.agent.certno.trimmed();
    if (f == u"agnter_tel") return a.agent.tel.trimmed();
    if (f == u"agnter_rlts") return a.agent.rlts;
    if (f == u"dcla_souc") return a.acceptance.channel;
    if (f == u"opter_name") return a.acceptance.operatorName.trimmed();
    if (f == u"optins") return a.acceptance.site;
    if (f == u"appy_rea") return a.appyRea.trimmed();
    return {};
}

Validator::Validator(const Catalog& catalog, QDate today) : m_catalog(catalog), m_today(today) {}

QStringList Validator::requiredFields(const Application& a) const
{
    QStringList fields = m_catalog.baseRequiredFields();
    fields << QStringLiteral("diseases") << QStringLiteral("dcla_souc");
    if (const Channel* c = m_catalog.channel(a.acceptance.channel))
        fields << c->requiredFields;
    for (const DiseaseLine& line : a.diseases) {
        if (const Disease* d = m_catalog.disease(line.code))
            fields << d->requiredFields;
    }
    if (a.agent.enabled) {
        fields << QStringLiteral("agnter_name") << QStringLiteral("agnter_cert_type")
               << QStringLiteral("agnter_certno") << QStringLiteral("agnter_tel")
               << QStringLiteral("agnter_rlts");
    }
    fields.removeDuplicates();
    return fields;
}

QList<FieldIssue> Validator::validate(const Application& a) const
{
    QList<FieldIssue> out;
    checkApplicant(a, out);
    checkDiseases(a, out);
    checkProvenance(a, out);
    checkAgent(a, out);
    checkRequired(a, out);
    return out;
}

void Validator::checkRequired(const Application& a, QList<FieldIssue>& out) const
{
    QStringList diseaseDriven;
    for (const DiseaseLine& line : a.diseases) {
        if (const Disease* d = m_catalog.disease(line.code))
            diseaseDriven << d->requiredFields;
    }
    for (const QString& field : requiredFields(a)) {
        if (!fieldValue(a, field).isEmpty() || alreadyReported(out, field))
            continue;
        if (field == u"diseases") {
            out.append({field, Severity::Error, tr("Choose at least one disease.")});
        } else if (diseaseDriven.contains(field)) {
            out.append({field, Severity::Error, tr("Required for the chosen disease.")});
        } else {
            out.append({field, Severity::Error, tr("Required.")});
        }
    }
}

QList<FieldIssue> Validator::checkCertificate(const QString& field, const QString& certType,
                                              const QString& number) const
{
    QList<FieldIssue> out;
    const CodeEntry* type = m_catalog.dictionaryEntry(QStringLiteral("psn_cert_type"), certType);
    if (number.trimmed().isEmpty() || !type || type->check != u"gb11643")
        return out;
    const IdNumber id = IdNumber::parse(number);
    switch (id.status()) {
    case IdNumber::Status::Valid:
        if (id.isLegacy15())
            out.append({field, Severity::Warning,
                        tr("Old 15-digit number: please check it against the current 18-digit ID card.")});
        break;
    case IdNumber::Status::Empty:
        break;
    case IdNumber::Status::BadLength:
        out.append({field, Severity::Error,
                    tr("An ID number has 18 characters (or 15 for old cards); this one has %1.")
                        .arg(id.normalized().size())});
        break;
    case IdNumber::Status::BadCharacters:
        out.append({field, Severity::Error, tr("Only digits are allowed, and X as the last character.")});
        break;
    case IdNumber::Status::BadBirthDate:
        out.append({field, Severity::Error, tr("The birth date inside the ID number is not a real date.")});
        break;
    case IdNumber::Status::BadChecksum:
        out.append({field, Severity::Error,
                    tr("The check digit is wrong: a digit was probably mistyped. Please check the card.")});
        break;
    }
    return out;
}

QList<FieldIssue> Validator::checkPhone(const QString& field, const QString& phone) const
{
    QList<FieldIssue> out;
    const QString p = QString(phone).remove(u' ').trimmed();
    if (p.isEmpty())
        return out;
    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    static const QRegularExpression landline(QStringLiteral("^0\\d{2,3}-?\\d{7,8}$"));
    if (mobile.match(p).hasMatch())
        return out;
    if (landline.match(p).hasMatch()) {
        out.append({field, Severity::Warning,
                    tr("A landline cannot receive text messages about the review; a mobile number is better.")});
        return out;
    }
    out.append({field, Severity::Error,
                tr("Enter an 11-digit mobile number (e.g. 13812345678) or a landline with area code.")});
    return out;
}

void Validator::checkApplicant(const Application& a, QList<FieldIssue>& out) const
{
    const Applicant& p = a.applicant;
    out << checkCertificate(QStringLiteral("certno"), p.psnCertType, p.certno);
    out << checkPhone(QStringLiteral("tel"), p.tel);

    if (p.psnName.trimmed().size() > 50)
        out.append({QStringLiteral("psn_name"), Severity::Error, tr("At most 50 characters.")});

    const CodeEntry* type = m_catalog.dictionaryEntry(QStringLiteral("psn_cert_type"), p.psnCertType);
    const IdNumber id = IdNumber::parse(p.certno);
    if (type && type->deriveBirthGender && id.isValid()) {
        if (p.brdy.isValid() && p.brdy != id.birthDate())
            out.append({QStringLiteral("brdy"), Severity::Error,
                        tr("Does not match the birth date in the ID number (%1).")
                            .arg(id.birthDate().toString(Qt::ISODate))});
        const QString idGender = id.gender() == IdNumber::Gender::Male ? QStringLiteral("1") : QStringLiteral("2");
        if (!p.gend.isEmpty() && p.gend != idGender)
            out.append({QStringLiteral("gend"), Severity::Error, tr("Does not match the ID number.")});
    }
    if (p.brdy.isValid() && p.brdy > m_today)
        out.append({QStringLiteral("brdy"), Severity::Error, tr("The date of birth is in the future.")});
    if (!p.insuAdmdvs.isEmpty() && !m_catalog.region(p.insuAdmdvs))
        out.append({QStringLiteral("insu_admdvs"), Severity::Error, tr("Not a region of this catalogue.")});
}

void Validator::checkDiseases(const Application& a, QList<FieldIssue>& out) const
{
    QStringList seen;
    for (const DiseaseLine& line : a.diseases) {
        if (seen.contains(line.code)) {
            out.append({QStringLiteral("diseases"), Severity::Error,
                        tr("%1 is listed twice.").arg(line.name)});
        }
        seen << line.code;
        if (!m_catalog.disease(line.code)) {
            out.append({QStringLiteral("diseases"), Severity::Warning,
                        tr("%1 (%2) is not in the current catalogue.").arg(line.name, line.code)});
        }
    }
}

void Validator::checkProvenance(const Application& a, QList<FieldIssue>& out) const
{
    const Provenance& r = a.provenance;
    if (!r.fixmedinsNo.isEmpty()) {
        const Institution* inst = m_catalog.institution(r.fixmedinsNo);
        if (!inst) {
            out.append({QStringLiteral("ide_fixmedins_no"), Severity::Warning,
                        tr("Not in the list of designated hospitals.")});
        } else {
            int needed = 2; // evidence must come from a designated hospital of level 二级 or above
            for (const DiseaseLine& line : a.diseases) {
                if (const Disease* d = m_catalog.disease(line.code))
                    needed = std::max(needed, d->minHospitalLevel);
            }
            if (inst->level < needed) {
                const QString levelName = needed >= 3 ? tr("level III (三级)") : tr("level II (二级)");
                out.append({QStringLiteral("ide_fixmedins_no"), Severity::Warning,
                            tr("%1 is %2; evidence must come from a hospital of %3 or above.")
                                .arg(inst->name, inst->grade, levelName)});
            }
        }
    }
    if (r.hospIdeDate.isValid()) {
        if (r.hospIdeDate > m_today)
            out.append({QStringLiteral("hosp_ide_date"), Severity::Error, tr("The diagnosis date is in the future.")});
        else if (a.applicant.brdy.isValid() && r.hospIdeDate < a.applicant.brdy)
            out.append({QStringLiteral("hosp_ide_date"), Severity::Error,
                        tr("The diagnosis date is before the date of birth.")});
    }
}

void Validator::checkAgent(const Application& a, QList<FieldIssue>& out) const
{
    if (!a.agent.enabled)
        return;
    out << checkCertificate(QStringLiteral("agnter_certno"), a.agent.certType, a.agent.certno);
    out << checkPhone(QStringLiteral("agnter_tel"), a.agent.tel);
    const QString agentId = a.agent.certno.trimmed().toUpper();
    if (!agentId.isEmpty() && agentId == a.applicant.certno.trimmed().toUpper())
        out.append({QStringLiteral("agnter_certno"), Severity::Error,
                    tr("The agent must be someone other than the applicant.")});
}

} // namespace mtb
