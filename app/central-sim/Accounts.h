#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace mtb::sim {

// A staff account as the login answer describes it (docs/api.md "Authentication").
struct Staff
{
    QString opterId; // the user name
    QString opterName;
    QString role; // "counter", "hospital" or "supervisor"
    QString optins;
    QString siteName;
    QString fixmedinsCode; // hospital clerks only
    QJsonObject toJson() const;
};

// The demo staff accounts (docs/central-sim.md). Passwords are stored only as salted PBKDF2-HMAC-
// SHA256 hashes, seeded on first start; verification compares in constant time.
class Accounts
{
public:
    explicit Accounts(QSqlDatabase& db) : m_db(db) {}

    // Creates the demo accounts that do not exist yet.
    bool seedDemoAccounts(QString* error);
    // The account when user and password match; nullopt otherwise (whichever of the two is wrong).
    std::optional<Staff> verify(const QString& username, const QString& password) const;
    std::optional<Staff> find(const QString& username) const;

    static QByteArray pbkdf2(const QByteArray& password, const QByteArray& salt, int iterations);

private:
    QSqlDatabase& m_db;
};

} // namespace mtb::sim
