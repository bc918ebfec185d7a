#pragma once

#include "DeskSession.h"
#include "SignInResult.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace mtb {

class AsyncAuthenticator;

// The staff sign-in shown before the main window (issue 5): nobody reaches applications without it.
// The central service checks the password when it can be reached; otherwise this PC checks it against
// the hash kept from the last online sign-in (SignInService). The check runs on the authenticator's
// thread; this dialog only shows progress and the outcome.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(AsyncAuthenticator* authenticator, const QString& lastUser, QWidget* parent = nullptr);

    // The successful sign-in, after exec() returned Accepted.
    const SignInResult& result() const { return m_result; }

    // Shows the dialog at start-up, with its own authenticator on the drafts database in dataDir, and
    // puts who signed in (and how) into the session. False when the person gave up (Quit).
    static bool signInAtStartup(const QString& dataDir, int offlineValidityDays, DeskSession& session);

private:
    void submit();
    void onFinished(quint64 request, const SignInResult& result);
    void setBusy(bool busy);

    AsyncAuthenticator* m_authenticator;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_message;
    QPushButton* m_signIn;
    quint64 m_request = 0;
    SignInResult m_result;
};

} // namespace mtb
