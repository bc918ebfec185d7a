#pragma once

#include <QDate>
#include <QString>

namespace mtb {

// Checks a PRC resident identity number (GB 11643-1999, and legacy 15-digit GB 11643-1989 numbers).
// Address codes are deliberately not checked against today's GB/T 2260 list: old codes stay valid.
class IdNumber
{
public:
    enum class Status {
        Valid,
        Empty,
        BadLength,     // neither 15 nor 18 characters
        BadCharacters, // digits only, except a final X in 18-digit numbers
        BadBirthDate,  // not a real calendar date, or in the future
        BadChecksum,   // ISO 7064 MOD 11-2 check character does not match
    };
    enum class Gender { Unknown, Male, Female };

    static IdNumber parse(const QString& text);

    // The ISO 7064 MOD 11-2 check character for the first 17 digits, or a null QChar on bad input.
    static QChar checkCharacter(const QString& first17);

    Status status() const { return m_status; }
    bool isValid() const { return m_status == Status::Valid; }
    bool isLegacy15() const { return m_legacy; }
    // Upper-case, trimmed form as it should be stored (a lower-case x becomes X).
    QString normalized() const { return m_normalized; }
    QDate birthDate() const { return m_birthDate; }
    Gender gender() const { return m_gender; }
    // For counter staff: which check character was expected (only for BadChecksum).
    QChar expectedCheckCharacter() const { return m_expectedCheck; }

private:
    Status m_status = Status::Empty;
    bool m_legacy = false;
    QString m_normalized;
    QDate m_birthDate;
    Gender m_gender = Gender::Unknown;
    QChar m_expectedCheck;
};

} // namespace mtb
