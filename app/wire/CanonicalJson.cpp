#include "CanonicalJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace mtb::wire {

namespace {

void writeString(const QString& text, QByteArray& out)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += QByteArray::number(u, 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void writeNumber(double d, QByteArray& out)
{
    // 2^53: beyond it not every integer is representable, so the integer spelling would lie.
    constexpr double kExactIntegerLimit = 9007199254740992.0;
    if (!std::isfinite(d)) {
        out += "null"; // JSON has no NaN or infinity; QJsonDocument writes null as well
    } else if (d == std::floor(d) && std::fabs(d) < kExactIntegerLimit) {
        out += QByteArray::number(static_cast<qint64>(d));
    } else {
        out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    }
}

void write(const QJsonValue& value, QByteArray& out)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        writeNumber(value.toDouble(), out);
        break;
    case QJsonValue::String:
        writeString(value.toString(), out);
        break;
    case QJsonValue::Array: {
        out += '[';
        bool first = true;
        for (const QJsonValue& item : value.toArray()) {
            if (!first)
                out += ',';
            first = false;
            write(item, out);
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        // Sorted explicitly rather than relying on QJsonObject's internal order.
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end());
        out += '{';
        bool first = true;
        for (const QString& key : keys) {
            if (!first)
                out += ',';
            first = false;
            writeString(key, out);
            out += ':';
            write(object.value(key), out);
        }
        out += '}';
        break;
    }
    }
}

} // namespace

QByteArray CanonicalJson::serialize(const QJsonValue& value)
{
    QByteArray out;
    write(value, out);
    return out;
}

QByteArray CanonicalJson::sha256Hex(const QJsonValue& value)
{
    return QCryptographicHash::hash(serialize(value), QCryptographicHash::Sha256).toHex();
}

} // namespace mtb::wire
