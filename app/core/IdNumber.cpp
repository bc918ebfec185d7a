#include "IdNumber.h"

namespace mtb {

namespace {
bool allDigits(const QString& s, int from, int to)
{
    for (int i = from; i < to; ++i) {
        if (!s.at(i).isDigit() || s.at(i).unicode() > '9')
            return false;
    }
    return true;
}
} // namespace

QChar IdNumber::checkCharacter(const QString& first17)
{
    if (first17.size() != 17 || !allDigits(first17, 0, 17))
        return {};
    // Weights are 2^(17-i) mod 11 for positions 1..17.
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - '0') * weights[i];
    static const char checks[] = "10X98765432";
    return QChar(QLatin1Char(checks[sum % 11]));
}

IdNumber IdNumber::parse(const QString& text)
{
    IdNumber id;
    id.m_normalized = text.trimmed().toUpper();
    const QString& s = id.m_normalized;
    if (s.isEmpty()) {
        id.m_status = Status::Empty;
        return id;
    }
    if (s.size() != 18 && s.size() != 15) {
        id.m_status = Status::BadLength;
        return id;
    }
    id.m_legacy = s.size() == 15;
    const bool digitsOk = id.m_legacy ? allDigits(s, 0, 15)
                                      : allDigits(s, 0, 17) && (allDigits(s, 17, 18) || s.at(17) == u'X');
    if (!digitsOk) {
        id.m_status = Status::BadCharacters;
        return id;
    }

    // 18-digit: YYYYMMDD at 6; 15-digit: YYMMDD at 6, always 19YY (the legacy format predates 2000).
    const QDate birth = id.m_legacy ? QDate(1900 + s.mid(6, 2).toInt(), s.mid(8, 2).toInt(), s.mid(10, 2).toInt())
                                    : QDate(s.mid(6, 4).toInt(), s.mid(10, 2).toInt(), s.mid(12, 2).toInt());
    if (!birth.isValid() || birth > QDate::currentDate() || birth.year() < 1880) {
        id.m_status = Status::BadBirthDate;
        return id;
    }
    id.m_birthDate = birth;
    // The sequence code's last digit is odd for men and even for women.
    const int sexDigit = s.at(id.m_legacy ? 14 : 16).unicode() - '0';
    id.m_gender = (sexDigit % 2 == 1) ? Gender::Male : Gender::Female;

    if (!id.m_legacy) {
        const QChar expected = checkCharacter(s.left(17));
        if (expected != s.at(17)) {
            id.m_expectedCheck = expected;
            id.m_status = Status::BadChecksum;
            return id;
        }
    }
    id.m_status = Status::Valid;
    return id;
}

} // namespace mtb
