// The catalogue: disease search as counter staff type it, JSON loading, and the bundled/installed choice.
#include "Catalog.h"
#include "CatalogStore.h"
#include "TestPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mtb;

namespace {


QJsonObject bundledObject() { return QJsonDocument::fromJson(test::readFileBytes(CatalogStore::bundledPath())).object(); }

// The bundled document with another revision and a marker disease, so that we can tell which one loaded.
QByteArray withRevision(int revision)
{
    QJsonObject root = bundledObject();
    root.insert(QStringLiteral("revision"), revision);
    root.insert(QStringLiteral("version"), QStringLiteral("test-r%1").arg(revision));
    QJsonArray diseases = root.value(QStringLiteral("diseases")).toArray();
    diseases.append(QJsonObject{{"code", QStringLiteral("T%1").arg(revision, 5, 10, QLatin1Char('0'))},
                                {"name", QStringLiteral("测试病种%1").arg(revision)},
                                {"py", "csbz"}});
    root.insert(QStringLiteral("diseases"), diseases);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QStringList codes(const QList<const Disease*>& list)
{
    QStringList out;
    for (const Disease* d : list)
        out << d->code;
    return out;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void bundledCatalogueContents();
    void pinyinInitials();
    void codePrefix();
    void exactCode();
    void chineseSubstring();
    void englishSubstring();
    void emptyQueryHonoursLimit();
    void limit();
    void noMatch();

    void loadFromJsonRejects_data();
    void loadFromJsonRejects();
    void failedLoadKeepsPreviousContent();
    void minimalDocumentLoads();

    void storeUsesBundledWhenDataDirEmpty();
    void storeInstallsNewerRevision();
    void storeRefusesOlderOrEqualRevision();
    void storeRefusesMalformedInstall();
    void storeSkipsCorruptInstalledCopy();
    void storeIgnoresInstalledCopyNotNewer();

private:
    Catalog m_catalog;
};

void TestCatalog::initTestCase()
{
    QString error;
    const QByteArray json = test::readFileBytes(CatalogStore::bundledPath());
    QVERIFY2(!json.isEmpty(), "bundled catalogue resource missing");
    QVERIFY2(m_catalog.loadFromJson(json, &error), qPrintable(error));
}

void TestCatalog::bundledCatalogueContents()
{
    QCOMPARE(m_catalog.format(), 1);
    QVERIFY(m_catalog.revision() >= 1);
    QVERIFY(!m_catalog.version().isEmpty());
    QVERIFY(m_catalog.diseases().size() >= 40);
    QVERIFY(m_catalog.disease(QStringLiteral("M03900")));
    QCOMPARE(m_catalog.disease(QStringLiteral("M03900"))->name, QStringLiteral("高血压病"));
    QVERIFY(!m_catalog.disease(QStringLiteral("M99999")));
    QVERIFY(m_catalog.region(QStringLiteral("511302")));
    QVERIFY(m_catalog.channel(QStringLiteral("2")));
    QVERIFY(m_catalog.dictionaryEntry(QStringLiteral("psn_cert_type"), QStringLiteral("01")));
    QCOMPARE(m_catalog.dictionaryEntry(QStringLiteral("psn_cert_type"), QStringLiteral("01"))->check,
             QStringLiteral("gb11643"));
    QVERIFY(!m_catalog.dictionaryEntry(QStringLiteral("no_such_dictionary"), QStringLiteral("01")));
}

void TestCatalog::pinyinInitials()
{
    QList<const Disease*> hits = m_catalog.searchDiseases(QStringLiteral("gxy"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first()->code, QStringLiteral("M03900"));
    QCOMPARE(hits.first()->name, QStringLiteral("高血压病"));
    // Upper case and blanks are forgiven.
    QCOMPARE(m_catalog.searchDiseases(QStringLiteral(" GXY ")).value(0)->code, QStringLiteral("M03900"));

    hits = m_catalog.searchDiseases(QStringLiteral("tnb"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first()->code, QStringLiteral("M01600"));
    QCOMPARE(hits.first()->name, QStringLiteral("糖尿病"));
    QVERIFY(codes(hits).contains(QStringLiteral("M01609"))); // 糖尿病黄斑水肿 starts with tnb
    QVERIFY(codes(hits).contains(QStringLiteral("HBLB201"))); // 两病-糖尿病 contains tnb
    QVERIFY(codes(hits).indexOf(QStringLiteral("M01609")) < codes(hits).indexOf(QStringLiteral("HBLB201")));
    for (const Disease* d : hits)
        QVERIFY2(d->pinyinInitials.contains(QStringLiteral("tnb")), qPrintable(d->code));
}

void TestCatalog::codePrefix()
{
    const QStringList expected = {QStringLiteral("M07800"), QStringLiteral("M07803"), QStringLiteral("M07804")};
    QCOMPARE(codes(m_catalog.searchDiseases(QStringLiteral("M078"))), expected);
    QCOMPARE(codes(m_catalog.searchDiseases(QStringLiteral("m078"))), expected);
    const QList<const Disease*> m0 = m_catalog.searchDiseases(QStringLiteral("M02"), 100);
    QVERIFY(m0.size() >= 8);
    for (const Disease* d : m0)
        QVERIFY2(d->code.startsWith(QStringLiteral("M02")), qPrintable(d->code));
}

void TestCatalog::exactCode()
{
    // A full code finds exactly that disease, in any case.
    QCOMPARE(codes(m_catalog.searchDiseases(QStringLiteral("M03900"))), QStringList{QStringLiteral("M03900")});
    QCOMPARE(m_catalog.searchDiseases(QStringLiteral("hblb101")).value(0)->code, QStringLiteral("HBLB101"));
}

void TestCatalog::chineseSubstring()
{
    const QList<const Disease*> hits = m_catalog.searchDiseases(QStringLiteral("肾"));
    QCOMPARE(codes(hits),
             (QStringList{QStringLiteral("M07800"), QStringLiteral("M07803"), QStringLiteral("M07804")}));
    for (const Disease* d : hits)
        QVERIFY(d->name.contains(QStringLiteral("肾")));

    // A name prefix beats a name substring: 糖尿病 (prefix, exact) before 两病-糖尿病 (substring).
    const QStringList diabetes = codes(m_catalog.searchDiseases(QStringLiteral("糖尿病")));
    QCOMPARE(diabetes.value(0), QStringLiteral("M01600"));
    QCOMPARE(diabetes.value(1), QStringLiteral("M01609"));
    QVERIFY(diabetes.contains(QStringLiteral("HBLB201")));
}

void TestCatalog::englishSubstring()
{
    QCOMPARE(codes(m_catalog.searchDiseases(QStringLiteral("asthma"))), QStringList{QStringLiteral("M05400")});
    const QStringList renal = codes(m_catalog.searchDiseases(QStringLiteral("Renal")));
    QCOMPARE(renal.size(), 3);
    QVERIFY(renal.contains(QStringLiteral("M07803")));
    QCOMPARE(codes(m_catalog.searchDiseases(QStringLiteral("PARKINSON"))), QStringList{QStringLiteral("M02300")});
}

void TestCatalog::emptyQueryHonoursLimit()
{
    const int total = int(m_catalog.diseases().size());
    QCOMPARE(m_catalog.searchDiseases(QString(), 5).size(), 5);
    QCOMPARE(m_catalog.searchDiseases(QStringLiteral("  "), 10).size(), 10);
    QCOMPARE(m_catalog.searchDiseases(QString()).size(), qMin(20, total)); // default limit
    const QList<const Disease*> all = m_catalog.searchDiseases(QString(), 1000);
    QCOMPARE(all.size(), total);
    // In catalogue order.
    for (int i = 0; i < total; ++i)
        QCOMPARE(all.at(i), &m_catalog.diseases().at(i));
}

void TestCatalog::limit()
{
    QCOMPARE(m_catalog.searchDiseases(QStringLiteral("M0"), 3).size(), 3);
    QCOMPARE(m_catalog.searchDiseases(QStringLiteral("M0"), 0).size(), 0);
}

void TestCatalog::noMatch()
{
    QVERIFY(m_catalog.searchDiseases(QStringLiteral("qqqzzz")).isEmpty());
    QVERIFY(m_catalog.searchDiseases(QStringLiteral("M999")).isEmpty());
}

void TestCatalog::loadFromJsonRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    const auto modified = [](auto change) {
        QJsonObject root = bundledObject();
        change(root);
        return QJsonDocument(root).toJson();
    };
    QByteArray truncated = test::readFileBytes(CatalogStore::bundledPath());
    truncated.chop(truncated.size() / 2);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("catalogue");
    QTest::newRow("truncated") << truncated;
    QTest::newRow("array") << QByteArray("[1, 2, 3]");
    QTest::newRow("format 2") << modified([](QJsonObject& r) { r.insert(QStringLiteral("format"), 2); });
    QTest::newRow("format 0") << modified([](QJsonObject& r) { r.insert(QStringLiteral("format"), 0); });
    QTest::newRow("format as text") << modified([](QJsonObject& r) { r.insert(QStringLiteral("format"), "1"); });
    QTest::newRow("no format") << modified([](QJsonObject& r) { r.remove(QStringLiteral("format")); });
    QTest::newRow("no diseases") << modified([](QJsonObject& r) { r.remove(QStringLiteral("diseases")); });
    QTest::newRow("empty diseases") << modified([](QJsonObject& r) { r.insert(QStringLiteral("diseases"), QJsonArray()); });
    QTest::newRow("no regions") << modified([](QJsonObject& r) { r.remove(QStringLiteral("regions")); });
    QTest::newRow("disease without name") << modified([](QJsonObject& r) {
        QJsonArray d = r.value(QStringLiteral("diseases")).toArray();
        d.append(QJsonObject{{"code", "M99999"}});
        r.insert(QStringLiteral("diseases"), d);
    });
    QTest::newRow("disease without code") << modified([](QJsonObject& r) {
        QJsonArray d = r.value(QStringLiteral("diseases")).toArray();
        d.append(QJsonObject{{"name", "无编码"}});
        r.insert(QStringLiteral("diseases"), d);
    });
}

void TestCatalog::loadFromJsonRejects()
{
    QFETCH(QByteArray, json);
    Catalog c;
    QString error;
    QVERIFY(!c.loadFromJson(json, &error));
    QVERIFY2(!error.isEmpty(), "a rejected catalogue must say why");
    QVERIFY(c.isEmpty());
    QCOMPARE(c.revision(), 0);
}

void TestCatalog::failedLoadKeepsPreviousContent()
{
    Catalog c = m_catalog;
    QString error;
    QVERIFY(!c.loadFromJson(QByteArray(R"({"format": 1, "revision": 9, "diseases": []})"), &error));
    QCOMPARE(c.revision(), m_catalog.revision());
    QCOMPARE(c.diseases().size(), m_catalog.diseases().size());
}

void TestCatalog::minimalDocumentLoads()
{
    const QByteArray json = R"({"format": 1, "revision": 4, "version": "mini",
        "regions": [{"code": "511300", "name": "南充市"}],
        "diseases": [{"code": "M03900", "name": "高血压病", "py": "GXYB"}]})";
    Catalog c;
    QString error;
    QVERIFY2(c.loadFromJson(json, &error), qPrintable(error));
    QCOMPARE(c.revision(), 4);
    QCOMPARE(c.version(), QStringLiteral("mini"));
    QCOMPARE(c.disease(QStringLiteral("M03900"))->pinyinInitials, QStringLiteral("gxyb")); // lower-cased
    QCOMPARE(c.disease(QStringLiteral("M03900"))->minHospitalLevel, 2);                  // default
    QVERIFY(c.institutions().isEmpty());
    QVERIFY(c.baseRequiredFields().isEmpty());
}

void TestCatalog::storeUsesBundledWhenDataDirEmpty()
{
    mtb::test::TempDataDir dir;
    CatalogStore store(dir.path());
    QVERIFY(store.load());
    QCOMPARE(store.sourcePath(), CatalogStore::bundledPath());
    QVERIFY(store.warnings().isEmpty());
    QCOMPARE(store.catalog().revision(), m_catalog.revision());
    QCOMPARE(store.catalog().diseases().size(), m_catalog.diseases().size());
    QVERIFY(!QFile::exists(store.installedPath()));
    QVERIFY(store.installedPath().startsWith(dir.path()));
}

void TestCatalog::storeInstallsNewerRevision()
{
    mtb::test::TempDataDir dir;
    const int newer = m_catalog.revision() + 1;
    const QByteArray json = withRevision(newer);
    {
        CatalogStore store(dir.path());
        QVERIFY(store.load());
        QString error;
        QVERIFY2(store.install(json, &error), qPrintable(error));
        QCOMPARE(store.sourcePath(), store.installedPath());
        QCOMPARE(store.catalog().revision(), newer);
        QCOMPARE(test::readFileBytes(store.installedPath()), json);
    }
    CatalogStore reopened(dir.path());
    QVERIFY(reopened.load());
    QCOMPARE(reopened.sourcePath(), reopened.installedPath());
    QCOMPARE(reopened.sourcePath(), dir.path() + QStringLiteral("/catalog/catalog.json"));
    QCOMPARE(reopened.catalog().revision(), newer);
    QCOMPARE(reopened.catalog().version(), QStringLiteral("test-r%1").arg(newer));
    QVERIFY(reopened.catalog().disease(QStringLiteral("T%1").arg(newer, 5, 10, QLatin1Char('0'))));
    QVERIFY(reopened.warnings().isEmpty());
    // No temporary file is left next to it.
    QCOMPARE(QDir(dir.path() + QStringLiteral("/catalog")).entryList(QDir::Files),
             QStringList{QStringLiteral("catalog.json")});
}

void TestCatalog::storeRefusesOlderOrEqualRevision()
{
    mtb::test::TempDataDir dir;
    const int bundled = m_catalog.revision();
    CatalogStore store(dir.path());
    QVERIFY(store.load());
    QString error;
    QVERIFY(!store.install(withRevision(bundled), &error)); // equal to the bundled one
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(store.installedPath()));
    QCOMPARE(store.sourcePath(), CatalogStore::bundledPath());

    QVERIFY(store.install(withRevision(bundled + 5), &error));
    const QByteArray installed = test::readFileBytes(store.installedPath());
    for (int r : {bundled + 5, bundled + 4, bundled, bundled - 1}) {
        error.clear();
        QVERIFY2(!store.install(withRevision(r), &error), qPrintable(QString::number(r)));
        QVERIFY(!error.isEmpty());
        QCOMPARE(store.catalog().revision(), bundled + 5);
        QCOMPARE(test::readFileBytes(store.installedPath()), installed);
    }
    // A fresh store on the same folder also compares against the installed copy.
    CatalogStore again(dir.path());
    QVERIFY(again.load());
    QVERIFY(!again.install(withRevision(bundled + 3), &error));
    QVERIFY(again.install(withRevision(bundled + 6), &error));
    QCOMPARE(again.catalog().revision(), bundled + 6);
}

void TestCatalog::storeRefusesMalformedInstall()
{
    mtb::test::TempDataDir dir;
    CatalogStore store(dir.path());
    QVERIFY(store.load());
    QString error;
    QVERIFY(!store.install(QByteArray("{\"format\": 1, \"revision\": 99"), &error));
    QVERIFY(!error.isEmpty());
    QByteArray unsupported = withRevision(99).replace("\"format\":1", "\"format\":7");
    QVERIFY(!store.install(unsupported, &error));
    QVERIFY(!QFile::exists(store.installedPath()));
    QCOMPARE(store.catalog().revision(), m_catalog.revision());
}

void TestCatalog::storeSkipsCorruptInstalledCopy()
{
    mtb::test::TempDataDir dir;
    const CatalogStore probe(dir.path());
    QByteArray broken = withRevision(m_catalog.revision() + 10);
    broken.truncate(broken.size() - 200); // a download cut short
    QVERIFY(test::writeFileBytes(probe.installedPath(), broken));

    CatalogStore store(dir.path());
    QVERIFY(store.load()); // the counter keeps working
    QCOMPARE(store.sourcePath(), CatalogStore::bundledPath());
    QCOMPARE(store.catalog().revision(), m_catalog.revision());
    QCOMPARE(store.warnings().size(), 1);
    QVERIFY2(store.warnings().first().contains(store.installedPath()), qPrintable(store.warnings().first()));
    // The broken copy is left for inspection, not deleted.
    QCOMPARE(test::readFileBytes(store.installedPath()), broken);

    // Garbage bytes too.
    QVERIFY(test::writeFileBytes(probe.installedPath(), QByteArray("\x00\xff\x13garbage", 10)));
    CatalogStore garbage(dir.path());
    QVERIFY(garbage.load());
    QCOMPARE(garbage.sourcePath(), CatalogStore::bundledPath());
    QCOMPARE(garbage.warnings().size(), 1);

    // A new, good download replaces it.
    QString error;
    QVERIFY2(garbage.install(withRevision(m_catalog.revision() + 1), &error), qPrintable(error));
    CatalogStore healed(dir.path());
    QVERIFY(healed.load());
    QCOMPARE(healed.sourcePath(), healed.installedPath());
    QVERIFY(healed.warnings().isEmpty());
}

void TestCatalog::storeIgnoresInstalledCopyNotNewer()
{
    mtb::test::TempDataDir dir;
    const CatalogStore probe(dir.path());
    // E.g. the program was upgraded and now bundles a newer catalogue than the one downloaded earlier.
    QVERIFY(test::writeFileBytes(probe.installedPath(), withRevision(m_catalog.revision())));
    CatalogStore store(dir.path());
    QVERIFY(store.load());
    QCOMPARE(store.sourcePath(), CatalogStore::bundledPath());
    QVERIFY(store.warnings().isEmpty());
    QVERIFY(!store.catalog().disease(QStringLiteral("T%1").arg(m_catalog.revision(), 5, 10, QLatin1Char('0'))));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "test_catalog.moc"
