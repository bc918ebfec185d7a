#include "Privacy.h"

namespace mtb {

QString maskIdNumber(const QString& number)
{
    const QString n = number.trimmed();
    if (n.size() < 10)
        return QString(n.size(), QLatin1Char('*'));
    return n.left(4) + QString(n.size() - 8, QLatin1Char('*')) + n.right(4);
}

QString maskPhone(const QString& phone)
{
    const QString p = phone.trimmed();
    if (p.size() <= 7) // 3 + 4 characters are shown: a 7-character number would not be masked at all
        return QString(p.size(), QLatin1Char('*'));
    return p.left(3) + QString(p.size() - 7, QLatin1Char('*')) + p.right(4);
}

} // namespace mtb
