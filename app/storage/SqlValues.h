#pragma once

#include <QDateTime>
#include <QSqlError>
#include <QString>
#include <QUuid>
#include <QVariant>

// How the repositories turn values into SQLite text and back, in one place.
namespace mtb::sql {

inline QString uuidKey(const QUuid& u) { return u.toString(QUuid::WithoutBraces); }

// UTC with milliseconds: sorts correctly as text; an invalid time is stored as ''.
inline QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(QLatin1String(""));
}
inline QDateTime timeFrom(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// Qt binds a null QString as SQL NULL; our text columns are NOT NULL, so bind empty text instead.
inline QString text(const QString& s) { return s.isNull() ? QString(QLatin1String("")) : s; }

inline bool fail(QString* error, const QSqlError& e)
{
    if (error)
        *error = e.text();
    return false;
}

} // namespace mtb::sql
