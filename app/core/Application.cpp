#include "Application.h"

#include <QJsonArray>

namespace mtb {

namespace {
struct StateName
{
    LocalState state;
    const char* key;
};
const StateName kStates[] = {
    {LocalState::Draft, "draft"},
    {LocalState::Ready, "ready"},
    {LocalState::Sending, "sending"},
    {LocalState::Sent, "sent"},
    {LocalState::SendFailed, "send_failed"},
    {LocalState::RejectedByServer, "rejected_by_server"},
};

QString dateString(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
QDate dateFrom(const QJsonValue& v) { return QDate::fromString(v.toString(), Qt::ISODate); }
QString timeString(const QDateTime& t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(); }
QDateTime timeFrom(const QJsonValue& v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs); }
} // namespace

QString localStateKey(LocalState state)
{
    for (const auto& s : kStates) {
        if (s.state == state)
            return QString::fromLatin1(s.key);
    }
    return QStringLiteral("draft");
}

LocalState localStateFromKey(const QString& key, bool* ok)
{
    for (const auto& s : kStates) {
        if (key == QLatin1String(s.key)) {
            if (ok)
                *ok = true;
            return s.state;
        }
    }
    if (ok)
        *ok = false;
    return LocalState::Draft;
}

Application Application::createNew(const QDateTime& now)
{
    Application a;
    a.uuid = QUuid::createUuid();
    a.createdAt = now;
    a.updatedAt = now;
    a.acceptance.acceptedAt = now;
    return a;
}

QJsonObject Application::toJson() const
{
    QJsonArray diseaseArray;
    for (const DiseaseLine& d : diseases)
        diseaseArray.append(QJsonObject{{"opsp_dise_code", d.code}, {"opsp_dise_name", d.name}});

    return QJsonObject{
        {"uuid", uuid.toString(QUuid::WithoutBraces)},
        {"state", localStateKey(state)},
        {"revision", revision},
        {"appl_no", applicationNumber},
        {"remote_status", remoteStatus},
        {"remote_message", remoteMessage},
        {"created_at", timeString(createdAt)},
        {"updated_at", timeString(updatedAt)},
        {"catalog_version", catalogVersion},
        {"appy_rea", appyRea},
        {"applicant",
         QJsonObject{{"psn_name", applicant.psnName},
                     {"psn_cert_type", applicant.psnCertType},
                     {"certno", applicant.certno},
                     {"gend", applicant.gend},
                     {"brdy", dateString(applicant.brdy)},
                     {"naty", applicant.naty},
                     {"tel", applicant.tel},
                     {"addr", applicant.addr},
                     {"insutype", applicant.insutype},
                     {"insu_admdvs", applicant.insuAdmdvs},
                     {"psn_no", applicant.psnNo}}},
        {"diseases", diseaseArray},
        {"provenance",
         QJsonObject{{"ide_fixmedins_no", provenance.fixmedinsNo},
                     {"ide_fixmedins_name", provenance.fixmedinsName},
                     {"hosp_ide_date", dateString(provenance.hospIdeDate)},
                     {"diag_dr_name", provenance.diagDrName},
                     {"diag_dr_codg", provenance.diagDrCodg}}},
        {"agent",
         QJsonObject{{"enabled", agent.enabled},
                     {"agnter_name", agent.name},
                     {"agnter_cert_type", agent.certType},
                     {"agnter_certno", agent.certno},
                     {"agnter_tel", agent.tel},
                     {"agnter_rlts", agent.rlts}}},
        {"acceptance",
         QJsonObject{{"dcla_souc", acceptance.channel},
                     {"opter_name", acceptance.operatorName},
                     {"optins", acceptance.site},
                     {"accepted_at", timeString(acceptance.acceptedAt)}}},
    };
}

Application Application::fromJson(const QJsonObject& json)
{
    Application a;
    a.uuid = QUuid::fromString(json.value("uuid").toString());
    a.state = localStateFromKey(json.value("state").toString());
    a.revision = json.value("revision").toInt(1);
    a.applicationNumber = json.value("appl_no").toString();
    a.remoteStatus = json.value("remote_status").toString();
    a.remoteMessage = json.value("remote_message").toString();
    a.createdAt = timeFrom(json.value("created_at"));
    a.updatedAt = timeFrom(json.value("updated_at"));
    a.catalogVersion = json.value("catalog_version").toString();
    a.appyRea = json.value("appy_rea").toString();

    const QJsonObject p = json.value("applicant").toObject();
    a.applicant.psnName = p.value("psn_name").toString();
    a.applicant.psnCertType = p.value("psn_cert_type").toString();
    a.applicant.certno = p.value("certno").toString();
    a.applicant.gend = p.value("gend").toString();
    a.applicant.brdy = dateFrom(p.value("brdy"));
    a.applicant.naty = p.value("naty").toString();
    a.applicant.tel = p.value("tel").toString();
    a.applicant.addr = p.value("addr").toString();
    a.applicant.insutype = p.value("insutype").toString();
    a.applicant.insuAdmdvs = p.value("insu_admdvs").toString();
    a.applicant.psnNo = p.value("psn_no").toString();

    for (const QJsonValue& v : json.value("diseases").toArray()) {
        const QJsonObject d = v.toObject();
        a.diseases.append({d.value("opsp_dise_code").toString(), d.value("opsp_dise_name").toString()});
    }

    const QJsonObject r = json.value("provenance").toObject();
    a.provenance.fixmedinsNo = r.value("ide_fixmedins_no").toString();
    a.provenance.fixmedinsName = r.value("ide_fixmedins_name").toString();
    a.provenance.hospIdeDate = dateFrom(r.value("hosp_ide_date"));
    a.provenance.diagDrName = r.value("diag_dr_name").toString();
    a.provenance.diagDrCodg = r.value("diag_dr_codg").toString();

    const QJsonObject g = json.value("agent").toObject();
    a.agent.enabled = g.value("enabled").toBool();
    a.agent.name = g.value("agnter_name").toString();
    a.agent.certType = g.value("agnter_cert_type").toString();
    a.agent.certno = g.value("agnter_certno").toString();
    a.agent.tel = g.value("agnter_tel").toString();
    a.agent.rlts = g.value("agnter_rlts").toString();

    const QJsonObject c = json.value("acceptance").toObject();
    a.acceptance.channel = c.value("dcla_souc").toString();
    a.acceptance.operatorName = c.value("opter_name").toString();
    a.acceptance.site = c.value("optins").toString();
    a.acceptance.acceptedAt = timeFrom(c.value("accepted_at"));
    return a;
}

} // namespace mtb
