#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace mtb::wire {

// The canonical form of a JSON value, used to decide whether two submissions under the same
// idempotency key carry the same content (docs/api.md "Submitting an application, exactly once").
// Two documents that differ only in key order, white space or number spelling (1 vs 1.0) have the
// same canonical form:
// - object keys sorted by their UTF-16 code units (QString ordering), no white space at all;
// - strings as UTF-8, escaping only '"', '\\' and control characters (\b \f \n \r \t, else \u00XX);
// - numbers: integral values with |x| < 2^53 without fraction or exponent, others in the shortest
//   form that reads back to the same double; true, false, null as such.
class CanonicalJson
{
public:
    static QByteArray serialize(const QJsonValue& value);
    // Lower-case hex SHA-256 of serialize(value).
    static QByteArray sha256Hex(const QJsonValue& value);
};

} // namespace mtb::wire
