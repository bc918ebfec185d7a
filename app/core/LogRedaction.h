#pragma once

#include <QString>

namespace mtb {

// Keeps personal data out of log output (docs/audit.md "Logs"). Every qDebug/qInfo/qWarning/qCritical
// message passes through redact() before it reaches stderr or any earlier handler, once install() has
// run in main() (GUI, CLI, reference service).
//
// What is masked, wherever it appears in a message:
//  - resident ID numbers (GB 11643): 18 characters (17 digits and a digit or X/x, whether or not the
//    check digit is right: a mistyped number is still someone's), 15-digit legacy numbers whose birth
//    date is possible, and both with spaces or hyphens between the groups; full-width digits count;
//  - mobile numbers (1[3-9] and 9 more digits, also with +86/86 and spaces or hyphens), landlines with
//    an area code and a hyphen (0817-2223344);
//  - bank card numbers (16 to 19 digits passing the Luhn check: 社保卡 carry one);
//  - e-mail addresses;
//  - the value of any field named like a personal or secret field of the wire format, in JSON
//    ("psn_name": "…") or key=value form (certno=…): names, ID and phone numbers, addresses, diagnoses,
//    passwords and tokens. Names in free text cannot be recognised: code must not log them.
//
// What is left alone, so logs stay useful: timestamps (13-digit milliseconds, ISO dates), sizes,
// counts, HTTP statuses, UUIDs and hex digests (a digit run inside a UUID or a 32+ character hex
// string is never masked), application numbers (NC + 14 digits). The trade-off: a bare 11-digit number
// starting with 13-19 (a byte count of 13-19 GB) is masked as a phone number, an 18-digit number as an
// ID number, and about one in ten 16- to 19-digit numbers as a card number.
namespace LogRedaction {

QString redact(const QString& message);

// Installs the redacting message handler in front of the current one (idempotent).
void install();

} // namespace LogRedaction

} // namespace mtb
