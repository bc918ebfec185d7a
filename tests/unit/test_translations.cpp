// Both translation files must be complete and current: every tr() string in the sources has a
// finished translation in zh_CN (the primary language) and en, with the same placeholders.
// "Current" is checked by running the real lupdate over the sources into a copy of each .ts file: a
// string added to the code without a translation shows up there as unfinished.
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one per numerus form
    QString type;             // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message") {
            out << current;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message{context, {}, {}, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes"};
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.type = xml.attributes().value(QStringLiteral("type")).toString();
            if (!current.numerus)
                current.translations << xml.readElementText();
        } else if (name == u"numerusform") {
            current.translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return found;
}

QStringList sourceFiles()
{
    QStringList files;
    for (const char* dir : {"app", "ui"}) {
        QDir root(QStringLiteral(MTB_SOURCE_DIR) + u'/' + QLatin1String(dir));
        const QStringList found = root.entryList({QStringLiteral("*")}, QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString& sub : found)
            files << root.filePath(sub);
        files << root.path();
    }
    return files;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void filesAreComplete_data();
    void filesAreComplete();
    void filesAreCurrent_data() { filesAreComplete_data(); }
    void filesAreCurrent();
    void qtsOwnStringsAreTranslated();
};

void TestTranslations::filesAreComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestTranslations::filesAreComplete()
{
    QFETCH(QString, language);
    const QString path = QStringLiteral(MTB_SOURCE_DIR "/translations/mtbdesk_%1.ts").arg(language);
    QString error;
    const QList<Message> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 100, "the translation file looks empty");
    QStringList problems;
    for (const Message& m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
        if (m.type == u"vanished" || m.type == u"obsolete") {
            problems << QStringLiteral("obsolete entry (run lupdate -no-obsolete): ") + where;
            continue;
        }
        if (m.type == u"unfinished")
            problems << QStringLiteral("unfinished: ") + where;
        const int expectedForms = !m.numerus ? 1 : (language == u"en" ? 2 : 1);
        if (m.translations.size() != expectedForms)
            problems << QStringLiteral("%1 plural forms instead of %2: ").arg(m.translations.size()).arg(expectedForms) + where;
        for (const QString& t : m.translations) {
            if (t.trimmed().isEmpty())
                problems << QStringLiteral("empty translation: ") + where;
            QSet<QString> expected = placeholders(m.source);
            QSet<QString> actual = placeholders(t);
            if (m.numerus) { // a singular form may spell out "one" instead of %n
                expected.remove(QStringLiteral("%n"));
                actual.remove(QStringLiteral("%n"));
            }
            if (expected != actual)
                problems << QStringLiteral("placeholders differ: ") + where + QStringLiteral(" -> ") + t;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::filesAreCurrent()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("check_%1.ts").arg(language));
    QVERIFY(QFile::copy(QStringLiteral(MTB_SOURCE_DIR "/translations/mtbdesk_%1.ts").arg(language), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(MTB_LUPDATE),
                  QStringList{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                              QStringLiteral("none")}
                      << sourceFiles() << QStringList{QStringLiteral("-ts"), copy});
    QVERIFY2(lupdate.waitForFinished(60000), "lupdate did not finish");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    QString error;
    QStringList missing;
    for (const Message& m : readTs(copy, &error)) {
        if (m.type == u"unfinished")
            missing << m.context + QStringLiteral(": ") + m.source;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("strings in the code without a %1 translation (run the mtb_i18n_lupdate "
                                       "target, then translate them):\n")
                            .arg(language) +
                        missing.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)

// Qt's own strings (the Close/Cancel of every dialog's button box, context menus) come from
// Qt's qtbase_zh_CN.qm (Debian package qt6-translations-l10n, which setup.sh installs and the .deb
// depends on). Without it the Chinese UI shows English buttons.
void TestTranslations::qtsOwnStringsAreTranslated()
{
    QTranslator qt;
    QVERIFY2(qt.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
             "qtbase_zh_CN.qm not found: install qt6-translations-l10n");
    QCOMPARE(qt.translate("QPlatformTheme", "Close"), QStringLiteral("关闭"));
    QCOMPARE(qt.translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
}

#include "test_translations.moc"
