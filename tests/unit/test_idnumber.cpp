// GB 11643-1999 resident identity numbers (domain.md §6.1): check character, birth date, gender, legacy
// 15-digit numbers, and the failures counter staff actually produce (a mistyped digit, a wrong length).
#include "IdNumber.h"
#include "PersonalText.h"

#include <QRandomGenerator>
#include <QTest>

using mtb::IdNumber;
using Status = mtb::IdNumber::Status;
using Gender = mtb::IdNumber::Gender;

namespace {

// An independent ISO 7064 MOD 11-2 implementation, written from the standard's weights, so that the
// inputs of the date tests do not depend on the code under test.
QChar referenceCheck(const QString& first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return QLatin1Char("10X98765432"[sum % 11]);
}

QString withCheck(const QString& first17) { return first17 + referenceCheck(first17); }

// 18-digit number for the given birth date, with a correct check character.
QString numberBornOn(const QDate& birth, const QString& sequence = QStringLiteral("001"))
{
    return withCheck(QStringLiteral("511302") + birth.toString(QStringLiteral("yyyyMMdd")) + sequence);
}

} // namespace

class TestIdNumber : public QObject
{
    Q_OBJECT

private slots:
    void standardExample();
    void lowerCaseXIsNormalized();
    void nanchongExample();
    void whitespaceIsTrimmed();
    void checkCharacterWorkedExamples();
    void checkCharacterMatchesReference();
    void checkCharacterRejectsBadInput();
    void everySingleDigitChangeIsCaught_data();
    void everySingleDigitChangeIsCaught();
    void wrongCheckCharacterIsCaught();
    void legacy15Digit();
    void impossibleDates_data();
    void impossibleDates();
    void leapDayValidIn2000();
    void birthDateBoundaries();
    void wrongLengths_data();
    void wrongLengths();
    void badCharacters_data();
    void badCharacters();
    void genderParity_data();
    void genderParity();
};

void TestIdNumber::standardExample()
{
    const IdNumber id = IdNumber::parse(QStringLiteral("11010519491231002X"));
    QCOMPARE(id.status(), Status::Valid);
    QVERIFY(id.isValid());
    QVERIFY(!id.isLegacy15());
    MTB_COMPARE_PERSONAL(id.normalized(), QStringLiteral("11010519491231002X"));
    QCOMPARE(id.birthDate(), QDate(1949, 12, 31));
    QCOMPARE(id.gender(), Gender::Female); // sequence 002: even
}

void TestIdNumber::lowerCaseXIsNormalized()
{
    const IdNumber id = IdNumber::parse(QStringLiteral("11010519491231002x"));
    QCOMPARE(id.status(), Status::Valid);
    MTB_COMPARE_PERSONAL(id.normalized(), QStringLiteral("11010519491231002X"));
}

void TestIdNumber::nanchongExample()
{
    QCOMPARE(IdNumber::checkCharacter(QStringLiteral("51130219800101001")), QLatin1Char('3'));
    const IdNumber id = IdNumber::parse(QStringLiteral("511302198001010013"));
    QCOMPARE(id.status(), Status::Valid);
    QCOMPARE(id.birthDate(), QDate(1980, 1, 1));
    QCOMPARE(id.gender(), Gender::Male);
    QVERIFY(id.expectedCheckCharacter().isNull()); // only set for BadChecksum
}

void TestIdNumber::whitespaceIsTrimmed()
{
    const IdNumber id = IdNumber::parse(QStringLiteral("  511302198001010013 \t"));
    QCOMPARE(id.status(), Status::Valid);
    MTB_COMPARE_PERSONAL(id.normalized(), QStringLiteral("511302198001010013"));
}

void TestIdNumber::checkCharacterWorkedExamples()
{
    QCOMPARE(IdNumber::checkCharacter(QStringLiteral("11010519491231002")), QLatin1Char('X'));
    QCOMPARE(IdNumber::checkCharacter(QStringLiteral("51130219800101001")), QLatin1Char('3'));
    // domain.md: a repo comment claims 3 here; the correct value is X.
    QCOMPARE(IdNumber::checkCharacter(QStringLiteral("31010819840330008")), QLatin1Char('X'));
    // More vectors computed by hand from the weights: r=0 -> '1' ... r=10 -> '2'.
    QCOMPARE(IdNumber::checkCharacter(QStringLiteral("51130219800101002")), QLatin1Char('1'));
    QCOMPARE(IdNumber::checkCharacter(QStringLiteral("51130219800101003")), QLatin1Char('X'));
    QCOMPARE(IdNumber::checkCharacter(QStringLiteral("51130220000229002")), QLatin1Char('9'));
    QCOMPARE(IdNumber::checkCharacter(QStringLiteral("00000000000000000")), QLatin1Char('1')); // sum 0
}

void TestIdNumber::checkCharacterMatchesReference()
{
    QRandomGenerator rng(11643);
    QSet<QChar> seen;
    for (int n = 0; n < 2000; ++n) {
        QString first17;
        for (int i = 0; i < 17; ++i)
            first17 += QChar(u'0' + rng.bounded(10));
        const QChar expected = referenceCheck(first17);
        QCOMPARE(IdNumber::checkCharacter(first17), expected);
        seen.insert(expected);
    }
    QCOMPARE(seen.size(), 11); // all of 0-9 and X were exercised
}

void TestIdNumber::checkCharacterRejectsBadInput()
{
    QVERIFY(IdNumber::checkCharacter(QString()).isNull());
    QVERIFY(IdNumber::checkCharacter(QStringLiteral("1101051949123100")).isNull());   // 16
    QVERIFY(IdNumber::checkCharacter(QStringLiteral("11010519491231002X")).isNull()); // 18
    QVERIFY(IdNumber::checkCharacter(QStringLiteral("1101051949123100A")).isNull());
}

void TestIdNumber::everySingleDigitChangeIsCaught_data()
{
    QTest::addColumn<QString>("valid");
    // Data tags are printed in every test log: they describe the number, never spell it.
    QTest::newRow("GB 11643 example ending in X") << QStringLiteral("11010519491231002X");
    QTest::newRow("Nanchong 1980") << QStringLiteral("511302198001010013");
}

void TestIdNumber::everySingleDigitChangeIsCaught()
{
    QFETCH(QString, valid);
    QVERIFY(IdNumber::parse(valid).isValid());
    int checked = 0;
    for (int pos = 0; pos < 17; ++pos) {
        for (char d = '0'; d <= '9'; ++d) {
            if (valid.at(pos) == QLatin1Char(d))
                continue;
            QString typo = valid;
            typo[pos] = QLatin1Char(d);
            const IdNumber id = IdNumber::parse(typo);
            const QByteArray where = QStringLiteral("%1 (position %2)").arg(typo).arg(pos).toUtf8();
            QVERIFY2(!id.isValid(), where.constData());
            // A change in the birth date either makes it impossible or is caught by the checksum.
            QVERIFY2(id.status() == Status::BadChecksum || id.status() == Status::BadBirthDate, where.constData());
            if (id.status() == Status::BadChecksum)
                QCOMPARE(id.expectedCheckCharacter(), referenceCheck(typo.left(17)));
            ++checked;
        }
    }
    QCOMPARE(checked, 17 * 9);
}

void TestIdNumber::wrongCheckCharacterIsCaught()
{
    const QString first17 = QStringLiteral("51130219800101001");
    for (const QChar c : QStringLiteral("0123456789X")) {
        const IdNumber id = IdNumber::parse(first17 + c);
        if (c == u'3') {
            QVERIFY(id.isValid());
        } else {
            QCOMPARE(id.status(), Status::BadChecksum);
            QCOMPARE(id.expectedCheckCharacter(), QLatin1Char('3'));
        }
    }
}

void TestIdNumber::legacy15Digit()
{
    // 6-digit region, YYMMDD, 3-digit sequence; no check digit; always 19YY.
    const IdNumber male = IdNumber::parse(QStringLiteral("511302800101001"));
    QCOMPARE(male.status(), Status::Valid);
    QVERIFY(male.isLegacy15());
    QCOMPARE(male.birthDate(), QDate(1980, 1, 1));
    QCOMPARE(male.gender(), Gender::Male);

    const IdNumber female = IdNumber::parse(QStringLiteral("110105491231002"));
    QCOMPARE(female.status(), Status::Valid);
    QVERIFY(female.isLegacy15());
    QCOMPARE(female.birthDate(), QDate(1949, 12, 31));
    QCOMPARE(female.gender(), Gender::Female);

    // 00 means 1900, never 2000: 1900-02-29 does not exist.
    QCOMPARE(IdNumber::parse(QStringLiteral("511302000229001")).status(), Status::BadBirthDate);
    QCOMPARE(IdNumber::parse(QStringLiteral("511302001301001")).status(), Status::BadBirthDate);
}

void TestIdNumber::impossibleDates_data()
{
    QTest::addColumn<QString>("number");
    QTest::newRow("Feb 30") << withCheck(QStringLiteral("51130219800230001"));
    QTest::newRow("month 13") << withCheck(QStringLiteral("51130219801301001"));
    QTest::newRow("month 00") << withCheck(QStringLiteral("51130219800001001"));
    QTest::newRow("day 00") << withCheck(QStringLiteral("51130219800100001"));
    QTest::newRow("day 32") << withCheck(QStringLiteral("51130219800132001"));
    QTest::newRow("Apr 31") << withCheck(QStringLiteral("51130219800431001"));
    QTest::newRow("Feb 29 1900 (not leap)") << withCheck(QStringLiteral("51130219000229001"));
    QTest::newRow("Feb 29 2023 (not leap)") << withCheck(QStringLiteral("51130220230229001"));
    QTest::newRow("year 0000") << withCheck(QStringLiteral("51130200000101001"));
    QTest::newRow("year 1879") << withCheck(QStringLiteral("51130218790101001"));
    // The future: a year from now can never be a birth date.
    QTest::newRow("future") << numberBornOn(QDate::currentDate().addYears(1));
    QTest::newRow("far future") << withCheck(QStringLiteral("51130229990101001"));
}

void TestIdNumber::impossibleDates()
{
    QFETCH(QString, number);
    const IdNumber id = IdNumber::parse(number);
    QCOMPARE(id.status(), Status::BadBirthDate);
    QVERIFY(!id.isValid());
    QVERIFY(!id.birthDate().isValid());
}

void TestIdNumber::leapDayValidIn2000()
{
    const IdNumber id = IdNumber::parse(withCheck(QStringLiteral("51130220000229002")));
    QCOMPARE(id.status(), Status::Valid);
    QCOMPARE(id.birthDate(), QDate(2000, 2, 29));
    QCOMPARE(IdNumber::parse(QStringLiteral("511302200002290029")).status(), Status::Valid);
    // 1996 is leap, 1900 is not (see impossibleDates).
    QCOMPARE(IdNumber::parse(withCheck(QStringLiteral("51130219960229001"))).status(), Status::Valid);
}

void TestIdNumber::birthDateBoundaries()
{
    // A baby registered a month ago is valid; very old people (1880+) are valid.
    QCOMPARE(IdNumber::parse(numberBornOn(QDate::currentDate().addMonths(-1))).status(), Status::Valid);
    QCOMPARE(IdNumber::parse(withCheck(QStringLiteral("51130218800101001"))).status(), Status::Valid);
}

void TestIdNumber::wrongLengths_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<Status>("expected");
    QTest::newRow("empty") << QString() << Status::Empty;
    QTest::newRow("blanks") << QStringLiteral("   ") << Status::Empty;
    QTest::newRow("1") << QStringLiteral("5") << Status::BadLength;
    QTest::newRow("14") << QStringLiteral("51130280010100") << Status::BadLength;
    QTest::newRow("16") << QStringLiteral("5113028001010011") << Status::BadLength;
    QTest::newRow("17") << QStringLiteral("51130219800101001") << Status::BadLength;
    QTest::newRow("19") << QStringLiteral("5113021980010100130") << Status::BadLength;
    QTest::newRow("inner space makes 19") << QStringLiteral("511302 198001010013") << Status::BadLength;
}

void TestIdNumber::wrongLengths()
{
    QFETCH(QString, number);
    QFETCH(Status, expected);
    const IdNumber id = IdNumber::parse(number);
    QCOMPARE(id.status(), expected);
    QVERIFY(!id.isValid());
}

void TestIdNumber::badCharacters_data()
{
    QTest::addColumn<QString>("number");
    QTest::newRow("letter in the middle") << QStringLiteral("511302A98001010013");
    QTest::newRow("X in the middle") << QStringLiteral("5113021980X1010013");
    QTest::newRow("Y as check character") << QStringLiteral("51130219800101001Y");
    QTest::newRow("dash") << QStringLiteral("511302-98001010013");
    QTest::newRow("letter in legacy") << QStringLiteral("5113028001O1001"); // letter O for zero
    QTest::newRow("X ending a legacy number") << QStringLiteral("51130280010100X");
    // Chinese input methods produce full-width digits; they are not the ASCII digits of an ID number.
    QTest::newRow("full-width digit in the middle") << QStringLiteral("5113021980010") + QChar(0xFF10) + QStringLiteral("0013");
    QTest::newRow("full-width check digit") << QStringLiteral("51130219800101001") + QChar(0xFF13); // '３'
    QTest::newRow("Arabic-Indic digit") << QChar(0x0665) + QStringLiteral("11302198001010013");
}

void TestIdNumber::badCharacters()
{
    QFETCH(QString, number);
    QVERIFY(number.size() == 18 || number.size() == 15); // so that it is not a length failure
    QCOMPARE(IdNumber::parse(number).status(), Status::BadCharacters);
}

void TestIdNumber::genderParity_data()
{
    QTest::addColumn<QString>("sequence");
    QTest::addColumn<Gender>("gender");
    for (int seq : {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 998, 999}) {
        const QString s = QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
        QTest::newRow(qPrintable(s)) << s << (seq % 2 ? Gender::Male : Gender::Female);
    }
}

void TestIdNumber::genderParity()
{
    QFETCH(QString, sequence);
    QFETCH(Gender, gender);
    const IdNumber id = IdNumber::parse(numberBornOn(QDate(1975, 6, 15), sequence));
    QVERIFY(id.isValid());
    QCOMPARE(id.gender(), gender);
    // Legacy: the last digit is the sequence's last digit.
    const IdNumber legacy = IdNumber::parse(QStringLiteral("511302750615") + sequence);
    QVERIFY(legacy.isValid());
    QCOMPARE(legacy.gender(), gender);
}

QTEST_GUILESS_MAIN(TestIdNumber)
#include "test_idnumber.moc"
