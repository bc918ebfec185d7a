#include "HttpResponseParser.h"

namespace mtb {

namespace {
bool hasToken(const QByteArray& value, const QByteArray& token)
{
    for (const QByteArray& part : value.split(','))
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}
} // namespace

HttpResponseParser::State HttpResponseParser::fail(const QString& why)
{
    m_state = State::Failed;
    m_error = why;
    m_keepAlive = false;
    return m_state;
}

HttpResponseParser::State HttpResponseParser::feed(const QByteArray& bytes)
{
    if (m_state == State::Failed)
        return m_state;
    if (m_state == State::Complete) {
        m_keepAlive =
            m_keepAlive && bytes.isEmpty(); // unasked-for bytes: the connection is not trusted again
        return m_state;
    }
    m_buffer += bytes;
    step();
    if (m_state == State::Complete && !m_buffer.isEmpty()) {
        m_keepAlive = false;
        m_buffer.clear();
    }
    return m_state;
}

HttpResponseParser::State HttpResponseParser::finish()
{
    if (m_state != State::Incomplete)
        return m_state;
    if (m_phase == Phase::UntilClose) {
        complete();
        return m_state;
    }
    return fail(QStringLiteral("the connection ended inside the response"));
}

bool HttpResponseParser::takeLine(QByteArray* line)
{
    const qsizetype end = m_buffer.indexOf("\r\n");
    if (end < 0) {
        if (m_buffer.size() > kMaxHeadBytes)
            fail(QStringLiteral("line too long"));
        return false;
    }
    *line = m_buffer.left(end);
    m_buffer.remove(0, end + 2);
    return true;
}

void HttpResponseParser::complete()
{
    m_phase = Phase::Done;
    m_state = State::Complete;
}

void HttpResponseParser::step()
{
    while (m_state == State::Incomplete) {
        switch (m_phase) {
        case Phase::Head: {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > kMaxHeadBytes)
                    fail(QStringLiteral("response head too large"));
                return;
            }
            const QByteArray head = m_buffer.left(end);
            m_buffer.remove(0, end + 4);
            if (!parseHead(head))
                return;
            break;
        }
        case Phase::FixedBody: {
            const qint64 take = std::min<qint64>(m_remaining, m_buffer.size());
            m_response.body += m_buffer.left(take);
            m_buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return;
            complete();
            break;
        }
        case Phase::ChunkSize: {
            QByteArray line;
            if (!takeLine(&line))
                return;
            const QByteArray hex = line.split(';').first().trimmed(); // chunk extensions are ignored
            bool ok = false;
            const qint64 size = hex.size() <= 15 ? hex.toLongLong(&ok, 16) : -1;
            if (!ok || size < 0) {
                fail(QStringLiteral("bad chunk size"));
                return;
            }
            if (m_response.body.size() + size > kMaxBodyBytes) {
                fail(QStringLiteral("response body too large"));
                return;
            }
            m_remaining = size;
            m_phase = size == 0 ? Phase::Trailers : Phase::ChunkData;
            break;
        }
        case Phase::ChunkData: {
            const qint64 take = std::min<qint64>(m_remaining, m_buffer.size());
            m_response.body += m_buffer.left(take);
            m_buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return;
            m_phase = Phase::ChunkEnd;
            break;
        }
        case Phase::ChunkEnd: {
            QByteArray line;
            if (!takeLine(&line))
                return;
            if (!line.isEmpty()) {
                fail(QStringLiteral("chunk not followed by CRLF"));
                return;
            }
            m_phase = Phase::ChunkSize;
            break;
        }
        case Phase::Trailers: {
            QByteArray line;
            if (!takeLine(&line))
                return;
            if (line.isEmpty())
                complete(); // trailer fields, if any, are not needed by this client
            break;
        }
        case Phase::UntilClose:
            if (m_response.body.size() + m_buffer.size() > kMaxBodyBytes) {
                fail(QStringLiteral("response body too large"));
                return;
            }
            m_response.body += m_buffer;
            m_buffer.clear();
            return;
        case Phase::Done:
            return;
        }
    }
}

bool HttpResponseParser::parseHead(const QByteArray& head)
{
    const QList<QByteArray> lines = head.split('\n');
    // Status line: HTTP/1.x SP 3DIGIT [SP reason]
    const QByteArray statusLine = lines.first().trimmed();
    const QList<QByteArray> parts = statusLine.split(' ');
    bool ok = false;
    const int status = parts.value(1).toInt(&ok);
    const QByteArray version = parts.first();
    if (!version.startsWith("HTTP/1.") || !ok || status < 100 || status > 999 || parts.value(1).size() != 3) {
        fail(QStringLiteral("bad status line"));
        return false;
    }
    HttpResponse response;
    response.status = status;
    response.reason = statusLine.mid(version.size() + 5);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(QStringLiteral("bad header line"));
            return false;
        }
        response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (status < 200) {
        m_phase = Phase::Head; // 100 Continue and friends: the real response follows
        return true;
    }
    m_response = response;
    const QByteArray connection = response.header("Connection");
    m_keepAlive = version == "HTTP/1.0" ? hasToken(connection, "keep-alive") : !hasToken(connection, "close");
    if (m_headRequest || status == 204 || status == 304) {
        complete();
        return true;
    }
    const QByteArray transferEncoding = response.header("Transfer-Encoding");
    if (!transferEncoding.isEmpty()) {
        if (!transferEncoding.trimmed().toLower().endsWith("chunked")) {
            fail(QStringLiteral("unsupported transfer coding"));
            return false;
        }
        m_phase = Phase::ChunkSize;
        return true;
    }
    const QByteArray length = response.header("Content-Length");
    if (!length.isEmpty()) {
        const qint64 n = length.trimmed().toLongLong(&ok);
        if (!ok || n < 0 || n > kMaxBodyBytes) {
            fail(QStringLiteral("bad Content-Length"));
            return false;
        }
        m_remaining = n;
        m_phase = Phase::FixedBody;
        return true;
    }
    m_keepAlive = false; // the end of the connection is the end of the body
    m_phase = Phase::UntilClose;
    return true;
}

} // namespace mtb
