#pragma once

#include "HttpMessage.h"

namespace mtb {

// Reads one HTTP/1.1 response from the bytes of a connection, as they arrive: status line, headers,
// and a body framed by Content-Length, by chunked transfer coding, or by the end of the connection.
// Interim 1xx responses are skipped. Sizes are bounded so a broken or hostile server cannot make the
// client hold unbounded memory. The client sends one request at a time and waits (no pipelining), so
// bytes after the response are not the next answer: they only make the connection unfit for reuse.
class HttpResponseParser
{
public:
    enum class State { Incomplete, Complete, Failed };

    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;
    static constexpr qint64 kMaxBodyBytes = 16 * 1024 * 1024;

    // A response to HEAD has no body whatever its headers say.
    explicit HttpResponseParser(bool headRequest = false) : m_headRequest(headRequest) {}

    State feed(const QByteArray& bytes);
    // The connection ended: a body that runs to the end of the connection is complete now; anything
    // else still incomplete is a failure.
    State finish();

    State state() const { return m_state; }
    const HttpResponse& response() const { return m_response; }
    // Whether the connection may carry the next request (HTTP/1.1 without "Connection: close", or
    // HTTP/1.0 with "Connection: keep-alive"; never after a body delimited by the connection's end).
    bool keepAlive() const { return m_keepAlive; }
    // For diagnostics only: what was wrong with the bytes.
    QString errorText() const { return m_error; }

private:
    enum class Phase { Head, FixedBody, ChunkSize, ChunkData, ChunkEnd, Trailers, UntilClose, Done };

    State fail(const QString& why);
    bool parseHead(const QByteArray& head);
    bool takeLine(QByteArray* line);
    void complete();
    void step();

    bool m_headRequest;
    State m_state = State::Incomplete;
    Phase m_phase = Phase::Head;
    QByteArray m_buffer;
    HttpResponse m_response;
    qint64 m_remaining = 0;
    bool m_keepAlive = false;
    QString m_error;
};

} // namespace mtb
