#include "EncryptionUpgrade.h"

#include "BlobStore.h"
#include "DataPaths.h"
#include "DraftRepository.h"
#include "KeyRing.h"
#include "OutboxRepository.h"
#include "RecordCipher.h"
#include "Sha256.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mtb {

namespace {
bool isText(const QVariant& v)
{
    return !v.isNull() && v.typeId() != QMetaType::QByteArray;
}

bool exec(QSqlQuery& q, QString* error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    return q.exec(sql) || (error && (*error = q.lastError().text(), false));
}

// Plaintext stays plaintext unless sealed: a failure aborts the whole transaction.
bool sealInto(const RecordCipher& cipher, const char* table, const char* column, const QString& key,
              const QVariant& value, QByteArray* out, QString* error)
{
    if (!isText(value)) {
        *out = value.toByteArray(); // already an envelope (or NULL)
        return true;
    }
    *out = cipher.sealText(table, column, key, value.toString(), error);
    return !out->isEmpty();
}
} // namespace

bool EncryptionUpgrade::folderHoldsEncryptedData(const QString& dataDir)
{
    QDirIterator blobs(dataDir + QStringLiteral("/blobs"), {QStringLiteral("*.enc")}, QDir::Files,
                       QDirIterator::Subdirectories);
    if (blobs.hasNext())
        return true;
    const QString path = DataPaths(dataDir).databasePath();
    if (!QFileInfo::exists(path))
        return false;
    bool found = false;
    const QString name = QStringLiteral("mtb-probe-%1").arg(quintptr(&found));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT 1 FROM app_meta WHERE key = :key"));
            q.bindValue(QStringLiteral(":key"), QString::fromLatin1(kKeyCheckKey));
            // No app_meta or no fingerprint: written before encryption (or never used with keys).
            found = q.exec() && q.next();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return found;
}

EncryptionUpgrade::EncryptionUpgrade(QSqlDatabase& db, const QString& dataDir,
                                     std::shared_ptr<const KeyRing> keys)
    : m_db(db), m_dataDir(dataDir), m_keys(std::move(keys))
{
}

QString EncryptionUpgrade::meta(const char* key)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM app_meta WHERE key = :key"));
    q.bindValue(QStringLiteral(":key"), QString::fromLatin1(key));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

EncryptionUpgrade::KeyCheck EncryptionUpgrade::checkKeys(QString* error)
{
    if (!m_keys)
        return KeyCheck::Failed;
    // A fingerprint, not a key: an HMAC of a fixed label under the blob-name key.
    const QString expected =
        QString::fromLatin1(m_keys->mac(KeyRing::Purpose::BlobNames, "mtbdesk/key-check/v1").toHex());
    const QString stored = meta(kKeyCheckKey);
    if (stored == expected)
        return KeyCheck::Matches;
    if (!stored.isEmpty())
        return KeyCheck::Differs;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO app_meta (key, value) VALUES (:key, :value)"));
    q.bindValue(QStringLiteral(":key"), QString::fromLatin1(kKeyCheckKey));
    q.bindValue(QStringLiteral(":value"), expected);
    return exec(q, error) ? KeyCheck::Recorded : KeyCheck::Failed;
}

bool EncryptionUpgrade::pending()
{
    return !meta(kPendingKey).isEmpty();
}

bool EncryptionUpgrade::encryptRows(int* rows, QString* error)
{
    const RecordCipher cipher(m_keys);
    const OutboxRepository outbox(m_db, m_keys);
    *rows = 0;

    QSqlQuery apps(m_db);
    apps.setForwardOnly(true);
    apps.prepare(
        QStringLiteral("SELECT uuid, payload, summary, psn_name, certno, tel, dise_names FROM applications"
                       " WHERE typeof(payload) = 'text' OR typeof(summary) != 'blob' OR psn_name != ''"
                       " OR certno != '' OR tel != '' OR dise_names != ''"));
    if (!exec(apps, error))
        return false;
    while (apps.next()) {
        const QString key = apps.value(0).toString();
        QByteArray payload;
        if (!sealInto(cipher, "applications", "payload", key, apps.value(1), &payload, error))
            return false;
        QByteArray summary = apps.value(2).toByteArray();
        if (isText(apps.value(2)) || apps.value(2).isNull()) {
            summary = cipher.seal(
                "applications", "summary", key,
                DraftRepository::encodeSummary(apps.value(3).toString(), apps.value(4).toString(),
                                               apps.value(5).toString(), apps.value(6).toString()),
                error);
            if (summary.isEmpty())
                return false;
        }
        QSqlQuery u(m_db);
        u.prepare(
            QStringLiteral("UPDATE applications SET payload = :payload, summary = :summary, psn_name = '',"
                           " certno = '', tel = '', dise_names = '' WHERE uuid = :uuid"));
        u.bindValue(QStringLiteral(":payload"), payload);
        u.bindValue(QStringLiteral(":summary"), summary);
        u.bindValue(QStringLiteral(":uuid"), key);
        if (!exec(u, error))
            return false;
        ++*rows;
    }

    QSqlQuery items(m_db);
    items.setForwardOnly(true);
    items.prepare(
        QStringLiteral("SELECT application_uuid, revision, payload, field_errors, last_error_message"
                       " FROM outbox WHERE typeof(payload) = 'text' OR typeof(field_errors) = 'text'"
                       " OR typeof(last_error_message) = 'text'"));
    if (!exec(items, error))
        return false;
    while (items.next()) {
        const QString key =
            OutboxRepository::rowKey(QUuid::fromString(items.value(0).toString()), items.value(1).toInt());
        QByteArray payload, fields, message;
        if (!sealInto(cipher, "outbox", "payload", key, items.value(2), &payload, error) ||
            !sealInto(cipher, "outbox", "field_errors", key, items.value(3), &fields, error) ||
            !sealInto(cipher, "outbox", "last_error_message", key, items.value(4), &message, error))
            return false;
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral("UPDATE outbox SET payload = :payload, field_errors = :fields,"
                                 " last_error_message = :message, payload_mac = :mac"
                                 " WHERE application_uuid = :uuid AND revision = :revision"));
        u.bindValue(QStringLiteral(":payload"), payload);
        u.bindValue(QStringLiteral(":fields"), fields);
        u.bindValue(QStringLiteral(":message"), message);
        // The digest is of the plaintext, which only a TEXT payload still is here.
        u.bindValue(QStringLiteral(":mac"),
                    isText(items.value(2))
                        ? outbox.payloadDigest(items.value(2).toString().toUtf8())
                        : outbox.payloadDigest(
                              cipher.open("outbox", "payload", key, payload).value_or(QByteArray())));
        u.bindValue(QStringLiteral(":uuid"), items.value(0));
        u.bindValue(QStringLiteral(":revision"), items.value(1));
        if (!exec(u, error))
            return false;
        ++*rows;
    }

    QSqlQuery attempts(m_db);
    attempts.setForwardOnly(true);
    attempts.prepare(QStringLiteral("SELECT id, application_uuid, revision, detail FROM send_attempts"
                                    " WHERE typeof(detail) = 'text' AND detail != ''"));
    if (!exec(attempts, error))
        return false;
    while (attempts.next()) {
        const QString key = OutboxRepository::rowKey(QUuid::fromString(attempts.value(1).toString()),
                                                     attempts.value(2).toInt());
        QByteArray detail;
        if (!sealInto(cipher, "send_attempts", "detail", key, attempts.value(3), &detail, error))
            return false;
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral("UPDATE send_attempts SET detail = :detail WHERE id = :id"));
        u.bindValue(QStringLiteral(":detail"), detail);
        u.bindValue(QStringLiteral(":id"), attempts.value(0));
        if (!exec(u, error))
            return false;
        ++*rows;
    }

    QSqlQuery pages(m_db);
    pages.setForwardOnly(true);
    pages.prepare(QStringLiteral("SELECT id, source_name, override_reason FROM pages"
                                 " WHERE typeof(source_name) = 'text' OR typeof(override_reason) = 'text'"));
    if (!exec(pages, error))
        return false;
    while (pages.next()) {
        const QString key = pages.value(0).toString();
        QByteArray source, reason;
        if (!sealInto(cipher, "pages", "source_name", key, pages.value(1), &source, error) ||
            !sealInto(cipher, "pages", "override_reason", key, pages.value(2), &reason, error))
            return false;
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral(
            "UPDATE pages SET source_name = :source, override_reason = :reason WHERE id = :id"));
        u.bindValue(QStringLiteral(":source"), source);
        u.bindValue(QStringLiteral(":reason"), reason);
        u.bindValue(QStringLiteral(":id"), key);
        if (!exec(u, error))
            return false;
        ++*rows;
    }

    // Upload progress was keyed by the plain image hash. It is only a resume point: forgetting it
    // means an unfinished upload starts again (the service deduplicates finished ones).
    return exec(m_db, QStringLiteral("DELETE FROM uploads"), error);
}

bool EncryptionUpgrade::finishVacuum(QString* error)
{
    // VACUUM rewrites every page (free pages that held plaintext are gone), and the checkpoints
    // empty the WAL, which held the old page images.
    if (!exec(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), error) ||
        !exec(m_db, QStringLiteral("VACUUM"), error))
        return false;
    QSqlQuery done(m_db);
    done.prepare(QStringLiteral("DELETE FROM app_meta WHERE key = :key"));
    done.bindValue(QStringLiteral(":key"), QString::fromLatin1(kVacuumKey));
    return exec(done, error) && exec(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), error);
}

bool EncryptionUpgrade::run(Result* result, QString* error)
{
    Result local;
    Result& r = result ? *result : local;
    if (!m_keys) {
        if (error)
            *error = QStringLiteral("no keys");
        return false;
    }
    if (!pending()) {
        if (!meta(kVacuumKey).isEmpty())
            r.vacuumed = finishVacuum(nullptr); // retried until another connection lets it run
        return true;
    }

    // 1. The files first, next to their plaintext originals (which the database still points at).
    BlobStore blobs(m_dataDir, m_keys);
    if (!blobs.encryptLegacyFiles(&r.blobs, error))
        return false;

    // 2. Every row in one transaction. IMMEDIATE takes the write lock now, so a second process
    // opening at the same moment waits and then finds nothing left to do.
    if (!exec(m_db, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    const auto rollback = [this] { QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK")); };
    if (!pending()) {
        rollback();
        return true;
    }
    const QString markers = QStringLiteral("DELETE FROM app_meta WHERE key = '%1'; "
                                           "INSERT OR REPLACE INTO app_meta (key, value) VALUES ('%2', '1')")
                                .arg(QLatin1String(kPendingKey), QLatin1String(kVacuumKey));
    bool ok = encryptRows(&r.rows, error);
    for (const QString& statement : markers.split(u';'))
        ok = ok && exec(m_db, statement, error);
    if (!ok || !exec(m_db, QStringLiteral("COMMIT"), error)) {
        rollback();
        return false;
    }

    // 3. Only now that the database no longer needs them: the plaintext files, and camera captures
    // from earlier versions that are already stored (encrypted) as originals.
    blobs.removeLegacyFiles();
    const QDir captures(m_dataDir + QStringLiteral("/captures"));
    for (const QString& name : captures.entryList(QDir::Files)) {
        QFile f(captures.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString sha = QString::fromLatin1(sha256Hex(f.readAll()));
        f.close();
        if (blobs.contains(sha))
            BlobStore::overwriteAndRemove(captures.filePath(name));
    }

    // 4. Old page images out of the file and the WAL. If another connection is reading, the marker
    // stays and the next open tries again.
    r.vacuumed = finishVacuum(nullptr);
    return true;
}

} // namespace mtb
