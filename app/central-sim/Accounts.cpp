#include "Accounts.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mtb::sim {

namespace {
// Slow enough to make guessing expensive, fast enough for a test suite that signs in often.
constexpr int kIterations = 20000;

struct DemoAccount
{
    Staff staff;
    const char* password;
};

QList<DemoAccount> demoAccounts()
{
    return {
        {{QStringLiteral("nc-counter-01"), QStringLiteral("李敏"), QStringLiteral("counter"),
          QStringLiteral("511302"), QStringLiteral("顺庆区医保服务大厅"), QString()},
         "counter123"},
        {{QStringLiteral("nc-hosp-01"), QStringLiteral("王芳"), QStringLiteral("hospital"),
          QStringLiteral("511302"), QStringLiteral("南充市中心医院"), QStringLiteral("H51130200002")},
         "hospital123"},
        {{QStringLiteral("nc-super-01"), QStringLiteral("张审核"), QStringLiteral("supervisor"),
          QStringLiteral("511300"), QStringLiteral("南充市医疗保障事务中心"), QString()},
         "supervisor123"},
    };
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

Staff staffFrom(const QSqlQuery& q, int first)
{
    return {q.value(first).toString(),     q.value(first + 1).toString(), q.value(first + 2).toString(),
            q.value(first + 3).toString(), q.value(first + 4).toString(), q.value(first + 5).toString()};
}
} // namespace

QJsonObject Staff::toJson() const
{
    return QJsonObject{{"opter_id", opterId}, {"opter_name", opterName}, {"role", role},
                       {"optins", optins},    {"site_name", siteName},   {"fixmedins_code", fixmedinsCode}};
}

QByteArray Accounts::pbkdf2(const QByteArray& password, const QByteArray& salt, int iterations)
{
    // PBKDF2 (RFC 8018) with HMAC-SHA256, one 32-byte block: T1 = U1 ^ U2 ^ ... ^ Uc.
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    mac.addData(salt + QByteArray::fromHex("00000001"));
    QByteArray u = mac.result();
    QByteArray t = u;
    for (int i = 1; i < iterations; ++i) {
        mac.reset();
        mac.addData(u);
        u = mac.result();
        for (qsizetype j = 0; j < t.size(); ++j)
            t[j] = static_cast<char>(t[j] ^ u[j]);
    }
    return t;
}

bool Accounts::seedDemoAccounts(QString* error)
{
    for (const DemoAccount& a : demoAccounts()) {
        if (find(a.staff.opterId))
            continue;
        QByteArray salt(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), salt.size() / 4);
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO accounts(username, salt, hash, iterations, opter_name, role,"
                                 " optins, site_name, fixmedins_code) VALUES(?,?,?,?,?,?,?,?,?)"));
        q.addBindValue(a.staff.opterId);
        q.addBindValue(salt);
        q.addBindValue(pbkdf2(QByteArray(a.password), salt, kIterations));
        q.addBindValue(kIterations);
        q.addBindValue(a.staff.opterName);
        q.addBindValue(a.staff.role);
        q.addBindValue(a.staff.optins);
        q.addBindValue(a.staff.siteName);
        q.addBindValue(a.staff.fixmedinsCode);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

std::optional<Staff> Accounts::verify(const QString& username, const QString& password) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT salt, hash, iterations, username, opter_name, role, optins, site_name,"
                             " fixmedins_code FROM accounts WHERE username = ?"));
    q.addBindValue(username);
    if (!q.exec() || !q.next()) {
        // Spend the same time as for a known user, so that timing does not reveal user names.
        pbkdf2(password.toUtf8(), QByteArray(16, 'x'), kIterations);
        return std::nullopt;
    }
    const QByteArray hash = pbkdf2(password.toUtf8(), q.value(0).toByteArray(), q.value(2).toInt());
    if (!constantTimeEquals(hash, q.value(1).toByteArray()))
        return std::nullopt;
    return staffFrom(q, 3);
}

std::optional<Staff> Accounts::find(const QString& username) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT username, opter_name, role, optins, site_name, fixmedins_code"
                             " FROM accounts WHERE username = ?"));
    q.addBindValue(username);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return staffFrom(q, 0);
}

} // namespace mtb::sim
