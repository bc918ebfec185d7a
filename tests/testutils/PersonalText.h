#pragma once

// Failure messages without a test person's numbers. QCOMPARE prints both values when it fails, and the
// logs of a test run must not carry ID numbers (test_log_privacy), so values that hold personal data
// are compared with MTB_COMPARE_PERSONAL, which prints them masked: an ID as 5113**********0013
// (enough to tell two apart), anything else through the log redaction layer.
#include "LogRedaction.h"
#include "Privacy.h"

#include <QString>
#include <QTest>

#include <algorithm>

namespace mtb::test {

inline QString masked(const QString& text)
{
    const QString t = text.trimmed();
    if ((t.size() == 18 || t.size() == 15) && t.left(15).toLongLong() > 0)
        return maskIdNumber(t);
    const QString redacted = LogRedaction::redact(text);
    if (redacted != text)
        return redacted;
    // Names and addresses (Chinese text): the first character and the length are enough to compare.
    const bool chinese = std::any_of(t.cbegin(), t.cend(), [](QChar c) { return c.unicode() >= 0x2E80; });
    return chinese ? t.left(1) + QString(t.size() - 1, u'*') : text;
}

} // namespace mtb::test

#define MTB_COMPARE_PERSONAL(actual, expected)                                                               \
    do {                                                                                                     \
        const QString mtbActual_ = (actual);                                                                 \
        const QString mtbExpected_ = (expected);                                                             \
        QVERIFY2(mtbActual_ == mtbExpected_,                                                                 \
                 qPrintable(QStringLiteral("%1: got \"%2\", expected \"%3\"")                                \
                                .arg(QStringLiteral(#actual), mtb::test::masked(mtbActual_),                 \
                                     mtb::test::masked(mtbExpected_))));                                     \
    } while (false)
