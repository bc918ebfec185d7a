#pragma once

#include "Http.h"

#include <QAbstractHttpServer>

namespace mtb::sim {

class Router;
struct SimContext;

// The HTTP(S) front: turns QHttpServerRequest into HttpRequest, applies the fault switches, lets
// the Router answer, adds X-Request-ID, writes the answer (or cuts it off for drop_after_bytes),
// and logs one line per request to stderr without personal data. Derived from QAbstractHttpServer
// rather than QHttpServer because every request goes through one path (faults, ids, statistics)
// and because cutting an answer off needs the socket.
class SimServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    SimServer(SimContext& context, Router& router, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    HttpRequest convert(const QHttpServerRequest& request) const;
    // A fault answer for this request, if a switch says so; applies latency as a side effect.
    std::optional<HttpReply> injectFault(const HttpRequest& request);
    // Returns true when the answer was cut off (drop_after_bytes).
    bool write(const QHttpServerRequest& request, QTcpSocket* socket, const HttpRequest& parsed,
               const HttpReply& reply, bool mayDrop);
    static void log(const HttpRequest& request, const QUrl& url, int status, qint64 ms, bool dropped);

    SimContext& m_ctx;
    Router& m_router;
};

} // namespace mtb::sim
