#pragma once

#include "Application.h"
#include "FieldIssue.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mtb {

class Catalog;
class CodeComboBox;
class DiseaseSelector;
class EnterKeyNavigator;
class FieldSlot;
class OptionalDateEdit;
class Validator;

// The application form. It shows one application, reports every committed edit (so it can be saved
// at once) and shows validation messages next to the fields. Frozen applications are read-only.
class ApplicationForm : public QWidget
{
    Q_OBJECT
public:
    ApplicationForm(const Catalog& catalog, QWidget* parent = nullptr);
    ~ApplicationForm() override;

    void setApplication(const Application& application);
    bool hasApplication() const { return !m_app.uuid.isNull(); }
    // The application as the widgets show it now, including a field still being typed.
    Application application() const;
    // Takes what is being typed as committed (before closing, switching or Ctrl+S).
    void commitPending();
    // Shows every issue, not only those of fields already touched ("mark ready" was asked for).
    void showAllIssues();
    QList<FieldIssue> issues() const;
    void setEnglish(bool english);
    QWidget* firstField() const;
    // The note above the form (frozen, returned by the reviewer, refused by the service) and its button;
    // an empty text hides it. The button emits editAgainRequested().
    void setBanner(const QString& text, const QString& buttonText);
    // Field errors the central service reported; shown next to their fields until the next edit.
    void showServerIssues(const QList<FieldIssue>& issues);
    FieldSlot* slotFor(const QString& field) const { return m_slots.value(field); }

signals:
    void edited(const mtb::Application& application);
    void editAgainRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    QGroupBox* addGroup(const QString& objectName);
    FieldSlot* addField(QGridLayout* grid, int row, int column, const QString& field, QWidget* editor,
                        int columnSpan = 1);
    void retranslate();
    void refillChoices();
    void commit();
    void applyIdDerivation();
    void updateIssues();
    void updateReadOnly();
    void updateHeader();
    void updateAgentVisibility();
    QWidget* editorOf(const QString& field) const;

    const Catalog& m_catalog;
    std::unique_ptr<Validator> m_validator;
    EnterKeyNavigator* m_enter;
    bool m_english = false;
    bool m_showAll = false;
    bool m_loading = false;
    Application m_app;
    QSet<QString> m_touched;
    QList<FieldIssue> m_serverIssues;
    QHash<QString, FieldSlot*> m_slots;
    QHash<QString, QLabel*> m_labels;
    QList<QWidget*> m_tabOrder;

    QLabel* m_title = nullptr;
    QWidget* m_frozenBanner = nullptr;
    QLabel* m_frozenText = nullptr;
    QPushButton* m_editAgain = nullptr;
    QList<QGroupBox*> m_groups;

    QLineEdit* m_name = nullptr;
    CodeComboBox* m_certType = nullptr;
    QLineEdit* m_certno = nullptr;
    CodeComboBox* m_gender = nullptr;
    OptionalDateEdit* m_birth = nullptr;
    CodeComboBox* m_ethnicity = nullptr;
    QLineEdit* m_tel = nullptr;
    QLineEdit* m_addr = nullptr;
    CodeComboBox* m_insutype = nullptr;
    CodeComboBox* m_region = nullptr;
    QLineEdit* m_psnNo = nullptr;
    DiseaseSelector* m_diseases = nullptr;
    CodeComboBox* m_hospital = nullptr;
    OptionalDateEdit* m_diagDate = nullptr;
    QLineEdit* m_doctor = nullptr;
    QLineEdit* m_doctorCode = nullptr;
    QCheckBox* m_agentEnabled = nullptr;
    QWidget* m_agentBox = nullptr;
    QLineEdit* m_agentName = nullptr;
    CodeComboBox* m_agentCertType = nullptr;
    QLineEdit* m_agentCertno = nullptr;
    QLineEdit* m_agentTel = nullptr;
    CodeComboBox* m_agentRelation = nullptr;
    CodeComboBox* m_channel = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_acceptance = nullptr;
};

} // namespace mtb
