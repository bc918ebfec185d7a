#include "FieldLabels.h"

#include <QCoreApplication>

namespace mtb {

namespace {
struct Label
{
    const char* field;
    const char* text;
};
// QT_TRANSLATE_NOOP marks the texts for lupdate; they are translated when looked up.
const Label kLabels[] = {
    {"psn_name", QT_TRANSLATE_NOOP("FieldLabels", "Name")},
    {"psn_cert_type", QT_TRANSLATE_NOOP("FieldLabels", "Certificate type")},
    {"certno", QT_TRANSLATE_NOOP("FieldLabels", "Certificate number")},
    {"gend", QT_TRANSLATE_NOOP("FieldLabels", "Gender")},
    {"brdy", QT_TRANSLATE_NOOP("FieldLabels", "Date of birth")},
    {"naty", QT_TRANSLATE_NOOP("FieldLabels", "Ethnicity")},
    {"tel", QT_TRANSLATE_NOOP("FieldLabels", "Phone")},
    {"addr", QT_TRANSLATE_NOOP("FieldLabels", "Address")},
    {"insutype", QT_TRANSLATE_NOOP("FieldLabels", "Insurance type")},
    {"insu_admdvs", QT_TRANSLATE_NOOP("FieldLabels", "Insured region")},
    {"psn_no", QT_TRANSLATE_NOOP("FieldLabels", "Personnel number")},
    {"diseases", QT_TRANSLATE_NOOP("FieldLabels", "Diseases")},
    {"ide_fixmedins_no", QT_TRANSLATE_NOOP("FieldLabels", "Designated hospital")},
    {"hosp_ide_date", QT_TRANSLATE_NOOP("FieldLabels", "Diagnosis date")},
    {"diag_dr_name", QT_TRANSLATE_NOOP("FieldLabels", "Diagnosing doctor")},
    {"diag_dr_codg", QT_TRANSLATE_NOOP("FieldLabels", "Doctor code")},
    {"agnter_name", QT_TRANSLATE_NOOP("FieldLabels", "Agent name")},
    {"agnter_cert_type", QT_TRANSLATE_NOOP("FieldLabels", "Agent certificate type")},
    {"agnter_certno", QT_TRANSLATE_NOOP("FieldLabels", "Agent certificate number")},
    {"agnter_tel", QT_TRANSLATE_NOOP("FieldLabels", "Agent phone")},
    {"agnter_rlts", QT_TRANSLATE_NOOP("FieldLabels", "Relationship to applicant")},
    {"dcla_souc", QT_TRANSLATE_NOOP("FieldLabels", "Channel")},
    {"opter_name", QT_TRANSLATE_NOOP("FieldLabels", "Operator")},
    {"optins", QT_TRANSLATE_NOOP("FieldLabels", "Acceptance site")},
    {"appy_rea", QT_TRANSLATE_NOOP("FieldLabels", "Reason for application")},
};
} // namespace

QString fieldLabel(const QString& field)
{
    for (const Label& l : kLabels) {
        if (field == QLatin1String(l.field))
            return QCoreApplication::translate("FieldLabels", l.text);
    }
    return field;
}

} // namespace mtb
