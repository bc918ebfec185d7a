#include "SettingsDialog.h"

#include "Catalog.h"
#include "ChangePassphraseDialog.h"
#include "CodeComboBox.h"
#include "UiLanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

namespace mtb {

SettingsDialog::SettingsDialog(const Catalog& catalog, const CounterSettings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this)), m_operator(new QLineEdit(this)),
      m_site(new CodeComboBox(this)), m_channel(new CodeComboBox(this)), m_purgeDays(new QSpinBox(this)),
      m_flagDays(new QSpinBox(this)), m_idleMinutes(new QSpinBox(this)), m_offlineDays(new QSpinBox(this)),
      m_changePassphrase(new QPushButton(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(QStringLiteral("language"));
    m_operator->setObjectName(QStringLiteral("operator"));
    m_site->setObjectName(QStringLiteral("site"));
    m_channel->setObjectName(QStringLiteral("defaultChannel"));

    // Language names are written in their own language so anyone can find theirs.
    m_language->addItem(tr("Follow the system (%1)")
                            .arg(UiLanguage::resolve(QStringLiteral("system"), QLocale::system()) == u"en"
                                     ? QStringLiteral("English")
                                     : QStringLiteral("中文")),
                        QStringLiteral("system"));
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));

    const bool english = UiLanguage::current() == u"en";
    QList<CodeComboBox::Item> regions;
    for (const Region& r : catalog.regions())
        regions.append({r.code, QStringLiteral("%1 %2").arg(r.code, r.displayName(english))});
    m_site->setItems(regions);
    m_site->setCurrentCode(settings.site);
    QList<CodeComboBox::Item> channels;
    for (const Channel& c : catalog.channels())
        channels.append({c.code, c.displayName(english)});
    m_channel->setItems(channels);
    m_channel->setCurrentCode(settings.defaultChannel);
    m_operator->setText(settings.operatorName);

    // Retention (docs/audit.md): 0 switches a rule off.
    for (QSpinBox* days : {m_purgeDays, m_flagDays}) {
        days->setRange(0, RetentionPolicy::kMaxDays);
        days->setSpecialValueText(tr("Never"));
        days->setSuffix(tr(" days"));
    }
    m_purgeDays->setObjectName(QStringLiteral("purgeConfirmedAfterDays"));
    m_flagDays->setObjectName(QStringLiteral("flagUnsentAfterDays"));
    m_purgeDays->setValue(settings.retention.purgeConfirmedAfterDays);
    m_flagDays->setValue(settings.retention.flagUnsentAfterDays);
    m_purgeDays->setToolTip(tr("Applications the central service has confirmed are removed from this PC (with "
                               "their pages) once they have not changed for this many days."));
    m_flagDays->setToolTip(tr("Drafts and unsent applications not changed for this many days are marked in the "
                              "list and counted in the status bar."));

    m_idleMinutes->setObjectName(QStringLiteral("idleLockMinutes"));
    m_idleMinutes->setRange(1, 120);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setValue(settings.idleLockMinutes);
    m_idleMinutes->setToolTip(tr("MTB Desk locks after this long without keyboard or mouse input, and whenever "
                                 "the screen of this PC locks."));
    m_offlineDays->setObjectName(QStringLiteral("offlineValidityDays"));
    m_offlineDays->setRange(1, 365);
    m_offlineDays->setSuffix(tr(" days"));
    m_offlineDays->setValue(settings.offlineValidityDays);
    m_offlineDays->setToolTip(tr("Without the central service, staff can sign in on this PC for this many days "
                                 "after their last online sign-in here."));

    m_changePassphrase->setObjectName(QStringLiteral("changePassphrase"));
    m_changePassphrase->setText(tr("Change site passphrase…"));
    m_changePassphrase->setToolTip(
        tr("The passphrase that opens the encrypted data on this computer when the "
           "system keychain does not. Change it when someone who knew it leaves."));
    m_changePassphrase->setAutoDefault(false);
    m_changePassphrase->hide();
    connect(m_changePassphrase, &QPushButton::clicked, this, [this] {
        ChangePassphraseDialog dialog(m_dataDir, this);
        connect(&dialog, &ChangePassphraseDialog::passphraseChanged, this,
                &SettingsDialog::passphraseChanged);
        dialog.exec();
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Operator name"), m_operator);
    form->addRow(tr("Acceptance site"), m_site);
    form->addRow(tr("Default channel"), m_channel);
    form->addRow(tr("Remove confirmed applications after"), m_purgeDays);
    form->addRow(tr("Flag unsent drafts older than"), m_flagDays);
    form->addRow(tr("Lock after idle time"), m_idleMinutes);
    form->addRow(tr("Offline sign-in allowed for"), m_offlineDays);
    form->addRow(m_changePassphrase);
    form->addRow(buttons);
}

CounterSettings SettingsDialog::settings() const
{
    CounterSettings s = m_settings;
    s.language = m_language->currentData().toString();
    s.operatorName = m_operator->text().trimmed();
    s.site = m_site->currentCode();
    s.defaultChannel = m_channel->currentCode();
    s.retention.purgeConfirmedAfterDays = m_purgeDays->value();
    s.retention.flagUnsentAfterDays = m_flagDays->value();
    s.idleLockMinutes = m_idleMinutes->value();
    s.offlineValidityDays = m_offlineDays->value();
    return s;
}

void SettingsDialog::setSecurityEditable(bool editable)
{
    for (QSpinBox* box : {m_idleMinutes, m_offlineDays}) {
        box->setEnabled(editable);
        if (!editable)
            box->setToolTip(tr("Only a supervisor may change this."));
    }
}

void SettingsDialog::enablePassphraseChange(const QString& dataDir)
{
    m_dataDir = dataDir;
    m_changePassphrase->setVisible(!dataDir.isEmpty());
}

} // namespace mtb
