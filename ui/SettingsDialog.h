#pragma once

#include "CounterSettings.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace mtb {

class Catalog;
class CodeComboBox;

// Language, operator and site of this counter PC.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const Catalog& catalog, const CounterSettings& settings, QWidget* parent = nullptr);
    CounterSettings settings() const;
    // The lock and offline sign-in rows are the site's security policy: only a supervisor edits them.
    void setSecurityEditable(bool editable);
    // Shows "Change site passphrase…" (supervisors only), which changes the passphrase of the key
    // vault in dataDir (ChangePassphraseDialog). Hidden until this is called.
    void enablePassphraseChange(const QString& dataDir);

signals:
    // Forwarded from ChangePassphraseDialog: the caller records it in the audit log.
    void passphraseChanged();

private:
    CounterSettings m_settings;
    QComboBox* m_language;
    QLineEdit* m_operator;
    CodeComboBox* m_site;
    CodeComboBox* m_channel;
    QSpinBox* m_purgeDays;
    QSpinBox* m_flagDays;
    QSpinBox* m_idleMinutes;
    QSpinBox* m_offlineDays;
    QPushButton* m_changePassphrase;
    QString m_dataDir;
};

} // namespace mtb
