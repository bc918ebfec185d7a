#include "CliSignIn.h"

#include "Clock.h"
#include "OfflineVerifier.h"

#include <QFile>
#include <QSettings>

namespace mtb {

namespace {
QString takeOption(QStringList& args, const QString& name)
{
    const int i = args.indexOf(name);
    if (i < 0)
        return {};
    const QString value = args.value(i + 1);
    args.remove(i, std::min<qsizetype>(2, args.size() - i));
    return value.isNull() ? QString(QLatin1String("")) : value; // present but empty: still "given"
}
} // namespace

std::optional<AccessScope> CliSignIn::scopeFromArgs(QStringList& args, QSqlDatabase& db,
                                                    std::shared_ptr<const KeyRing> keys, QTextStream& err)
{
    const QString user = takeOption(args, QStringLiteral("--user"));
    const QString passwordFile = takeOption(args, QStringLiteral("--password-file"));
    if (user.isNull())
        return AccessScope::everything();
    if (user.isEmpty()) {
        err << tr("--user needs a user name.") << '\n';
        return std::nullopt;
    }
    QString password = qEnvironmentVariable("MTBDESK_PASSWORD");
    if (!passwordFile.isNull()) {
        QFile f(passwordFile);
        if (!f.open(QIODevice::ReadOnly)) {
            err << tr("Cannot read the password file %1.").arg(passwordFile) << '\n';
            return std::nullopt;
        }
        password = QString::fromUtf8(f.readLine()).trimmed();
    }
    if (password.isEmpty()) {
        err << tr("No password: pass --password-file FILE or set MTBDESK_PASSWORD.") << '\n';
        return std::nullopt;
    }
    // The same site rule as the program's offline sign-in (ui/CounterSettings, "security/").
    OfflinePolicy policy;
    policy.validityDays =
        QSettings().value(QStringLiteral("security/offlineValidityDays"), policy.validityDays).toInt();
    OfflineVerifier verifier(db, Clock::system(), policy);
    verifier.setKeys(std::move(keys));
    const OfflineVerifier::Result result = verifier.verify(user, password, OfflineVerifier::Purpose::SignIn);
    if (!result.ok() || !result.staff) {
        err << result.message() << '\n';
        return std::nullopt;
    }
    return AccessScope::forStaff(*result.staff);
}

} // namespace mtb
