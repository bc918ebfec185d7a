#include "DraftRepository.h"

#include "SqlValues.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace mtb {

namespace {
using sql::fail;
using sql::text;
using sql::timeFrom;
using sql::timeText;
using sql::uuidKey;

QString joinedDiseaseNames(const Application& a)
{
    QStringList names;
    for (const DiseaseLine& d : a.diseases)
        names << d.name;
    return names.join(QStringLiteral("、"));
}


} // namespace

DraftSummary DraftSummary::of(const Application& a)
{
    DraftSummary s;
    s.uuid = a.uuid;
    s.state = a.state;
    s.psnName = a.applicant.psnName;
    s.certno = a.applicant.certno;
    s.tel = a.applicant.tel;
    s.applicationNumber = a.applicationNumber;
    s.diseaseNames = joinedDiseaseNames(a);
    s.remoteStatus = a.remoteStatus;
    s.updatedAt = a.updatedAt;
    return s;
}

bool DraftRepository::save(Application& a, const QDateTime& now, QString* error)
{
    if (a.uuid.isNull()) {
        if (error)
            *error = QStringLiteral("application has no uuid");
        return false;
    }
    const QDateTime previous = a.updatedAt;
    a.updatedAt = now;
    if (!a.createdAt.isValid())
        a.createdAt = now;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO applications (uuid, state, revision, payload, created_at, updated_at,"
        "  psn_name, certno, tel, appl_no, dise_names, remote_status)"
        " VALUES (:uuid, :state, :revision, :payload, :created, :updated, :name, :certno, :tel, :applno, :dise,"
        "  :remote)"
        " ON CONFLICT(uuid) DO UPDATE SET state = excluded.state, revision = excluded.revision,"
        "  payload = excluded.payload, updated_at = excluded.updated_at, psn_name = excluded.psn_name,"
        "  certno = excluded.certno, tel = excluded.tel, appl_no = excluded.appl_no,"
        "  dise_names = excluded.dise_names, remote_status = excluded.remote_status"));
    q.bindValue(QStringLiteral(":uuid"), uuidKey(a.uuid));
    q.bindValue(QStringLiteral(":state"), localStateKey(a.state));
    q.bindValue(QStringLiteral(":revision"), a.revision);
    q.bindValue(QStringLiteral(":payload"),
                QString::fromUtf8(QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact)));
    q.bindValue(QStringLiteral(":created"), timeText(a.createdAt));
    q.bindValue(QStringLiteral(":updated"), timeText(now));
    q.bindValue(QStringLiteral(":name"), text(a.applicant.psnName));
    q.bindValue(QStringLiteral(":certno"), text(a.applicant.certno));
    q.bindValue(QStringLiteral(":tel"), text(a.applicant.tel));
    q.bindValue(QStringLiteral(":applno"), text(a.applicationNumber));
    q.bindValue(QStringLiteral(":dise"), text(joinedDiseaseNames(a)));
    q.bindValue(QStringLiteral(":remote"), text(a.remoteStatus));
    if (!q.exec()) {
        a.updatedAt = previous;
        return fail(error, q.lastError());
    }
    return true;
}

std::optional<Application> DraftRepository::load(const QUuid& uuid, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT payload FROM applications WHERE uuid = :uuid"));
    q.bindValue(QStringLiteral(":uuid"), uuidKey(uuid));
    if (!q.exec()) {
        fail(error, q.lastError());
        return std::nullopt;
    }
    if (!q.next()) {
        if (error)
            *error = QStringLiteral("no application %1").arg(uuidKey(uuid));
        return std::nullopt;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
    return Application::fromJson(doc.object());
}

QVector<DraftSummary> DraftRepository::listAll(QString* error)
{
    QVector<DraftSummary> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT uuid, state, psn_name, certno, tel, appl_no, dise_names, updated_at,"
                               " deleted_at, remote_status FROM applications ORDER BY updated_at DESC"))) {
        fail(error, q.lastError());
        return out;
    }
    while (q.next()) {
        DraftSummary s;
        s.uuid = QUuid::fromString(q.value(0).toString());
        s.state = localStateFromKey(q.value(1).toString());
        s.psnName = q.value(2).toString();
        s.certno = q.value(3).toString();
        s.tel = q.value(4).toString();
        s.applicationNumber = q.value(5).toString();
        s.diseaseNames = q.value(6).toString();
        s.updatedAt = timeFrom(q.value(7));
        s.deletedAt = timeFrom(q.value(8));
        s.remoteStatus = q.value(9).toString();
        out.append(s);
    }
    return out;
}

int DraftRepository::count()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM applications")) && q.next() ? q.value(0).toInt() : -1;
}

bool DraftRepository::moveToTrash(const QUuid& uuid, const QDateTime& now, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE applications SET deleted_at = :now WHERE uuid = :uuid"));
    q.bindValue(QStringLiteral(":now"), timeText(now));
    q.bindValue(QStringLiteral(":uuid"), uuidKey(uuid));
    return q.exec() ? true : fail(error, q.lastError());
}

bool DraftRepository::restore(const QUuid& uuid, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE applications SET deleted_at = NULL WHERE uuid = :uuid"));
    q.bindValue(QStringLiteral(":uuid"), uuidKey(uuid));
    return q.exec() ? true : fail(error, q.lastError());
}

QList<QUuid> DraftRepository::importDocuments(const QJsonArray& documents, const QDateTime& now, QString* error)
{
    QList<QUuid> imported;
    if (!m_db.transaction()) {
        fail(error, m_db.lastError());
        return {};
    }
    int index = 0;
    for (const QJsonValue& v : documents) {
        ++index;
        if (!v.isObject()) {
            if (error)
                *error = QStringLiteral("item %1 is not an object").arg(index);
            m_db.rollback();
            return {};
        }
        Application a = Application::fromJson(v.toObject());
        if (a.uuid.isNull())
            a.uuid = QUuid::createUuid();
        QSqlQuery exists(m_db);
        exists.prepare(QStringLiteral("SELECT 1 FROM applications WHERE uuid = :uuid"));
        exists.bindValue(QStringLiteral(":uuid"), uuidKey(a.uuid));
        if (!exists.exec() || exists.next()) {
            if (error)
                *error = QStringLiteral("item %1: application %2 already exists").arg(index).arg(uuidKey(a.uuid));
            m_db.rollback();
            return {};
        }
        if (!save(a, a.updatedAt.isValid() ? a.updatedAt : now, error)) {
            m_db.rollback();
            return {};
        }
        imported << a.uuid;
    }
    if (!m_db.commit()) {
        fail(error, m_db.lastError());
        m_db.rollback();
        return {};
    }
    return imported;
}

} // namespace mtb
