#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace mtb {

// Local life cycle of an application on this machine (architecture.md "States").
enum class LocalState {
    Draft,            // being entered; may be incomplete
    Ready,            // validated and frozen, waiting in the outbox
    Sending,          // a submission attempt is under way
    Sent,             // the server confirmed it
    SendFailed,       // retryable failure, with backoff
    RejectedByServer, // needs staff: field errors from the server
};
QString localStateKey(LocalState state);
LocalState localStateFromKey(const QString& key, bool* ok = nullptr);

struct Applicant
{
    QString psnName;     // psn_name
    QString psnCertType; // psn_cert_type, dictionary code
    QString certno;      // certno
    QString gend;        // gend, dictionary code
    QDate brdy;          // brdy
    QString naty;        // naty, dictionary code
    QString tel;         // tel
    QString addr;        // addr
    QString insutype;    // insutype, dictionary code
    QString insuAdmdvs;  // insu_admdvs, GB/T 2260 code
    QString psnNo;       // psn_no: opaque national person number, never derived
    bool operator==(const Applicant&) const = default;
};

struct DiseaseLine
{
    QString code; // opsp_dise_code: any catalogue string, not only M + 5 digits
    QString name; // opsp_dise_name as it was in the catalogue when chosen
    bool operator==(const DiseaseLine&) const = default;
};

struct Provenance
{
    QString fixmedinsNo;   // ide_fixmedins_no
    QString fixmedinsName; // ide_fixmedins_name
    QDate hospIdeDate;     // hosp_ide_date
    QString diagDrName;    // diag_dr_name
    QString diagDrCodg;    // diag_dr_codg (医保医师代码), optional unless the disease requires it
    bool operator==(const Provenance&) const = default;
};

struct Agent // 代办人
{
    bool enabled = false;
    QString name;     // agnter_name
    QString certType; // agnter_cert_type
    QString certno;   // agnter_certno
    QString tel;      // agnter_tel
    QString rlts;     // agnter_rlts, dictionary code
    bool operator==(const Agent&) const = default;
};

struct Acceptance
{
    QString channel;      // dcla_souc: channel code from the catalogue
    QString operatorName; // opter_name
    QString site;         // optins: the acceptance site / agency code
    QDateTime acceptedAt; // when the draft was created at the counter
    bool operator==(const Acceptance&) const = default;
};

struct Application
{
    QUuid uuid; // minted at creation; the idempotency key for every submission, forever
    LocalState state = LocalState::Draft;
    int revision = 1;
    QString applicationNumber; // 申请编号, assigned by the central service
    QString remoteStatus;      // status code reported by the central service
    QString remoteMessage;     // the reviewer's latest opinion (e.g. what material to add)
    QDateTime createdAt;
    QDateTime updatedAt;
    QString catalogVersion; // catalogue version the draft was entered against

    Applicant applicant;
    QList<DiseaseLine> diseases;
    Provenance provenance;
    Agent agent;
    Acceptance acceptance;
    QString appyRea; // appy_rea, free text
    bool operator==(const Application&) const = default;

    static Application createNew(const QDateTime& now);

    QJsonObject toJson() const;
    // Unknown keys are ignored; a missing uuid yields a null uuid that the caller must handle.
    static Application fromJson(const QJsonObject& json);

    bool isEditable() const { return state == LocalState::Draft; }
};

} // namespace mtb
