#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace mtb {

// Staff sign-in to the central service. The password goes to the sync thread and nowhere else.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(const QString& lastUser, QWidget* parent = nullptr);
    void showResult(bool ok, const QString& message); // called when the service answered

signals:
    void signInRequested(const QString& username, const QString& password);

private:
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_message;
    QPushButton* m_signIn;
};

} // namespace mtb
