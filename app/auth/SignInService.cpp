#include "SignInService.h"

#include "ApiClient.h"
#include "OfflineVerifier.h"

#include <QCoreApplication>

namespace mtb {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SignInService", text);
}

// The service is not there to ask (as opposed to answering "no").
bool unreachable(const ApiReply& reply)
{
    return reply.httpStatus == 0 || reply.httpStatus >= 500 || reply.httpStatus == 429;
}

QString whyOffline(const ApiReply& reply)
{
    if (reply.tlsFailure)
        return tr("The central service's certificate was not accepted (%1).").arg(reply.networkErrorText);
    if (reply.httpStatus == 0)
        return tr("The central service cannot be reached (%1).").arg(reply.networkErrorText);
    return tr("The central service is not available (HTTP %1).").arg(reply.httpStatus);
}
} // namespace

SignInResult SignInService::signIn(const QString& userInput, const QString& password, const QString& deviceId)
{
    const QString user = userInput.trimmed();
    SignInResult r;
    if (user.isEmpty() || password.isEmpty()) {
        r.message = tr("Enter your user name and password.");
        return r;
    }
    if (!m_api)
        return signInOffline(user, password, tr("No central service is configured on this PC."));

    const ApiReply reply = m_api->login(user, password, deviceId);
    if (unreachable(reply))
        return signInOffline(user, password, whyOffline(reply));
    if (!reply.ok()) {
        r.message = reply.errorCode() == wire::ErrorCode::InvalidCredentials
                        ? tr("Wrong user name or password.")
                        : tr("The central service refused the sign-in (HTTP %1).").arg(reply.httpStatus);
        return r;
    }
    r.staff = StaffIdentity::fromJson(reply.json.value(QStringLiteral("staff")).toObject());
    if (!r.staff) {
        r.message = tr("The central service did not say who this account belongs to (site, role): sign-in is "
                       "not possible. Please tell the system administrator.");
        return r;
    }
    r.ok = true;
    r.mode = SignInResult::Mode::Online;
    r.credentials.accessToken = reply.json.value(QStringLiteral("access_token")).toString();
    r.credentials.refreshToken = reply.json.value(QStringLiteral("refresh_token")).toString();
    QString error;
    if (m_verifier && !m_verifier->remember(*r.staff, password, &error))
        r.message = tr("Signed in, but this PC could not keep what offline sign-in needs (%1).").arg(error);
    return r;
}

SignInResult SignInService::signInOffline(const QString& user, const QString& password, const QString& why)
{
    SignInResult r;
    r.mode = SignInResult::Mode::Offline;
    if (!m_verifier) {
        r.message = why;
        return r;
    }
    const OfflineVerifier::Result v = m_verifier->verify(user, password, OfflineVerifier::Purpose::SignIn);
    r.offlineOutcome = v.outcome;
    r.ok = v.ok();
    r.staff = v.staff;
    r.message = r.ok ? why + u' ' + tr("Signed in offline with the password checked on this PC.")
                     : why + u' ' + v.message();
    return r;
}

} // namespace mtb
