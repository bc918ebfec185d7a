#include "OfflineVerifier.h"

#include "KeyRing.h"
#include "PasswordHash.h"
#include "SecureBytes.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mtb {

namespace {
QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString("");
}
QDateTime timeFrom(const QVariant& v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs);
}
QString localTime(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}
// What a row's signature covers: everything that decides who may sign in, as whom and until when
// (not the failure counter, which changes on every wrong password).
QByteArray signedPart(const QString& opterId, const QString& staffJson, const QString& kdf,
                      const QByteArray& salt, const QByteArray& hash, int iterations, const QString& onlineAt)
{
    return QByteArrayLiteral("mtbdesk staff_accounts v1\n") + opterId.toUtf8() + '\n' + staffJson.toUtf8() +
           '\n' + kdf.toUtf8() + '\n' + salt.toHex() + '\n' + hash.toHex() + '\n' +
           QByteArray::number(iterations) + '\n' + onlineAt.toUtf8();
}

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("OfflineVerifier", text, nullptr, n);
}
} // namespace

QString OfflineVerifier::Result::message() const
{
    switch (outcome) {
    case Outcome::Verified:
        return {};
    case Outcome::WrongPassword:
        if (lockedUntil.isValid())
            return tr("Wrong password. Too many wrong passwords: %1 cannot sign in on this PC until %2.")
                .arg(user, localTime(lockedUntil));
        return tr("Wrong password. %n more wrong attempt(s) lock this account on this PC for a few minutes.",
                  attemptsLeft);
    case Outcome::UnknownAccount:
        return tr("%1 has never signed in online on this PC, so it cannot be checked without the central "
                  "service. Sign in once while the network is available.")
            .arg(user);
    case Outcome::Expired:
        return tr("%1 last signed in online on this PC on %2. Offline sign-in is allowed for %n day(s) after "
                  "that: sign in while the central service is reachable.",
                  validityDays)
            .arg(user, localTime(lastOnline));
    case Outcome::LockedOut:
        return tr("Too many wrong passwords: %1 cannot sign in on this PC until %2.")
            .arg(user, localTime(lockedUntil));
    case Outcome::StorageError:
        return tr("The sign-in records on this PC cannot be read (%1).").arg(detail);
    }
    return {};
}

OfflineVerifier::OfflineVerifier(QSqlDatabase& db, std::shared_ptr<const Clock> clock, OfflinePolicy policy)
    : m_db(db), m_clock(clock ? std::move(clock) : Clock::system()), m_policy(policy)
{
}

bool OfflineVerifier::remember(const StaffIdentity& staff, const QString& password, QString* error,
                               int iterations)
{
    const PasswordHash h =
        PasswordHash::derive(password, iterations > 0 ? iterations : PasswordHash::kDefaultIterations);
    if (!h.isValid()) {
        if (error)
            *error = QStringLiteral("could not derive the password hash");
        return false;
    }
    const QDateTime now = m_clock->nowUtc();
    const QString json = QString::fromUtf8(QJsonDocument(staff.toJson()).toJson(QJsonDocument::Compact));
    const QString kdf = QStringLiteral("pbkdf2-hmac-sha256");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO staff_accounts (opter_id, staff_json, kdf, salt, hash, iterations, online_at,"
        "  failed_attempts, locked_until, updated_at, mac)"
        " VALUES (:id, :json, :kdf, :salt, :hash, :iter, :now, 0, '', :now, :mac)"
        " ON CONFLICT(opter_id) DO UPDATE SET staff_json = excluded.staff_json, kdf = excluded.kdf,"
        "  salt = excluded.salt, hash = excluded.hash, iterations = excluded.iterations,"
        "  online_at = excluded.online_at, failed_attempts = 0, locked_until = '',"
        "  updated_at = excluded.updated_at, mac = excluded.mac"));
    q.bindValue(QStringLiteral(":id"), staff.opterId);
    q.bindValue(QStringLiteral(":json"), json);
    q.bindValue(QStringLiteral(":kdf"), kdf);
    q.bindValue(QStringLiteral(":salt"), h.salt);
    q.bindValue(QStringLiteral(":hash"), h.hash);
    q.bindValue(QStringLiteral(":iter"), h.iterations);
    q.bindValue(QStringLiteral(":now"), timeText(now));
    q.bindValue(QStringLiteral(":mac"),
                m_keys ? QVariant(m_keys->mac(KeyRing::Purpose::Records,
                                              signedPart(staff.opterId, json, kdf, h.salt, h.hash,
                                                         h.iterations, timeText(now))))
                       : QVariant(QMetaType(QMetaType::QByteArray)));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

OfflineVerifier::Result OfflineVerifier::verify(const QString& userInput, const QString& password,
                                                Purpose purpose)
{
    Result r;
    r.user = userInput.trimmed();
    const QDateTime now = m_clock->nowUtc();
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT staff_json, salt, hash, iterations, online_at, failed_attempts, locked_until,"
                       " kdf, mac FROM staff_accounts WHERE opter_id = :id"));
    q.bindValue(QStringLiteral(":id"), r.user);
    if (!q.exec()) {
        r.detail = q.lastError().text();
        return r;
    }
    if (!q.next()) {
        r.outcome = Outcome::UnknownAccount;
        return r;
    }
    const auto staff =
        StaffIdentity::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    PasswordHash stored;
    stored.salt = q.value(1).toByteArray();
    stored.hash = q.value(2).toByteArray();
    stored.iterations = q.value(3).toInt();
    r.lastOnline = timeFrom(q.value(4));
    const int failures = q.value(5).toInt();
    const QDateTime lockedUntil = timeFrom(q.value(6));
    const bool signatureOk =
        !m_keys || constantTimeEquals(q.value(8).toByteArray(),
                                      m_keys->mac(KeyRing::Purpose::Records,
                                                  signedPart(r.user, q.value(0).toString(),
                                                             q.value(7).toString(), stored.salt, stored.hash,
                                                             stored.iterations, q.value(4).toString())));
    q.finish();
    if (!signatureOk || !staff || !stored.isValid() || !r.lastOnline.isValid()) {
        // A damaged or tampered row must not sign anyone in; an online sign-in rewrites it.
        r.outcome = Outcome::UnknownAccount;
        return r;
    }
    if (lockedUntil.isValid() && now < lockedUntil) {
        r.outcome = Outcome::LockedOut;
        r.lockedUntil = lockedUntil;
        return r;
    }
    if (purpose == Purpose::SignIn && m_policy.validityDays > 0 &&
        r.lastOnline.addDays(m_policy.validityDays) < now) {
        // Checked before the password so an expired account gives nothing to guess against.
        r.outcome = Outcome::Expired;
        r.validityDays = m_policy.validityDays;
        return r;
    }

    QSqlQuery update(m_db);
    if (stored.matches(password)) {
        r.outcome = Outcome::Verified;
        r.staff = staff;
        update.prepare(QStringLiteral("UPDATE staff_accounts SET failed_attempts = 0, locked_until = ''"
                                      " WHERE opter_id = :id"));
    } else {
        r.outcome = Outcome::WrongPassword;
        const int count = failures + 1;
        const bool lock = m_policy.maxFailures > 0 && count >= m_policy.maxFailures;
        r.attemptsLeft = lock ? 0 : m_policy.maxFailures - count;
        if (lock)
            r.lockedUntil = now.addSecs(qint64(m_policy.lockoutMinutes) * 60);
        // After a lock the count starts again, so each lock is followed by a full set of attempts.
        update.prepare(
            QStringLiteral("UPDATE staff_accounts SET failed_attempts = :count, locked_until = :until"
                           " WHERE opter_id = :id"));
        update.bindValue(QStringLiteral(":count"), lock ? 0 : count);
        update.bindValue(QStringLiteral(":until"), timeText(r.lockedUntil));
    }
    update.bindValue(QStringLiteral(":id"), r.user);
    if (!update.exec() && r.outcome == Outcome::WrongPassword) {
        // A failure that cannot be counted must not become an unlimited guessing loop.
        r.outcome = Outcome::StorageError;
        r.detail = update.lastError().text();
    }
    return r;
}

bool OfflineVerifier::forget(const QString& user, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM staff_accounts WHERE opter_id = :id"));
    q.bindValue(QStringLiteral(":id"), user.trimmed());
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace mtb
