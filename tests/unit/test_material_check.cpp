// What "mark ready" requires of the pages: the materials the diseases, the channel and the agent block
// ask for, and no flagged page without a recorded acceptance; an unchecked uncertain outline only warns.
#include "CatalogStore.h"
#include "MaterialCheck.h"
#include "SampleData.h"
#include "TestPaths.h"

#include <QTest>

using namespace mtb;

class TestMaterialCheck : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void requiredFollowDiseasesChannelAndAgent();
    void missingMaterialIsAnError();
    void flaggedPageBlocksUntilAccepted();
    void uncheckedOutlineIsAWarningOnly();

private:
    QList<MaterialCheck::PageState> completePages(const Application& a) const;
    std::unique_ptr<test::TempDataDir> m_dir;
    std::unique_ptr<CatalogStore> m_store;
    test::SampleData m_sample;
};

void TestMaterialCheck::initTestCase()
{
    m_dir = std::make_unique<test::TempDataDir>();
    m_store = std::make_unique<CatalogStore>(m_dir->path());
    QVERIFY(m_store->load());
}

QList<MaterialCheck::PageState> TestMaterialCheck::completePages(const Application& a) const
{
    QList<MaterialCheck::PageState> pages;
    for (const QString& code : MaterialCheck(m_store->catalog()).requiredMaterials(a))
        pages.append({code, QStringLiteral("p.jpg"), {}, false});
    return pages;
}

void TestMaterialCheck::requiredFollowDiseasesChannelAndAgent()
{
    const Catalog& c = m_store->catalog();
    Application a = m_sample.application();
    a.diseases = {{QStringLiteral("M03900"), QStringLiteral("高血压病")}};
    a.acceptance.channel = QStringLiteral("1");
    a.agent.enabled = false;
    const QStringList base = MaterialCheck(c).requiredMaterials(a);
    QCOMPARE(QSet<QString>(base.begin(), base.end()),
             QSet<QString>(c.disease(QStringLiteral("M03900"))->requiredMaterials.begin(),
                           c.disease(QStringLiteral("M03900"))->requiredMaterials.end()));
    QVERIFY(!base.contains(QStringLiteral("power_of_attorney")));
    a.agent.enabled = true;
    QVERIFY(MaterialCheck(c).requiredMaterials(a).contains(QStringLiteral("power_of_attorney")));
    a.agent.enabled = false;
    a.acceptance.channel = QStringLiteral("2"); // 医院代办 requires the 委托书 by catalogue rule
    QVERIFY(MaterialCheck(c).requiredMaterials(a).contains(QStringLiteral("power_of_attorney")));
}

void TestMaterialCheck::missingMaterialIsAnError()
{
    Application a = m_sample.application();
    QList<MaterialCheck::PageState> pages = completePages(a);
    QVERIFY(!pages.isEmpty());
    QVERIFY(MaterialCheck(m_store->catalog()).check(a, pages).isEmpty());
    pages.removeFirst();
    const QList<FieldIssue> issues = MaterialCheck(m_store->catalog()).check(a, pages);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().field, QStringLiteral("materials"));
    QCOMPARE(issues.first().severity, FieldIssue::Severity::Error);
}

void TestMaterialCheck::flaggedPageBlocksUntilAccepted()
{
    Application a = m_sample.application();
    QList<MaterialCheck::PageState> pages = completePages(a);
    pages[0].issues = {QStringLiteral("blur")};
    QCOMPARE(MaterialCheck(m_store->catalog()).check(a, pages).size(), 1);
    pages[0].accepted = true;
    QVERIFY(MaterialCheck(m_store->catalog()).check(a, pages).isEmpty());
}

void TestMaterialCheck::uncheckedOutlineIsAWarningOnly()
{
    Application a = m_sample.application();
    QList<MaterialCheck::PageState> pages = completePages(a);
    pages[0].outlineToCheck = true;
    pages.append(pages[0]);
    const QList<FieldIssue> issues = MaterialCheck(m_store->catalog()).check(a, pages);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, FieldIssue::Severity::Warning);
    QVERIFY2(issues.first().message.contains(u'2'), qPrintable(issues.first().message));
    QVERIFY(!hasErrors(issues));
}

QTEST_GUILESS_MAIN(TestMaterialCheck)
#include "test_material_check.moc"
