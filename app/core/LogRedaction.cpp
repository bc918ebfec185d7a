#include "LogRedaction.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <cstdio>

namespace mtb::LogRedaction {

namespace {

struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString replacement;
    qsizetype end() const { return start + length; }
};

// Marks for what was masked (QStringLiteral: static data, nothing to destroy at exit).
QString kId()
{
    return QStringLiteral("[id]");
}
QString kPhone()
{
    return QStringLiteral("[phone]");
}
QString kCard()
{
    return QStringLiteral("[card]");
}
QString kEmail()
{
    return QStringLiteral("[email]");
}
QString kValue()
{
    return QStringLiteral("[redacted]");
}

// Full-width digits and X (as an IME or a scanner in full-width mode types them) become ASCII, one
// UTF-16 unit for one, so positions in the normalised text are positions in the message.
QString normalised(const QString& in)
{
    QString s = in;
    for (QChar& c : s) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            c = QChar(char16_t(u'0' + (u - 0xFF10)));
        else if (u == 0xFF38 || u == 0xFF58)
            c = QChar(u == 0xFF38 ? u'X' : u'x');
    }
    return s;
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool luhn(QStringView digits)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - u'0';
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

// 15-digit legacy ID: region (6), YYMMDD, sequence (3). Only numbers with a possible month and day are
// taken for IDs, so that other 15-digit numbers survive.
bool plausibleLegacyId(QStringView r)
{
    const int month = r.mid(8, 2).toInt();
    const int day = r.mid(10, 2).toInt();
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// Field names whose values are personal data or secrets, as the wire format and the settings spell
// them (docs/api.md, domain.md).
// The patterns are built once and never destroyed: a message may still be logged while static objects
// are being torn down at exit. Matching a compiled QRegularExpression from several threads is safe.
const QRegularExpression& keyValuePattern()
{
    static const auto* re = new QRegularExpression(
        QStringLiteral(
            "(\"?)\\b(psn_name|certno|psn_cert_no|tel|mob|phone|addr|address|agnter_name|agnter_certno|"
            "agnter_tel|agnter_addr|diag_dr_name|psn_no|brdy|opsp_dise_name|dise_names|diag_name|"
            "appy_rea|email|password|passwd|passphrase|refresh_token|access_token|token|"
            "id_number|idcard|name)\\1\\s*[:=]\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|"
            // an unquoted value, unless it is already one of our marks
            "(?!\\[(?:redacted|id|phone|card|email)\\])[^\\s,;&}\\]\"]+)"),
        QRegularExpression::CaseInsensitiveOption);
    return *re;
}

QList<Span> protectedSpans(const QString& s)
{
    static const auto* re = new QRegularExpression(QStringLiteral(
        "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}|[0-9A-Fa-f]{32,}"));
    QList<Span> out;
    for (auto it = re->globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        out.append({m.capturedStart(), m.capturedLength(), {}});
    }
    return out;
}

void patternSpans(const QString& s, QList<Span>* out)
{
    for (auto it = keyValuePattern().globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const bool quoted = m.captured(3).startsWith(u'"');
        out->append({m.capturedStart(3), m.capturedLength(3), quoted ? u'"' + kValue() + u'"' : kValue()});
    }
    static const auto* patterns = new QList<std::pair<QRegularExpression, QString>>{
        {QRegularExpression(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+")),
         kEmail()},
        // Grouped ID numbers: 511302 19800101 0013, 511302-19800101-001X.
        {QRegularExpression(
             QStringLiteral("(?<![0-9])[0-9]{6}[ -][0-9]{8}[ -][0-9]{3}[0-9Xx](?![0-9A-Za-z])")),
         kId()},
        {QRegularExpression(QStringLiteral("(?<![0-9])[0-9]{6}[ -][0-9]{6}[ -][0-9]{3}(?![0-9])")), kId()},
        // Grouped mobiles: 138 1234 5678, +86-138-1234-5678.
        {QRegularExpression(
             QStringLiteral("(?<![0-9])(?:\\+?86[ -]?)?1[3-9][0-9][ -][0-9]{4}[ -][0-9]{4}(?![0-9])")),
         kPhone()},
        {QRegularExpression(QStringLiteral("\\+86[ -]?1[3-9][0-9]{9}(?![0-9])")), kPhone()},
        // Landlines with their area code: 0817-2223344, 010-12345678.
        {QRegularExpression(QStringLiteral("(?<![0-9-])0[0-9]{2,3}-[0-9]{7,8}(?![0-9-])")), kPhone()},
    };
    for (const auto& [re, replacement] : *patterns) {
        for (auto it = re.globalMatch(s); it.hasNext();) {
            const auto m = it.next();
            out->append({m.capturedStart(), m.capturedLength(), replacement});
        }
    }
}

// Maximal runs of digits, judged by their length and shape.
void digitRunSpans(const QString& s, QList<Span>* out)
{
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n;) {
        if (!isDigit(s.at(i))) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && isDigit(s.at(j)))
            ++j;
        const QStringView run = QStringView(s).mid(i, j - i);
        const qsizetype len = run.size();
        const bool xFollows = j < n && (s.at(j) == u'X' || s.at(j) == u'x');
        if (len == 17 && xFollows)
            out->append({i, 18, kId()});
        else if (len == 18)
            out->append({i, 18, kId()});
        else if (len == 15 && plausibleLegacyId(run))
            out->append({i, 15, kId()});
        else if (len == 11 && run.at(0) == u'1' && run.at(1) >= u'3')
            out->append({i, 11, kPhone()});
        else if (len == 13 && run.startsWith(u"86") && run.at(2) == u'1' && run.at(3) >= u'3')
            out->append({i, 13, kPhone()});
        else if (len >= 16 && len <= 19 && luhn(run))
            out->append({i, len, kCard()});
        i = j;
    }
}

bool overlaps(const Span& a, const Span& b)
{
    return a.start < b.end() && b.start < a.end();
}

std::atomic<QtMessageHandler> g_previous{nullptr};
std::atomic<bool> g_installed{false};

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString safe = redact(message);
    if (QtMessageHandler previous = g_previous.load()) {
        previous(type, context, safe);
        return;
    }
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, safe)));
}

} // namespace

QString redact(const QString& message)
{
    // Most messages carry no digits and no '@' or '=' / ':' at all: leave them as they are.
    const bool suspicious = std::any_of(message.cbegin(), message.cend(), [](QChar c) {
        return c.isDigit() || c == u'@' || c == u'=' || c == u':';
    });
    if (!suspicious)
        return message;

    const QString s = normalised(message);
    const QList<Span> keep = protectedSpans(s);
    QList<Span> found;
    patternSpans(s, &found);
    digitRunSpans(s, &found);
    // Earlier first; of two starting together the longer wins, then the named field; anything touching a
    // UUID or a digest stays as it is.
    std::stable_sort(found.begin(), found.end(), [](const Span& a, const Span& b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QString out;
    out.reserve(s.size());
    qsizetype at = 0;
    for (const Span& span : std::as_const(found)) {
        if (span.start < at)
            continue; // inside a span already replaced
        if (std::any_of(keep.cbegin(), keep.cend(), [&](const Span& k) { return overlaps(k, span); }))
            continue;
        out += QStringView(s).mid(at, span.start - at);
        out += span.replacement;
        at = span.end();
    }
    out += QStringView(s).mid(at);
    return out;
}

void install()
{
    if (g_installed.exchange(true))
        return;
    // Qt 6 hands back its default handler when no other was installed: messages still end up where
    // they did (stderr, journald, QT_MESSAGE_PATTERN), only redacted.
    g_previous.store(qInstallMessageHandler(handler));
}

} // namespace mtb::LogRedaction
