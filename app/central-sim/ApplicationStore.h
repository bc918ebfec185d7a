#pragma once

#include "Accounts.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

namespace mtb::sim {

class ServerCatalog;

// Applications, their disease lines, their history (which is also the changes feed) and the
// idempotency records. No state is cached in memory: the `review` command may change the same file
// while a server runs.
class ApplicationStore
{
public:
    struct Record
    {
        QString applNo;
        QString clientUuid;
        int revision = 1;
        QString status;
        QString optins;      // acceptance site
        QString fixmedins;   // the recognising institution
        QString submittedBy; // account that sent it
        QString returnMessage;
        QString updatedAt;
        qint64 updatedMs = 0;
        int number = 0; // running number over all applications, 1-based
    };
    struct IdempotencyRecord
    {
        QString bodySha;
        int status = 0;
        QJsonObject response;
    };
    // What a submission stores, already validated.
    struct Submission
    {
        QString idempotencyKey;
        QString bodySha; // CanonicalJson SHA-256 of the body
        QByteArray body; // the body as received
        QString clientUuid;
        int revision = 1;
        QString personKey; // certificate type + normalised number: what "the same person" means
        QString optins;
        QString fixmedins;
        QString submittedBy;
        QList<QPair<QString, QString>> diseases; // code, name
    };
    // Rows an account may see: an SQL condition on the applications table (alias a) and its values.
    struct Scope
    {
        QString where;
        QVariantList values;
    };

    explicit ApplicationStore(QSqlDatabase& db) : m_db(db) {}

    static Scope scopeFor(const Staff& staff);
    static bool canSee(const Staff& staff, const Record& record);

    std::optional<IdempotencyRecord> idempotency(const QString& key) const;
    // An application of this person that still holds this disease line (not rejected or withdrawn,
    // and the line itself not rejected); empty when there is none.
    QString activeApplicationFor(const QString& personKey, const QString& diseaseCode) const;

    // Both store the submission, its first history entry and its idempotency record in one
    // transaction and return the response body (201); nullopt on a database error.
    std::optional<QJsonObject> create(const Submission& submission);
    std::optional<QJsonObject> resubmit(const QString& applNo, const Submission& submission);

    std::optional<Record> find(const QString& applNo) const;
    std::optional<Record> findByClientUuid(const QString& clientUuid) const;
    QJsonObject statusDocument(const Record& record, const ServerCatalog& catalog) const;
    // Changes after cursor (a seq), oldest first, for the rows in scope.
    QJsonArray changes(const Scope& scope, qint64 afterSeq, int limit) const;

    // A review step (Workflow): new status, a history entry, optional per-disease decisions.
    bool recordTransition(const QString& applNo, const QString& status, const QString& by,
                          const QString& opinion, const QHash<QString, QString>& decisions,
                          bool setAllDecisionsTo = false, const QString& allDecision = {});
    QList<Record> all() const;
    // Applications in one of these statuses whose last change is older than updatedBeforeMs.
    QList<Record> waiting(const QStringList& statuses, qint64 updatedBeforeMs) const;
    QStringList diseaseCodes(const QString& applNo) const;
    int count() const;

private:
    bool addChange(const QString& applNo, const QString& status, const QString& at, const QString& by,
                   const QString& opinion);
    bool storeIdempotency(const QString& key, const QString& bodySha, int status,
                          const QJsonObject& response);
    bool replaceDiseases(const QString& applNo, const QList<QPair<QString, QString>>& diseases);
    QString nextApplicationNumber();
    QList<Record> select(const QString& where, const QVariantList& values) const;

    QSqlDatabase& m_db;
};

} // namespace mtb::sim
