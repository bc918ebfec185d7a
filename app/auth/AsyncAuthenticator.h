#pragma once

#include "Clock.h"
#include "OfflineVerifier.h"
#include "ServerConfig.h"
#include "SignInResult.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace mtb {

class KeyRing;

class AuthWorker;

// The GUI's door to sign-in and password checks. Calls return at once with a request number; the
// work (a network round trip, a 0.1-0.5 s password hash, the database) runs on a thread of its own
// with its own database connection, and the answer comes back as a signal carrying that number.
class AsyncAuthenticator : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString databasePath; // the drafts database (table staff_accounts)
        ServerConfig server;  // invalid: offline checks only
        OfflinePolicy policy;
        std::shared_ptr<const Clock> clock;  // null: the system clock
        std::shared_ptr<const KeyRing> keys; // signs and checks the offline verifiers (OfflineVerifier)
    };

    explicit AsyncAuthenticator(Options options, QObject* parent = nullptr);
    ~AsyncAuthenticator() override; // waits for a request under way (at most one network timeout)

    // Online first, then the local check when the service cannot be reached (SignInService).
    quint64 signIn(const QString& user, const QString& password);
    // The local check only: unlocking the desk, a supervisor's approval.
    quint64 verifyLocally(const QString& user, const QString& password, OfflineVerifier::Purpose purpose);
    void setPolicy(const OfflinePolicy& policy);

    int pending() const { return m_pending; }

signals:
    void signInFinished(quint64 request, const mtb::SignInResult& result);
    void verifyFinished(quint64 request, const mtb::OfflineVerifier::Result& result);

private:
    QThread m_thread;
    AuthWorker* m_worker;
    quint64 m_next = 0;
    int m_pending = 0;
};

} // namespace mtb
