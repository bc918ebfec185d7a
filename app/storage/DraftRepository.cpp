#include "DraftRepository.h"

#include "SqlValues.h"

#include <QCoreApplication>
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

constexpr const char* kTable = "applications";

void bindScope(QSqlQuery& q, const AccessScope& scope)
{
    const QVariantMap values = scope.bindValues();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        q.bindValue(it.key(), it.value());
}

// NULL rather than '' for "no owner": an empty string must never match anybody's scope.
QVariant ownerValue(const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); }

bool exists(QSqlDatabase& db, const QString& key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM applications WHERE uuid = :uuid"));
    q.bindValue(QStringLiteral(":uuid"), key);
    return q.exec() && q.next();
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

// A version byte, then each field as a 4-byte big-endian length and its UTF-8 bytes. Not JSON: the
// list decodes 10,000 of these on every load, and a parser there costs more than the decryption.
QByteArray DraftRepository::encodeSummary(const QString& psnName, const QString& certno, const QString& tel,
                                          const QString& diseaseNames)
{
    QByteArray out(1, '\x01');
    for (const QString* field : {&psnName, &certno, &tel, &diseaseNames}) {
        const QByteArray utf8 = field->toUtf8();
        const quint32 n = quint32(utf8.size());
        const char length[4] = {char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
        out.append(length, 4);
        out.append(utf8);
    }
    return out;
}

void DraftRepository::decodeSummary(const QByteArray& bytes, DraftSummary& into)
{
    QString* fields[] = {&into.psnName, &into.certno, &into.tel, &into.diseaseNames};
    for (QString* f : fields)
        f->clear();
    if (bytes.isEmpty() || bytes.at(0) != '\x01')
        return; // empty, or a format this version does not know: no details rather than wrong ones
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData());
    qsizetype at = 1;
    for (QString* f : fields) {
        if (at + 4 > bytes.size())
            return;
        const qsizetype n = (qsizetype(p[at]) << 24) | (qsizetype(p[at + 1]) << 16) | (qsizetype(p[at + 2]) << 8) |
                            qsizetype(p[at + 3]);
        at += 4;
        if (n > bytes.size() - at)
            return;
        *f = QString::fromUtf8(bytes.constData() + at, n);
        at += n;
    }
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
    // Nothing is written unless both values are sealed.
    const QString key = uuidKey(a.uuid);
    const QByteArray payload = m_cipher.seal(kTable, "payload", key,
                                             QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact), error);
    const QByteArray summary = payload.isEmpty() ? QByteArray()
                                                 : m_cipher.seal(kTable, "summary", key,
                                                                 encodeSummary(a.applicant.psnName, a.applicant.certno,
                                                                               a.applicant.tel, joinedDiseaseNames(a)),
                                                                 error);
    if (summary.isEmpty()) {
        a.updatedAt = previous;
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO applications (uuid, state, revision, payload, created_at, updated_at,"
        "  summary, appl_no, remote_status, owner_optins, owner_fixmedins, created_by)"
        " VALUES (:uuid, :state, :revision, :payload, :created, :updated, :summary, :applno, :remote,"
        "  :owner_optins, :owner_fixmedins, :created_by)"
        " ON CONFLICT(uuid) DO UPDATE SET state = excluded.state, revision = excluded.revision,"
        "  payload = excluded.payload, updated_at = excluded.updated_at, summary = excluded.summary,"
        "  appl_no = excluded.appl_no, remote_status = excluded.remote_status"
        // The owner is set once, by the first save; an existing row outside the scope is left alone.
        " WHERE ") + m_scope.sqlCondition());
    bindScope(q, m_scope);
    q.bindValue(QStringLiteral(":owner_optins"), ownerValue(m_scope.ownerOptins()));
    q.bindValue(QStringLiteral(":owner_fixmedins"), ownerValue(m_scope.ownerFixmedins()));
    q.bindValue(QStringLiteral(":created_by"), ownerValue(m_scope.createdBy()));
    q.bindValue(QStringLiteral(":uuid"), key);
    q.bindValue(QStringLiteral(":state"), localStateKey(a.state));
    q.bindValue(QStringLiteral(":revision"), a.revision);
    q.bindValue(QStringLiteral(":payload"), payload);
    q.bindValue(QStringLiteral(":created"), timeText(a.createdAt));
    q.bindValue(QStringLiteral(":updated"), timeText(now));
    q.bindValue(QStringLiteral(":summary"), summary);
    q.bindValue(QStringLiteral(":applno"), text(a.applicationNumber));
    q.bindValue(QStringLiteral(":remote"), text(a.remoteStatus));
    if (!q.exec()) {
        a.updatedAt = previous;
        return fail(error, q.lastError());
    }
    if (q.numRowsAffected() == 0) {
        a.updatedAt = previous;
        if (error)
            *error = outOfScopeMessage();
        return false;
    }
    return true;
}

std::optional<Application> DraftRepository::load(const QUuid& uuid, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT payload FROM applications WHERE uuid = :uuid AND ") + m_scope.sqlCondition());
    q.bindValue(QStringLiteral(":uuid"), uuidKey(uuid));
    bindScope(q, m_scope);
    if (!q.exec()) {
        fail(error, q.lastError());
        return std::nullopt;
    }
    if (!q.next()) {
        if (error)
            *error = exists(m_db, uuidKey(uuid)) ? outOfScopeMessage()
                                                 : QStringLiteral("no application %1").arg(uuidKey(uuid));
        return std::nullopt;
    }
    const auto json = m_cipher.open(kTable, "payload", uuidKey(uuid), q.value(0), error);
    if (!json)
        return std::nullopt;
    return Application::fromJson(QJsonDocument::fromJson(*json).object());
}

QVector<DraftSummary> DraftRepository::listAll(QString* error)
{
    QVector<DraftSummary> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT uuid, state, summary, appl_no, updated_at, deleted_at, remote_status"
                             " FROM applications WHERE ") +
              m_scope.sqlCondition() + QStringLiteral(" ORDER BY updated_at DESC"));
    bindScope(q, m_scope);
    if (!q.exec()) {
        fail(error, q.lastError());
        return out;
    }
    // The list is filtered in memory (ApplicationFilterModel), so decrypting each summary here is all
    // the search needs. A row whose summary does not decrypt is still listed (without the person's
    // details) so staff see that it exists, and the error says how many.
    int unreadable = 0;
    QString firstProblem;
    while (q.next()) {
        DraftSummary s;
        s.uuid = QUuid::fromString(q.value(0).toString());
        s.state = localStateFromKey(q.value(1).toString());
        QString problem;
        if (const auto summary = m_cipher.open(kTable, "summary", q.value(0).toString(), q.value(2), &problem))
            decodeSummary(*summary, s);
        else if (unreadable++ == 0)
            firstProblem = problem;
        s.applicationNumber = q.value(3).toString();
        s.updatedAt = timeFrom(q.value(4));
        s.deletedAt = timeFrom(q.value(5));
        s.remoteStatus = q.value(6).toString();
        out.append(s);
    }
    if (unreadable > 0 && error)
        *error = QStringLiteral("%1 row(s) could not be decrypted; first: %2").arg(unreadable).arg(firstProblem);
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
    q.prepare(QStringLiteral("UPDATE applications SET deleted_at = :now WHERE uuid = :uuid AND ") +
              m_scope.sqlCondition());
    q.bindValue(QStringLiteral(":now"), timeText(now));
    q.bindValue(QStringLiteral(":uuid"), uuidKey(uuid));
    bindScope(q, m_scope);
    if (!q.exec())
        return fail(error, q.lastError());
    if (q.numRowsAffected() == 0 && exists(m_db, uuidKey(uuid))) {
        if (error)
            *error = outOfScopeMessage();
        return false;
    }
    return true;
}

bool DraftRepository::restore(const QUuid& uuid, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE applications SET deleted_at = NULL WHERE uuid = :uuid AND ") +
              m_scope.sqlCondition());
    q.bindValue(QStringLiteral(":uuid"), uuidKey(uuid));
    bindScope(q, m_scope);
    if (!q.exec())
        return fail(error, q.lastError());
    if (q.numRowsAffected() == 0 && exists(m_db, uuidKey(uuid))) {
        if (error)
            *error = outOfScopeMessage();
        return false;
    }
    return true;
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

QString DraftRepository::outOfScopeMessage()
{
    return QCoreApplication::translate("DraftRepository",
                                       "This application belongs to another site or institution: you may not "
                                       "open or change it.");
}

int DraftRepository::claimLegacy(QString* error)
{
    if (m_scope.isEverything())
        return 0;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE applications SET owner_optins = coalesce(owner_optins, :optins),"
                             " owner_fixmedins = coalesce(owner_fixmedins, :fixmedins), created_by = ''"
                             " WHERE created_by IS NULL"));
    q.bindValue(QStringLiteral(":optins"), ownerValue(m_scope.ownerOptins()));
    q.bindValue(QStringLiteral(":fixmedins"), ownerValue(m_scope.ownerFixmedins()));
    if (!q.exec()) {
        fail(error, q.lastError());
        return -1;
    }
    return q.numRowsAffected();
}

} // namespace mtb
