#include "ApplicationForm.h"

#include "Catalog.h"
#include "CodeComboBox.h"
#include "DiseaseSelector.h"
#include "EnterKeyNavigator.h"
#include "FieldLabels.h"
#include "FieldSlot.h"
#include "IdNumber.h"
#include "OptionalDateEdit.h"
#include "Validator.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace mtb {

namespace {
QLineEdit* lineEdit(const QString& objectName, int maxLength)
{
    auto* e = new QLineEdit;
    e->setObjectName(objectName);
    e->setMaxLength(maxLength);
    return e;
}
} // namespace

ApplicationForm::ApplicationForm(const Catalog& catalog, QWidget* parent)
    : QWidget(parent), m_catalog(catalog), m_validator(std::make_unique<Validator>(catalog)),
      m_enter(new EnterKeyNavigator(this))
{
    setObjectName(QStringLiteral("applicationForm"));
    buildUi();
    retranslate();
    refillChoices();
    setApplication(Application());
}

ApplicationForm::~ApplicationForm()
{
    // Destroying the editors moves the focus, and a line edit losing focus reports editingFinished:
    // ignore those, the window has already saved what was typed when it closed. The editors are
    // destroyed by ~QWidget, after this body, when this object is no longer an ApplicationForm and
    // its members are gone: a slot called then would run on a destroyed object (UBSan reported it
    // from test_mainwindow). So no child may reach this object any more.
    m_loading = true;
    for (QObject* child : findChildren<QObject*>())
        child->disconnect(this);
}

QGroupBox* ApplicationForm::addGroup(const QString& objectName)
{
    auto* box = new QGroupBox(this);
    box->setObjectName(objectName);
    m_groups << box;
    return box;
}

FieldSlot* ApplicationForm::addField(QGridLayout* grid, int row, int column, const QString& field, QWidget* editor,
                                     int columnSpan)
{
    auto* label = new QLabel;
    label->setObjectName(QStringLiteral("label_") + field);
    label->setBuddy(editor);
    auto* slot = new FieldSlot(field, editor);
    grid->addWidget(label, row, column * 2, Qt::AlignRight | Qt::AlignTop);
    grid->addWidget(slot, row, column * 2 + 1, 1, columnSpan);
    // Both field columns share the width equally, whatever the language's label lengths.
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    m_slots.insert(field, slot);
    m_labels.insert(field, label);
    m_tabOrder << editor;
    m_enter->watch(editor);
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        connect(line, &QLineEdit::editingFinished, this, &ApplicationForm::commit);
    else if (auto* combo = qobject_cast<CodeComboBox*>(editor))
        connect(combo, &CodeComboBox::codeCommitted, this, &ApplicationForm::commit);
    else if (auto* date = qobject_cast<OptionalDateEdit*>(editor)) {
        connect(date, &QDateEdit::editingFinished, this, &ApplicationForm::commit);
        connect(date->calendarWidget(), &QCalendarWidget::clicked, this, &ApplicationForm::commit);
    }
    return slot;
}

void ApplicationForm::buildUi()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("formTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_frozenBanner = new QWidget(this);
    m_frozenBanner->setObjectName(QStringLiteral("frozenBanner"));
    m_frozenBanner->setStyleSheet(QStringLiteral("#frozenBanner { background: #e8f0fe; border-radius: 4px; }"));
    m_frozenBanner->hide();
    m_frozenText = new QLabel(m_frozenBanner);
    m_frozenText->setObjectName(QStringLiteral("frozenText"));
    // The banner carries the reviewer's opinion from the service: never let it render as rich text.
    m_frozenText->setTextFormat(Qt::PlainText);
    m_frozenText->setWordWrap(true);
    m_editAgain = new QPushButton(m_frozenBanner);
    m_editAgain->setObjectName(QStringLiteral("editAgain"));
    auto* bannerLayout = new QHBoxLayout(m_frozenBanner);
    bannerLayout->addWidget(m_frozenText, 1);
    bannerLayout->addWidget(m_editAgain);
    connect(m_editAgain, &QPushButton::clicked, this, &ApplicationForm::editAgainRequested);

    // 申请人信息
    QGroupBox* applicant = addGroup(QStringLiteral("groupApplicant"));
    auto* g = new QGridLayout(applicant);
    m_name = lineEdit(QStringLiteral("psn_name"), 50);
    m_certType = new CodeComboBox;
    m_certType->setObjectName(QStringLiteral("psn_cert_type"));
    m_certno = lineEdit(QStringLiteral("certno"), 30);
    m_gender = new CodeComboBox;
    m_gender->setObjectName(QStringLiteral("gend"));
    m_birth = new OptionalDateEdit;
    m_birth->setObjectName(QStringLiteral("brdy"));
    m_ethnicity = new CodeComboBox;
    m_ethnicity->setObjectName(QStringLiteral("naty"));
    m_tel = lineEdit(QStringLiteral("tel"), 20);
    m_addr = lineEdit(QStringLiteral("addr"), 200);
    addField(g, 0, 0, QStringLiteral("psn_name"), m_name);
    addField(g, 0, 1, QStringLiteral("psn_cert_type"), m_certType);
    addField(g, 1, 0, QStringLiteral("certno"), m_certno);
    addField(g, 1, 1, QStringLiteral("gend"), m_gender);
    addField(g, 2, 0, QStringLiteral("brdy"), m_birth);
    addField(g, 2, 1, QStringLiteral("naty"), m_ethnicity);
    addField(g, 3, 0, QStringLiteral("tel"), m_tel);
    addField(g, 3, 1, QStringLiteral("addr"), m_addr);
    connect(m_certno, &QLineEdit::textEdited, this, [this](const QString& text) {
        // A barcode scanner or a fast typist: derive birth date and gender as soon as the number is whole.
        if (text.size() == 18 || text.size() == 15)
            commit();
    });

    // 参保信息
    QGroupBox* insurance = addGroup(QStringLiteral("groupInsurance"));
    g = new QGridLayout(insurance);
    m_insutype = new CodeComboBox;
    m_insutype->setObjectName(QStringLiteral("insutype"));
    m_region = new CodeComboBox;
    m_region->setObjectName(QStringLiteral("insu_admdvs"));
    m_psnNo = lineEdit(QStringLiteral("psn_no"), 30);
    addField(g, 0, 0, QStringLiteral("insutype"), m_insutype);
    addField(g, 0, 1, QStringLiteral("insu_admdvs"), m_region);
    addField(g, 1, 0, QStringLiteral("psn_no"), m_psnNo);

    // 申请病种
    QGroupBox* diseases = addGroup(QStringLiteral("groupDiseases"));
    g = new QGridLayout(diseases);
    m_diseases = new DiseaseSelector(m_catalog);
    m_diseases->setObjectName(QStringLiteral("diseases"));
    addField(g, 0, 0, QStringLiteral("diseases"), m_diseases, 3);
    m_tabOrder.removeLast();
    m_tabOrder << m_diseases->searchBox();
    connect(m_diseases, &DiseaseSelector::linesCommitted, this, &ApplicationForm::commit);

    // 认定信息
    QGroupBox* provenance = addGroup(QStringLiteral("groupProvenance"));
    g = new QGridLayout(provenance);
    m_hospital = new CodeComboBox;
    m_hospital->setObjectName(QStringLiteral("ide_fixmedins_no"));
    m_diagDate = new OptionalDateEdit;
    m_diagDate->setObjectName(QStringLiteral("hosp_ide_date"));
    m_doctor = lineEdit(QStringLiteral("diag_dr_name"), 50);
    m_doctorCode = lineEdit(QStringLiteral("diag_dr_codg"), 30);
    addField(g, 0, 0, QStringLiteral("ide_fixmedins_no"), m_hospital);
    addField(g, 0, 1, QStringLiteral("hosp_ide_date"), m_diagDate);
    addField(g, 1, 0, QStringLiteral("diag_dr_name"), m_doctor);
    addField(g, 1, 1, QStringLiteral("diag_dr_codg"), m_doctorCode);

    // 代办
    QGroupBox* agent = addGroup(QStringLiteral("groupAgent"));
    auto* agentLayout = new QVBoxLayout(agent);
    m_agentEnabled = new QCheckBox;
    m_agentEnabled->setObjectName(QStringLiteral("agentEnabled"));
    m_tabOrder << m_agentEnabled;
    m_enter->watch(m_agentEnabled);
    connect(m_agentEnabled, &QCheckBox::toggled, this, [this] {
        updateAgentVisibility();
        commit();
    });
    m_agentBox = new QWidget;
    m_agentBox->setObjectName(QStringLiteral("agentBox"));
    g = new QGridLayout(m_agentBox);
    g->setContentsMargins(0, 0, 0, 0);
    m_agentName = lineEdit(QStringLiteral("agnter_name"), 50);
    m_agentCertType = new CodeComboBox;
    m_agentCertType->setObjectName(QStringLiteral("agnter_cert_type"));
    m_agentCertno = lineEdit(QStringLiteral("agnter_certno"), 30);
    m_agentTel = lineEdit(QStringLiteral("agnter_tel"), 20);
    m_agentRelation = new CodeComboBox;
    m_agentRelation->setObjectName(QStringLiteral("agnter_rlts"));
    addField(g, 0, 0, QStringLiteral("agnter_name"), m_agentName);
    addField(g, 0, 1, QStringLiteral("agnter_rlts"), m_agentRelation);
    addField(g, 1, 0, QStringLiteral("agnter_cert_type"), m_agentCertType);
    addField(g, 1, 1, QStringLiteral("agnter_certno"), m_agentCertno);
    addField(g, 2, 0, QStringLiteral("agnter_tel"), m_agentTel);
    agentLayout->addWidget(m_agentEnabled);
    agentLayout->addWidget(m_agentBox);

    // 受理信息
    QGroupBox* acceptance = addGroup(QStringLiteral("groupAcceptance"));
    g = new QGridLayout(acceptance);
    m_channel = new CodeComboBox;
    m_channel->setObjectName(QStringLiteral("dcla_souc"));
    m_reason = lineEdit(QStringLiteral("appy_rea"), 200);
    addField(g, 0, 0, QStringLiteral("dcla_souc"), m_channel);
    addField(g, 0, 1, QStringLiteral("appy_rea"), m_reason);
    m_acceptance = new QLabel;
    m_acceptance->setObjectName(QStringLiteral("acceptanceInfo"));
    m_acceptance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    g->addWidget(m_acceptance, 1, 0, 1, 4);
    connect(m_channel, &CodeComboBox::codeCommitted, this, [this](const QString& code) {
        // A hospital clerk submitting for a patient is always an agent: open the block for them.
        const Channel* c = m_catalog.channel(code);
        if (c && c->requiredFields.contains(QStringLiteral("agnter_name")) && !m_agentEnabled->isChecked())
            m_agentEnabled->setChecked(true);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_frozenBanner);
    for (QGroupBox* box : m_groups)
        layout->addWidget(box);
    layout->addStretch(1);

    for (int i = 1; i < m_tabOrder.size(); ++i)
        setTabOrder(m_tabOrder.at(i - 1), m_tabOrder.at(i));
}

void ApplicationForm::retranslate()
{
    static const char* const kGroupTitles[] = {
        QT_TR_NOOP("Applicant details"), QT_TR_NOOP("Insurance"),  QT_TR_NOOP("Diseases applied for"),
        QT_TR_NOOP("Recognition"), QT_TR_NOOP("Agent (代办)"), QT_TR_NOOP("Acceptance"),
    };
    for (int i = 0; i < m_groups.size(); ++i)
        m_groups.at(i)->setTitle(tr(kGroupTitles[i]));
    const QStringList required = hasApplication() ? m_validator->requiredFields(m_app) : QStringList();
    for (auto it = m_labels.begin(); it != m_labels.end(); ++it) {
        const bool mandatory = required.contains(it.key());
        it.value()->setText(fieldLabel(it.key()) + (mandatory ? QStringLiteral(" *") : QString()));
    }
    m_agentEnabled->setText(tr("Someone applies on the applicant's behalf"));
    m_certno->setPlaceholderText(tr("18 characters; scan or type"));
    m_tel->setPlaceholderText(tr("Mobile number for review notices"));
    m_psnNo->setPlaceholderText(tr("Optional; from the insurance system"));
    m_doctorCode->setPlaceholderText(tr("医保医师代码, if known"));
    updateHeader();
}

void ApplicationForm::refillChoices()
{
    m_certType->setItems(CodeComboBox::fromEntries(m_catalog.dictionary(QStringLiteral("psn_cert_type")), m_english));
    m_agentCertType->setItems(
        CodeComboBox::fromEntries(m_catalog.dictionary(QStringLiteral("psn_cert_type")), m_english));
    m_gender->setItems(CodeComboBox::fromEntries(m_catalog.dictionary(QStringLiteral("gend")), m_english));
    m_ethnicity->setItems(CodeComboBox::fromEntries(m_catalog.dictionary(QStringLiteral("naty")), m_english));
    m_insutype->setItems(CodeComboBox::fromEntries(m_catalog.dictionary(QStringLiteral("insutype")), m_english));
    m_agentRelation->setItems(
        CodeComboBox::fromEntries(m_catalog.dictionary(QStringLiteral("agnter_rlts")), m_english));
    QList<CodeComboBox::Item> regions;
    for (const Region& r : m_catalog.regions())
        regions.append({r.code, QStringLiteral("%1 %2").arg(r.code, r.displayName(m_english))});
    m_region->setItems(regions);
    QList<CodeComboBox::Item> hospitals;
    for (const Institution& i : m_catalog.institutions())
        hospitals.append({i.code, QStringLiteral("%1（%2）").arg(i.name, i.grade)});
    m_hospital->setItems(hospitals);
    QList<CodeComboBox::Item> channels;
    for (const Channel& c : m_catalog.channels())
        channels.append({c.code, c.displayName(m_english)});
    m_channel->setItems(channels);
    m_diseases->setEnglish(m_english);
}

void ApplicationForm::setEnglish(bool english)
{
    m_english = english;
    refillChoices();
    updateHeader();
}

void ApplicationForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ApplicationForm::setApplication(const Application& application)
{
    m_loading = true;
    m_app = application;
    m_touched.clear();
    m_serverIssues.clear();
    m_showAll = false;
    const Applicant& p = application.applicant;
    m_name->setText(p.psnName);
    m_certType->setCurrentCode(p.psnCertType);
    m_certno->setText(p.certno);
    m_gender->setCurrentCode(p.gend);
    m_birth->setOptionalDate(p.brdy);
    m_ethnicity->setCurrentCode(p.naty);
    m_tel->setText(p.tel);
    m_addr->setText(p.addr);
    m_insutype->setCurrentCode(p.insutype);
    m_region->setCurrentCode(p.insuAdmdvs);
    m_psnNo->setText(p.psnNo);
    m_diseases->setLines(application.diseases);
    m_hospital->setCurrentCode(application.provenance.fixmedinsNo);
    m_diagDate->setOptionalDate(application.provenance.hospIdeDate);
    m_doctor->setText(application.provenance.diagDrName);
    m_doctorCode->setText(application.provenance.diagDrCodg);
    m_agentEnabled->setChecked(application.agent.enabled);
    m_agentName->setText(application.agent.name);
    m_agentCertType->setCurrentCode(application.agent.certType);
    m_agentCertno->setText(application.agent.certno);
    m_agentTel->setText(application.agent.tel);
    m_agentRelation->setCurrentCode(application.agent.rlts);
    m_channel->setCurrentCode(application.acceptance.channel);
    m_reason->setText(application.appyRea);
    m_loading = false;
    applyIdDerivation();
    updateAgentVisibility();
    updateReadOnly();
    retranslate();
    updateIssues();
}

Application ApplicationForm::application() const
{
    Application a = m_app;
    Applicant& p = a.applicant;
    p.psnName = m_name->text().trimmed();
    p.psnCertType = m_certType->currentCode();
    p.certno = m_certno->text().trimmed().toUpper();
    p.gend = m_gender->currentCode();
    p.brdy = m_birth->optionalDate();
    p.naty = m_ethnicity->currentCode();
    p.tel = m_tel->text().trimmed();
    p.addr = m_addr->text().trimmed();
    p.insutype = m_insutype->currentCode();
    p.insuAdmdvs = m_region->currentCode();
    p.psnNo = m_psnNo->text().trimmed();
    a.diseases = m_diseases->lines();
    a.provenance.fixmedinsNo = m_hospital->currentCode();
    const Institution* inst = m_catalog.institution(a.provenance.fixmedinsNo);
    a.provenance.fixmedinsName = inst ? inst->name : QString();
    a.provenance.hospIdeDate = m_diagDate->optionalDate();
    a.provenance.diagDrName = m_doctor->text().trimmed();
    a.provenance.diagDrCodg = m_doctorCode->text().trimmed();
    a.agent.enabled = m_agentEnabled->isChecked();
    a.agent.name = m_agentName->text().trimmed();
    a.agent.certType = m_agentCertType->currentCode();
    a.agent.certno = m_agentCertno->text().trimmed().toUpper();
    a.agent.tel = m_agentTel->text().trimmed();
    a.agent.rlts = m_agentRelation->currentCode();
    a.acceptance.channel = m_channel->currentCode();
    a.appyRea = m_reason->text().trimmed();
    return a;
}

void ApplicationForm::commitPending() { commit(); }

void ApplicationForm::commit()
{
    if (m_loading || !hasApplication() || !m_app.isEditable())
        return;
    applyIdDerivation();
    const Application now = application();
    if (now == m_app)
        return;
    static const char* const kFields[] = {
        "psn_name", "psn_cert_type", "certno", "gend", "brdy", "naty", "tel", "addr", "insutype",
        "insu_admdvs", "psn_no", "diseases", "ide_fixmedins_no", "hosp_ide_date", "diag_dr_name",
        "diag_dr_codg", "agnter_name", "agnter_cert_type", "agnter_certno", "agnter_tel", "agnter_rlts",
        "dcla_souc", "appy_rea"};
    for (const char* f : kFields) {
        const QString field = QString::fromLatin1(f);
        if (fieldValue(now, field) != fieldValue(m_app, field))
            m_touched.insert(field);
    }
    if (now.diseases != m_app.diseases)
        m_touched.insert(QStringLiteral("diseases"));
    m_app = now;
    m_serverIssues.clear(); // the clerk is correcting what the service refused
    retranslate(); // required marks depend on the diseases and the channel
    updateIssues();
    emit edited(m_app);
}

void ApplicationForm::applyIdDerivation()
{
    const CodeEntry* type = m_catalog.dictionaryEntry(QStringLiteral("psn_cert_type"), m_certType->currentCode());
    const IdNumber id = IdNumber::parse(m_certno->text());
    const bool derive = type && type->deriveBirthGender && id.isValid();
    if (derive) {
        const bool wasLoading = m_loading;
        m_loading = true;
        m_gender->setCurrentCode(id.gender() == IdNumber::Gender::Male ? QStringLiteral("1") : QStringLiteral("2"));
        m_birth->setOptionalDate(id.birthDate());
        m_loading = wasLoading;
    }
    const bool editable = hasApplication() && m_app.isEditable();
    // Derived values are shown but locked, so they cannot drift from the ID number.
    m_gender->setEnabled(editable && !derive);
    m_birth->setEnabled(editable && !derive);
    const QString hint = derive ? tr("Taken from the ID number") : QString();
    m_gender->setToolTip(hint);
    m_birth->setToolTip(hint);
}

void ApplicationForm::showAllIssues()
{
    m_showAll = true;
    updateIssues();
}

QList<FieldIssue> ApplicationForm::issues() const { return m_validator->validate(application()); }

void ApplicationForm::updateIssues()
{
    QHash<QString, QList<FieldIssue>> byField;
    for (const FieldIssue& issue : std::as_const(m_serverIssues))
        byField[issue.field].append(issue);
    if (hasApplication()) {
        for (const FieldIssue& issue : m_validator->validate(m_app)) {
            if (m_showAll || m_touched.contains(issue.field) ||
                (issue.field == u"certno" && !m_app.applicant.certno.isEmpty()))
                byField[issue.field].append(issue);
        }
    }
    for (FieldSlot* slot : std::as_const(m_slots))
        slot->showIssues(byField.value(slot->field()));
}

void ApplicationForm::updateReadOnly()
{
    const bool editable = hasApplication() && m_app.isEditable();
    for (FieldSlot* slot : std::as_const(m_slots))
        slot->editor()->setEnabled(editable);
    m_diseases->setEnabled(true); // the list stays readable; its inputs follow setReadOnly
    m_diseases->setReadOnly(!editable);
    m_agentEnabled->setEnabled(editable);
    applyIdDerivation();
}

void ApplicationForm::updateAgentVisibility() { m_agentBox->setVisible(m_agentEnabled->isChecked()); }

void ApplicationForm::updateHeader()
{
    if (!hasApplication()) {
        m_title->setText(tr("No application open"));
        m_acceptance->clear();
        return;
    }
    const QString name = m_app.applicant.psnName.isEmpty() ? tr("New application") : m_app.applicant.psnName;
    m_title->setText(name);
    const QString when = QLocale().toString(m_app.acceptance.acceptedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    const Region* site = m_catalog.region(m_app.acceptance.site);
    m_acceptance->setText(tr("Accepted by %1 at %2, %3")
                              .arg(m_app.acceptance.operatorName.isEmpty() ? tr("(operator not set)")
                                                                           : m_app.acceptance.operatorName,
                                   site ? site->displayName(m_english) : m_app.acceptance.site, when));
}

QWidget* ApplicationForm::firstField() const { return m_name; }

void ApplicationForm::setBanner(const QString& text, const QString& buttonText)
{
    m_frozenText->setText(text);
    m_editAgain->setText(buttonText);
    m_editAgain->setVisible(!buttonText.isEmpty());
    m_frozenBanner->setVisible(!text.isEmpty());
}

void ApplicationForm::showServerIssues(const QList<FieldIssue>& issues)
{
    m_serverIssues = issues;
    updateIssues();
}

QWidget* ApplicationForm::editorOf(const QString& field) const
{
    FieldSlot* slot = m_slots.value(field);
    return slot ? slot->editor() : nullptr;
}

} // namespace mtb
