#pragma once

#include "CounterSettings.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
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
};

} // namespace mtb
