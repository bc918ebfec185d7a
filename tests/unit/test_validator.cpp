// The Validator against the bundled catalogue: what counter staff see as field errors and warnings.
#include "CatalogStore.h"
#include "IdNumber.h"
#include "SampleData.h"
#include "TestPaths.h"
#include "Validator.h"

#include <QTest>

#include <memory>

using namespace mtb;
using Severity = FieldIssue::Severity;

namespace {

const QDate kToday(2026, 6, 15);

const char* const kLevel3Hospital = "H51130200001"; // 川北医学院附属医院, 三级甲等
const char* const kLevel2Hospital = "H51130200006"; // 南充市顺庆区人民医院, 二级甲等

QString describe(const QList<FieldIssue>& issues)
{
    QStringList out;
    for (const FieldIssue& i : issues)
        out << QStringLiteral("%1:%2:%3")
                   .arg(i.field, i.severity == Severity::Error ? QStringLiteral("E") : QStringLiteral("W"), i.message);
    return out.isEmpty() ? QStringLiteral("(no issues)") : out.join(QStringLiteral(" | "));
}

QList<FieldIssue> issuesOn(const QList<FieldIssue>& issues, const QString& field, Severity severity)
{
    QList<FieldIssue> out;
    for (const FieldIssue& i : issues) {
        if (i.field == field && i.severity == severity)
            out << i;
    }
    return out;
}

QStringList errorFields(const QList<FieldIssue>& issues)
{
    QStringList out;
    for (const FieldIssue& i : issues) {
        if (i.severity == Severity::Error)
            out << i.field;
    }
    out.removeDuplicates();
    out.sort();
    return out;
}

// Empties one field, addressed by its national name.
void clearField(Application& a, const QString& f)
{
    Applicant& p = a.applicant;
    if (f == u"psn_name") p.psnName.clear();
    else if (f == u"psn_cert_type") p.psnCertType.clear();
    else if (f == u"certno") p.certno.clear();
    else if (f == u"gend") p.gend.clear();
    else if (f == u"brdy") p.brdy = QDate();
    else if (f == u"naty") p.naty.clear();
    else if (f == u"tel") p.tel.clear();
    else if (f == u"addr") p.addr.clear();
    else if (f == u"insutype") p.insutype.clear();
    else if (f == u"insu_admdvs") p.insuAdmdvs.clear();
    else if (f == u"psn_no") p.psnNo.clear();
    else if (f == u"diseases") a.diseases.clear();
    else if (f == u"ide_fixmedins_no") a.provenance.fixmedinsNo.clear();
    else if (f == u"hosp_ide_date") a.provenance.hospIdeDate = QDate();
    else if (f == u"diag_dr_name") a.provenance.diagDrName.clear();
    else if (f == u"diag_dr_codg") a.provenance.diagDrCodg.clear();
    else if (f == u"dcla_souc") a.acceptance.channel.clear();
    else if (f == u"opter_name") a.acceptance.operatorName.clear();
    else if (f == u"optins") a.acceptance.site.clear();
    else if (f == u"appy_rea") a.appyRea.clear();
    else QFAIL(qPrintable(QStringLiteral("test does not know how to clear %1").arg(f)));
}

} // namespace

#define VERIFY_ISSUES(cond, issues) QVERIFY2((cond), qPrintable(describe(issues)))

class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sampleApplicationsAreClean();
    void emptiedBaseFieldIsExactlyOneError();
    void noDiseaseOrChannelIsAnError();
    void whitespaceOnlyIsEmpty();
    void hospitalChannelRequiresAgent();
    void agentBlockRequiredWhenEnabled();
    void diseaseRequiredFields();
    void levelOneInstitutionIsAWarning();
    void levelTwoHospitalForLevelThreeDisease();
    void unknownInstitutionIsAWarning();
    void birthDateAndGenderMustMatchId();
    void otherCertificatesAreNotCheckedAsResidentId();
    void certificateNumberChecks();
    void phoneFormats_data();
    void phoneFormats();
    void agentMustNotBeApplicant();
    void diagnosisDate();
    void futureBirthDate();
    void duplicateDisease();
    void unknownDiseaseIsAWarning();
    void unknownRegionIsAnError();

private:
    Application valid(quint32 seed = 7) const;

    mtb::test::TempDataDir m_dir;
    std::unique_ptr<CatalogStore> m_store;
    std::unique_ptr<Validator> m_validator;
};

void TestValidator::initTestCase()
{
    m_store = std::make_unique<CatalogStore>(m_dir.path());
    QVERIFY(m_store->load());
    QCOMPARE(m_store->sourcePath(), CatalogStore::bundledPath());
    QVERIFY(!m_store->catalog().isEmpty());
    m_validator = std::make_unique<Validator>(m_store->catalog(), kToday);
}

Application TestValidator::valid(quint32 seed) const
{
    mtb::test::SampleData sample(seed);
    Application a = sample.application();
    // Pin everything that SampleData derives from the wall clock to the fixed `today`.
    a.provenance.hospIdeDate = kToday.addDays(-30);
    a.provenance.fixmedinsNo = QString::fromLatin1(kLevel3Hospital);
    a.provenance.fixmedinsName = QStringLiteral("川北医学院附属医院");
    return a;
}

void TestValidator::sampleApplicationsAreClean()
{
    for (quint32 seed = 1; seed <= 40; ++seed) {
        const Application a = valid(seed);
        const QList<FieldIssue> issues = m_validator->validate(a);
        VERIFY_ISSUES(!hasErrors(issues), issues);
        VERIFY_ISSUES(issues.isEmpty(), issues);
    }
}

void TestValidator::emptiedBaseFieldIsExactlyOneError()
{
    const QStringList base = m_store->catalog().baseRequiredFields();
    // The bundled catalogue's list (a catalogue change that drops one of these should be noticed).
    for (const char* f : {"psn_name", "psn_cert_type", "certno", "gend", "brdy", "tel", "insutype", "insu_admdvs",
                          "ide_fixmedins_no", "hosp_ide_date", "diag_dr_name"})
        QVERIFY2(base.contains(QLatin1String(f)), f);

    const Application complete = valid();
    for (const QString& field : base) {
        Application a = complete;
        clearField(a, field);
        QVERIFY2(fieldValue(a, field).isEmpty(), qPrintable(field));
        const QList<FieldIssue> issues = m_validator->validate(a);
        QCOMPARE(errorFields(issues), QStringList{field});
        QCOMPARE(issuesOn(issues, field, Severity::Error).size(), 1);
        QCOMPARE(issuesOn(issues, field, Severity::Error).first().message, QStringLiteral("Required."));
    }
}

void TestValidator::noDiseaseOrChannelIsAnError()
{
    Application a = valid();
    a.diseases.clear();
    QList<FieldIssue> issues = m_validator->validate(a);
    QCOMPARE(errorFields(issues), QStringList{QStringLiteral("diseases")});

    a = valid();
    a.acceptance.channel.clear();
    issues = m_validator->validate(a);
    QCOMPARE(errorFields(issues), QStringList{QStringLiteral("dcla_souc")});
}

void TestValidator::whitespaceOnlyIsEmpty()
{
    Application a = valid();
    a.applicant.psnName = QStringLiteral("   ");
    const QList<FieldIssue> issues = m_validator->validate(a);
    QCOMPARE(errorFields(issues), QStringList{QStringLiteral("psn_name")});
}

void TestValidator::hospitalChannelRequiresAgent()
{
    const QStringList agentFields = {QStringLiteral("agnter_cert_type"), QStringLiteral("agnter_certno"),
                                     QStringLiteral("agnter_name"), QStringLiteral("agnter_rlts"),
                                     QStringLiteral("agnter_tel")};
    Application a = valid();
    QVERIFY(!m_validator->requiredFields(a).contains(QStringLiteral("agnter_name")));
    a.acceptance.channel = QStringLiteral("2"); // 医院代办
    for (const QString& f : agentFields)
        QVERIFY2(m_validator->requiredFields(a).contains(f), qPrintable(f));
    QList<FieldIssue> issues = m_validator->validate(a);
    QCOMPARE(errorFields(issues), agentFields);

    // With the agent filled in, the hospital channel is clean.
    mtb::test::SampleData other(99);
    a.agent.enabled = true;
    a.agent.name = other.name();
    a.agent.certType = QStringLiteral("01");
    a.agent.certno = other.idNumber(QStringLiteral("511303"), QDate(1970, 3, 3), true);
    a.agent.tel = QStringLiteral("13912345678");
    a.agent.rlts = QStringLiteral("01");
    issues = m_validator->validate(a);
    VERIFY_ISSUES(issues.isEmpty(), issues);

    // Channel 1 does not need them.
    a = valid();
    a.acceptance.channel = QStringLiteral("1");
    VERIFY_ISSUES(m_validator->validate(a).isEmpty(), m_validator->validate(a));
}

void TestValidator::agentBlockRequiredWhenEnabled()
{
    Application a = valid();
    a.agent.enabled = true; // counter channel, but staff ticked "agent present"
    a.agent.name = QStringLiteral("王芳");
    const QList<FieldIssue> issues = m_validator->validate(a);
    QCOMPARE(errorFields(issues), (QStringList{QStringLiteral("agnter_cert_type"), QStringLiteral("agnter_certno"),
                                               QStringLiteral("agnter_rlts"), QStringLiteral("agnter_tel")}));
}

void TestValidator::diseaseRequiredFields()
{
    const Disease* tumour = m_store->catalog().disease(QStringLiteral("M00503"));
    QVERIFY(tumour);
    QVERIFY(tumour->requiredFields.contains(QStringLiteral("diag_dr_codg")));

    Application a = valid();
    a.provenance.diagDrCodg.clear();
    a.diseases = {{QStringLiteral("M03900"), QStringLiteral("高血压病")}};
    // Hypertension does not ask for the doctor code.
    QVERIFY(!m_validator->requiredFields(a).contains(QStringLiteral("diag_dr_codg")));
    VERIFY_ISSUES(m_validator->validate(a).isEmpty(), m_validator->validate(a));

    a.diseases.append({tumour->code, tumour->name});
    QVERIFY(m_validator->requiredFields(a).contains(QStringLiteral("diag_dr_codg")));
    QList<FieldIssue> issues = m_validator->validate(a);
    QCOMPARE(errorFields(issues), QStringList{QStringLiteral("diag_dr_codg")});
    const QList<FieldIssue> onCode = issuesOn(issues, QStringLiteral("diag_dr_codg"), Severity::Error);
    QCOMPARE(onCode.size(), 1);
    QVERIFY2(onCode.first().message.contains(QStringLiteral("Required"), Qt::CaseInsensitive),
             qPrintable(onCode.first().message));
    QVERIFY2(onCode.first().message.contains(QStringLiteral("disease")), qPrintable(onCode.first().message));

    a.provenance.diagDrCodg = QStringLiteral("D51130212345");
    issues = m_validator->validate(a);
    VERIFY_ISSUES(issues.isEmpty(), issues);
}

void TestValidator::levelOneInstitutionIsAWarning()
{
    const Institution* clinic = nullptr;
    for (const Institution& i : m_store->catalog().institutions()) {
        if (i.level == 1) {
            clinic = &i;
            break;
        }
    }
    QVERIFY2(clinic, "the bundled catalogue has no level-1 institution");

    Application a = valid();
    a.diseases = {{QStringLiteral("M03900"), QStringLiteral("高血压病")}};
    a.provenance.fixmedinsNo = clinic->code;
    a.provenance.fixmedinsName = clinic->name;
    const QList<FieldIssue> issues = m_validator->validate(a);
    VERIFY_ISSUES(!hasErrors(issues), issues);
    QCOMPARE(issuesOn(issues, QStringLiteral("ide_fixmedins_no"), Severity::Warning).size(), 1);
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.first().message.contains(clinic->name));
}

void TestValidator::levelTwoHospitalForLevelThreeDisease()
{
    const Institution* county = m_store->catalog().institution(QString::fromLatin1(kLevel2Hospital));
    QVERIFY(county);
    QCOMPARE(county->level, 2);
    const Disease* dialysis = m_store->catalog().disease(QStringLiteral("M07803"));
    QVERIFY(dialysis);
    QCOMPARE(dialysis->minHospitalLevel, 3);

    Application a = valid();
    a.provenance.fixmedinsNo = county->code;
    a.diseases = {{QStringLiteral("M03900"), QStringLiteral("高血压病")}};
    VERIFY_ISSUES(m_validator->validate(a).isEmpty(), m_validator->validate(a)); // level 2 is enough here

    a.diseases.append({dialysis->code, dialysis->name});
    const QList<FieldIssue> issues = m_validator->validate(a);
    VERIFY_ISSUES(!hasErrors(issues), issues);
    QCOMPARE(issuesOn(issues, QStringLiteral("ide_fixmedins_no"), Severity::Warning).size(), 1);
    QCOMPARE(issues.size(), 1);

    // The same disease at a level-3 hospital is fine.
    a.provenance.fixmedinsNo = QString::fromLatin1(kLevel3Hospital);
    VERIFY_ISSUES(m_validator->validate(a).isEmpty(), m_validator->validate(a));
}

void TestValidator::unknownInstitutionIsAWarning()
{
    Application a = valid();
    a.provenance.fixmedinsNo = QStringLiteral("H99999999999");
    const QList<FieldIssue> issues = m_validator->validate(a);
    VERIFY_ISSUES(!hasErrors(issues), issues);
    QCOMPARE(issuesOn(issues, QStringLiteral("ide_fixmedins_no"), Severity::Warning).size(), 1);
}

void TestValidator::birthDateAndGenderMustMatchId()
{
    const Application base = valid();
    const IdNumber id = IdNumber::parse(base.applicant.certno);
    QVERIFY(id.isValid());

    Application a = base;
    a.applicant.brdy = id.birthDate().addDays(1);
    QList<FieldIssue> issues = m_validator->validate(a);
    QCOMPARE(errorFields(issues), QStringList{QStringLiteral("brdy")});
    QVERIFY(issuesOn(issues, QStringLiteral("brdy"), Severity::Error)
                .first()
                .message.contains(id.birthDate().toString(Qt::ISODate)));

    a = base;
    a.applicant.gend = base.applicant.gend == u"1" ? QStringLiteral("2") : QStringLiteral("1");
    issues = m_validator->validate(a);
    QCOMPARE(errorFields(issues), QStringList{QStringLiteral("gend")});

    a.applicant.brdy = id.birthDate().addYears(-1);
    issues = m_validator->validate(a);
    QCOMPARE(errorFields(issues), (QStringList{QStringLiteral("brdy"), QStringLiteral("gend")}));
}

void TestValidator::otherCertificatesAreNotCheckedAsResidentId()
{
    Application a = valid();
    a.applicant.psnCertType = QStringLiteral("08"); // foreign passport
    a.applicant.certno = QStringLiteral("E12345678");
    a.applicant.gend = QStringLiteral("2");
    a.applicant.brdy = QDate(1985, 5, 5);
    const QList<FieldIssue> issues = m_validator->validate(a);
    VERIFY_ISSUES(issues.isEmpty(), issues);
}

void TestValidator::certificateNumberChecks()
{
    const QString certno = QStringLiteral("certno");
    QList<FieldIssue> issues =
        m_validator->checkCertificate(certno, QStringLiteral("01"), QStringLiteral("511302198001010012"));
    QCOMPARE(errorFields(issues), QStringList{certno});
    issues = m_validator->checkCertificate(certno, QStringLiteral("01"), QStringLiteral("51130219800101001"));
    QCOMPARE(errorFields(issues), QStringList{certno});
    QVERIFY(issues.first().message.contains(QStringLiteral("17")));
    issues = m_validator->checkCertificate(certno, QStringLiteral("01"), QStringLiteral("511302198002300013"));
    QCOMPARE(errorFields(issues), QStringList{certno});
    issues = m_validator->checkCertificate(certno, QStringLiteral("01"), QStringLiteral("51130219800101001A"));
    QCOMPARE(errorFields(issues), QStringList{certno});
    // A legacy number is accepted with a warning.
    issues = m_validator->checkCertificate(certno, QStringLiteral("01"), QStringLiteral("511302800101001"));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, Severity::Warning);
    // Correct numbers, empty numbers and other certificate types give nothing.
    QVERIFY(m_validator->checkCertificate(certno, QStringLiteral("01"), QStringLiteral("511302198001010013")).isEmpty());
    QVERIFY(m_validator->checkCertificate(certno, QStringLiteral("17"), QStringLiteral("11010519491231002x")).isEmpty());
    QVERIFY(m_validator->checkCertificate(certno, QStringLiteral("01"), QString()).isEmpty());
    QVERIFY(m_validator->checkCertificate(certno, QStringLiteral("04"), QStringLiteral("H1234567")).isEmpty());

    // And inside a whole application.
    Application a = valid();
    a.applicant.certno[5] = a.applicant.certno.at(5) == u'9' ? QChar(u'0') : QChar(a.applicant.certno.at(5).unicode() + 1);
    issues = m_validator->validate(a);
    QCOMPARE(errorFields(issues), QStringList{certno});
}

void TestValidator::phoneFormats_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<int>("expected"); // 0 none, 1 warning, 2 error
    QTest::newRow("mobile") << QStringLiteral("13812345678") << 0;
    QTest::newRow("mobile 19x") << QStringLiteral("19912345678") << 0;
    QTest::newRow("mobile with spaces") << QStringLiteral("138 1234 5678") << 0;
    QTest::newRow("empty (required is checked elsewhere)") << QString() << 0;
    QTest::newRow("landline with dash") << QStringLiteral("0817-2222222") << 1;
    QTest::newRow("landline 8 digits") << QStringLiteral("02888888888") << 1;
    QTest::newRow("landline no dash") << QStringLiteral("08172222222") << 1;
    QTest::newRow("letters") << QStringLiteral("abcdefghijk") << 2;
    QTest::newRow("too short") << QStringLiteral("12345") << 2;
    QTest::newRow("10-digit mobile") << QStringLiteral("1381234567") << 2;
    QTest::newRow("12-digit mobile") << QStringLiteral("138123456789") << 2;
    QTest::newRow("12x prefix") << QStringLiteral("12812345678") << 2;
    QTest::newRow("landline without area code") << QStringLiteral("2222222") << 2;
    QTest::newRow("mobile with letter") << QStringLiteral("1381234567O") << 2;
}

void TestValidator::phoneFormats()
{
    QFETCH(QString, phone);
    QFETCH(int, expected);
    const QList<FieldIssue> issues = m_validator->checkPhone(QStringLiteral("tel"), phone);
    if (expected == 0) {
        VERIFY_ISSUES(issues.isEmpty(), issues);
    } else {
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, QStringLiteral("tel"));
        QCOMPARE(issues.first().severity, expected == 1 ? Severity::Warning : Severity::Error);
    }
    if (phone.isEmpty())
        return; // an empty phone in an application is the "required" error instead
    Application a = valid();
    a.applicant.tel = phone;
    const QList<FieldIssue> all = m_validator->validate(a);
    QCOMPARE(hasErrors(all), expected == 2);
    QCOMPARE(all.size(), expected == 0 ? 0 : 1);
}

void TestValidator::agentMustNotBeApplicant()
{
    Application a = valid();
    a.agent.enabled = true;
    a.agent.name = QStringLiteral("李强");
    a.agent.certType = QStringLiteral("01");
    a.agent.tel = QStringLiteral("13912345678");
    a.agent.rlts = QStringLiteral("02");
    a.agent.certno = a.applicant.certno;
    QList<FieldIssue> issues = m_validator->validate(a);
    QCOMPARE(errorFields(issues), QStringList{QStringLiteral("agnter_certno")});

    // Case and blanks do not hide it.
    a.applicant.certno = QStringLiteral("11010519491231002X");
    a.applicant.brdy = QDate(1949, 12, 31);
    a.applicant.gend = QStringLiteral("2");
    a.agent.certno = QStringLiteral(" 11010519491231002x ");
    issues = m_validator->validate(a);
    QCOMPARE(errorFields(issues), QStringList{QStringLiteral("agnter_certno")});

    a.agent.certno = QStringLiteral("511302198001010013");
    issues = m_validator->validate(a);
    VERIFY_ISSUES(issues.isEmpty(), issues);
}

void TestValidator::diagnosisDate()
{
    Application a = valid();
    a.provenance.hospIdeDate = kToday.addDays(1);
    QList<FieldIssue> issues = m_validator->validate(a);
    QCOMPARE(errorFields(issues), QStringList{QStringLiteral("hosp_ide_date")});

    a.provenance.hospIdeDate = kToday; // diagnosed this morning
    issues = m_validator->validate(a);
    VERIFY_ISSUES(issues.isEmpty(), issues);

    a.provenance.hospIdeDate = a.applicant.brdy.addDays(-1);
    issues = m_validator->validate(a);
    QCOMPARE(errorFields(issues), QStringList{QStringLiteral("hosp_ide_date")});
}

void TestValidator::futureBirthDate()
{
    Application a = valid();
    a.applicant.psnCertType = QStringLiteral("08");
    a.applicant.certno = QStringLiteral("E12345678");
    a.applicant.brdy = kToday.addDays(1);
    a.provenance.hospIdeDate = kToday;
    const QList<FieldIssue> issues = m_validator->validate(a);
    const QList<FieldIssue> onBirth = issuesOn(issues, QStringLiteral("brdy"), Severity::Error);
    QCOMPARE(onBirth.size(), 1);
    QVERIFY2(onBirth.first().message.contains(QStringLiteral("future")), qPrintable(onBirth.first().message));
    // ... and so today's diagnosis is before the birth.
    QCOMPARE(errorFields(issues), (QStringList{QStringLiteral("brdy"), QStringLiteral("hosp_ide_date")}));
}

void TestValidator::duplicateDisease()
{
    Application a = valid();
    a.diseases = {{QStringLiteral("M03900"), QStringLiteral("高血压病")},
                  {QStringLiteral("M01600"), QStringLiteral("糖尿病")},
                  {QStringLiteral("M03900"), QStringLiteral("高血压病")}};
    const QList<FieldIssue> issues = m_validator->validate(a);
    QCOMPARE(errorFields(issues), QStringList{QStringLiteral("diseases")});
    QCOMPARE(issuesOn(issues, QStringLiteral("diseases"), Severity::Error).size(), 1);
    QVERIFY(issues.first().message.contains(QStringLiteral("高血压病")));
}

void TestValidator::unknownDiseaseIsAWarning()
{
    Application a = valid();
    a.diseases = {{QStringLiteral("M03900"), QStringLiteral("高血压病")},
                  {QStringLiteral("X99999"), QStringLiteral("旧目录病种")}};
    const QList<FieldIssue> issues = m_validator->validate(a);
    VERIFY_ISSUES(!hasErrors(issues), issues);
    const QList<FieldIssue> warnings = issuesOn(issues, QStringLiteral("diseases"), Severity::Warning);
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().message.contains(QStringLiteral("X99999")));
    QCOMPARE(issues.size(), 1);
}

void TestValidator::unknownRegionIsAnError()
{
    Application a = valid();
    a.applicant.insuAdmdvs = QStringLiteral("110105");
    const QList<FieldIssue> issues = m_validator->validate(a);
    QCOMPARE(errorFields(issues), QStringList{QStringLiteral("insu_admdvs")});
}

QTEST_GUILESS_MAIN(TestValidator)
#include "test_validator.moc"
