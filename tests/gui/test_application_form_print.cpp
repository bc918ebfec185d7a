// The application form the applicant signs at the counter: painted on one A4 page with the applicant's
// data in full (read back from an in-memory PDF with QtPdf), and the main window's print action, which
// records who printed which application in the audit log.
#include "ApplicationForm.h"
#include "ApplicationFormPainter.h"
#include "AsyncDraftStore.h"
#include "AuditAction.h"
#include "AuditLog.h"
#include "CatalogStore.h"
#include "Database.h"
#include "DraftRepository.h"
#include "FieldLabels.h"
#include "KeyRing.h"
#include "MainWindow.h"
#include "PersonalText.h"
#include "SampleData.h"
#include "TestPaths.h"
#include "UiLanguage.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mtb;

namespace {
const int kTimeoutMs = 10000;

QUuid storeApplication(const QString& dataDir, Application a)
{
    Database db(dataDir + QStringLiteral("/mtbdesk.sqlite"), QStringLiteral("seed"));
    db.setKeyRing(KeyRing::forTesting());
    if (!db.open().usable())
        return {};
    DraftRepository repo(db.connection(), KeyRing::forTesting());
    QString error;
    return repo.save(a, QDateTime::currentDateTimeUtc(), &error) ? a.uuid : QUuid();
}

QList<AuditEntry> auditEntries(const QString& dataDir, const QString& action)
{
    Database db(dataDir + QStringLiteral("/mtbdesk.sqlite"), QStringLiteral("read"));
    db.setKeyRing(KeyRing::forTesting());
    if (!db.open().usable())
        return {};
    AuditQuery q;
    q.action = action;
    return AuditLog(db.connection(), KeyRing::forTesting()).entries(q);
}

// Whether `text` contains `needle`, ignoring the line breaks and spaces text extraction may insert.
// Qt's PDF engine maps a glyph back to the first code point the font gives it, and the Noto CJK fonts
// share glyphs between ideographs and the CJK radicals (人 and ⼈, 民 and ⺠): extracted text may hold
// the radical. A radical therefore matches any ideograph of the needle; the printed glyph is the same.
bool containsText(QString text, QString needle)
{
    static const QRegularExpression space(QStringLiteral("\\s"));
    text = text.normalized(QString::NormalizationForm_KC).remove(space);
    needle = needle.normalized(QString::NormalizationForm_KC).remove(space);
    auto same = [](QChar t, QChar n) {
        if (t == n)
            return true;
        const bool radical = t.unicode() >= 0x2E80 && t.unicode() <= 0x2FDF;
        return radical && n.unicode() >= 0x3400;
    };
    for (qsizetype at = 0; at + needle.size() <= text.size(); ++at) {
        qsizetype i = 0;
        while (i < needle.size() && same(text.at(at + i), needle.at(i)))
            ++i;
        if (i == needle.size())
            return true;
    }
    return needle.isEmpty();
}
} // namespace

class TestApplicationFormPrint : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void formIsOneA4PageWithTheApplicantsData_data();
    void formIsOneA4PageWithTheApplicantsData();
    void printActionPrintsAndAudits();

private:
    test::SampleData m_sample{83};
};

void TestApplicationFormPrint::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("MTBDeskTest"));
    QApplication::setApplicationName(QStringLiteral("mtbdesk-print-test"));
}

void TestApplicationFormPrint::cleanupTestCase()
{
    UiLanguage::install(qApp, QStringLiteral("en"));
}

void TestApplicationFormPrint::formIsOneA4PageWithTheApplicantsData_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("agent");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << false;
    QTest::newRow("zh_CN with agent") << QStringLiteral("zh_CN") << true;
    QTest::newRow("en") << QStringLiteral("en") << false;
}

void TestApplicationFormPrint::formIsOneA4PageWithTheApplicantsData()
{
    QFETCH(QString, language);
    QFETCH(bool, agent);
    QVERIFY(UiLanguage::install(qApp, language));
    const bool english = language == u"en";
    CatalogStore catalogs(QDir::tempPath() + QStringLiteral("/mtb-no-installed-catalogue"));
    QVERIFY(catalogs.load());

    Application a = m_sample.application();
    a.applicationNumber = QStringLiteral("MTB2026110400017");
    a.appyRea = QStringLiteral("长期门诊治疗");
    if (agent) {
        a.agent.enabled = true;
        a.agent.name = m_sample.name();
        a.agent.certType = QStringLiteral("01");
        a.agent.certno = m_sample.randomIdNumber();
        a.agent.tel = m_sample.mobile();
        a.agent.rlts = QStringLiteral("01");
    }

    // Painted into memory only: the form holds the applicant's full ID number.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        QVERIFY(ApplicationFormPainter(catalogs.catalog(), english).print(a, &writer));
    }
    QVERIFY(pdf.startsWith("%PDF"));

    QBuffer input(&pdf);
    QVERIFY(input.open(QIODevice::ReadOnly));
    QPdfDocument document;
    document.load(&input);
    QTRY_COMPARE_WITH_TIMEOUT(document.status(), QPdfDocument::Status::Ready, kTimeoutMs);
    QCOMPARE(document.pageCount(), 1);
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Point);
    const QSizeF page = document.pagePointSize(0);
    QVERIFY2(qAbs(page.width() - a4.width()) < 1 && qAbs(page.height() - a4.height()) < 1,
             qPrintable(QStringLiteral("page %1 x %2 pt").arg(page.width()).arg(page.height())));

    // MTB_PRINT_PNG=<folder>: the page as an image, to look at the layout (synthetic data only).
    const QString pngDir = qEnvironmentVariable("MTB_PRINT_PNG");
    if (!pngDir.isEmpty()) {
        const QImage rendered = document.render(0, (page * 150 / 72).toSize());
        QImage image(rendered.size(), QImage::Format_RGB32);
        image.fill(Qt::white); // the page is rendered on a transparent background
        QPainter(&image).drawImage(0, 0, rendered);
        QVERIFY(image.save(QStringLiteral("%1/application_form_%2%3.png")
                               .arg(pngDir, language, agent ? QStringLiteral("_agent") : QString())));
    }

    const QString text = document.getAllText(0).text();
    QVERIFY2(containsText(text, ApplicationFormPainter::title()), "the title");
    QVERIFY2(containsText(text, a.applicant.psnName), "the applicant's name");
    QVERIFY2(containsText(text, a.applicant.certno), "the full ID number");
    QVERIFY2(containsText(text, a.applicant.tel), "the phone number");
    QVERIFY2(containsText(text, a.applicant.addr), "the address");
    QVERIFY2(containsText(text, a.applicationNumber), "the application number");
    QVERIFY2(containsText(text, a.uuid.toString(QUuid::WithoutBraces)), "the local application id");
    const Disease* disease = catalogs.catalog().disease(a.diseases.first().code);
    QVERIFY(disease);
    QVERIFY2(containsText(text, disease->displayName(english)), "the disease name");
    QVERIFY2(containsText(text, ApplicationFormPainter::applicantSignatureLabel()), "the signature label");
    QVERIFY2(containsText(text, ApplicationFormPainter::agentSignatureLabel()),
             "the agent's signature label");
    if (!english) {
        QVERIFY2(containsText(text, QStringLiteral("门诊慢特病病种待遇认定申请表")), "the Chinese title");
        QVERIFY2(containsText(text, QStringLiteral("申请人签字")), "the Chinese signature label");
    }
    if (agent) {
        QVERIFY2(containsText(text, a.agent.name), "the agent's name");
        QVERIFY2(containsText(text, a.agent.certno), "the agent's ID number");
    } else {
        QVERIFY2(!containsText(text, fieldLabel(QStringLiteral("agnter_certno"))), "no agent block");
    }
    // A sanity check that the extracted text is compared as such, masked in any failure message.
    const int at = text.indexOf(a.applicant.certno);
    if (at >= 0)
        MTB_COMPARE_PERSONAL(text.mid(at, a.applicant.certno.size()), a.applicant.certno);
}

void TestApplicationFormPrint::printActionPrintsAndAudits()
{
    QVERIFY(UiLanguage::install(qApp, QStringLiteral("en")));
    test::TempDataDir dir;
    const QUuid uuid = storeApplication(dir.path(), m_sample.application());
    QVERIFY(!uuid.isNull());

    MainWindow window(dir.path(), DeskSession{KeyRing::forTesting(), nullptr});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.isListReady(), kTimeoutMs);
    auto* action = window.findChild<QAction*>(QStringLiteral("actionPrintForm"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Print));
    QVERIFY(!action->text().isEmpty());
    QVERIFY(!action->isEnabled()); // no application open

    // Printing without an application does nothing and records nothing.
    QTemporaryDir out;
    QVERIFY(out.isValid());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(out.filePath(QStringLiteral("form.pdf")));
    QVERIFY(!window.printApplicationFormTo(&printer));

    window.openApplication(uuid);
    QTRY_VERIFY_WITH_TIMEOUT(window.form()->hasApplication() && window.form()->application().uuid == uuid,
                             kTimeoutMs);
    QVERIFY(action->isEnabled());
    QVERIFY(window.printApplicationFormTo(&printer));
    window.store()->waitForIdle();
    QVERIFY(QFileInfo(printer.outputFileName()).size() > 0);

    const QList<AuditEntry> prints = auditEntries(dir.path(), AuditAction::Print);
    QCOMPARE(prints.size(), 1);
    QCOMPARE(prints.first().object, uuid.toString(QUuid::WithoutBraces));
    QCOMPARE(prints.first().detail, QStringLiteral("application form"));
}

QTEST_MAIN(TestApplicationFormPrint)
#include "test_application_form_print.moc"
