// HttpConnection (the direct upload transport) against scripted HTTP/1.1 servers on loopback, over TLS
// with the development CA as in production, and ApiClient's direct upload path on top of it: keep-alive
// reuse with TCP_NODELAY, chunked and close-delimited answers, connections that end mid-answer or
// mid-request, timeouts, refused certificates and pins. Every outcome must read like the
// QNetworkAccessManager path's, so OutboxWorker need not know which path carried a chunk.
#include "ApiClient.h"
#include "HttpConnection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

#ifdef Q_OS_UNIX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

using namespace mtb;

namespace {
// A scripted HTTP/1.1 server. It runs on the test's thread: while HttpConnection::send() blocks in its
// local event loop, that loop serves the server's sockets too.
class ScriptedServer : public QObject
{
public:
    struct Request
    {
        int connection = 0;
        QByteArray method;
        QByteArray target;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray& name) const
        {
            for (const auto& h : headers)
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return h.second;
            return {};
        }
    };
    // Answers one complete request; writes to the socket and may close it.
    using Handler = std::function<void(const Request&, QSslSocket*)>;

    // certName: "server", "untrusted" or "expired" from dev-ca.sh.
    bool listen(const QString& certDir, const QString& certName)
    {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        QFile cert(certDir + u'/' + certName + QStringLiteral(".pem"));
        QFile key(certDir + u'/' + certName + QStringLiteral(".key"));
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return false;
        ssl.setLocalCertificate(QSslCertificate(&cert, QSsl::Pem));
        ssl.setPrivateKey(QSslKey(&key, QSsl::Rsa, QSsl::Pem));
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(ssl);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &ScriptedServer::accept);
        return m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url(const QString& path) const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    QString baseUrl() const
    {
        return QStringLiteral("https://127.0.0.1:%1/api/v1").arg(m_server.serverPort());
    }

    Handler handler;
    qint64 abortAfterBytes = -1; // cut the connection once this many request bytes arrived
    QList<Request> requests;
    int connections = 0;
    qint64 bytesReceived = 0;
    QList<QPointer<QSslSocket>> sockets;

private:
    void accept()
    {
        while (auto* socket = qobject_cast<QSslSocket*>(m_server.nextPendingConnection())) {
            const int index = connections++;
            sockets << socket;
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QIODevice::readyRead, this, [this, socket, index, buffer] {
                const QByteArray bytes = socket->readAll();
                bytesReceived += bytes.size();
                *buffer += bytes;
                if (abortAfterBytes >= 0 && bytesReceived >= abortAfterBytes) {
                    socket->abort();
                    return;
                }
                parse(*buffer, index, socket);
            });
        }
    }
    void parse(QByteArray& buffer, int connection, QSslSocket* socket)
    {
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request r;
            r.connection = connection;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            const QList<QByteArray> first = lines.first().trimmed().split(' ');
            r.method = first.value(0);
            r.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                r.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
            }
            const qint64 length = r.header("Content-Length").toLongLong();
            if (buffer.size() < end + 4 + length)
                return;
            r.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            requests << r;
            if (handler)
                handler(r, socket);
        }
    }

    QSslServer m_server;
};

QByteArray answer(int status, const QByteArray& body, const QByteArray& extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) +
           " X\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n" + extraHeaders + "\r\n" + body;
}

QByteArray pattern(int size, int seed)
{
    QByteArray b(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        b[i] = char((i * 31 + seed) & 0xff);
    return b;
}

HttpRequest put(const QUrl& url, const QByteArray& body)
{
    return HttpRequest{"PUT", url, {{"Content-Type", "application/octet-stream"}}, body};
}
} // namespace

class TestHttpConnection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keepAliveCarriesManyChunksOnOneLowDelayConnection();
    void chunkedAnswerIsReadAndTheConnectionKept();
    void answerDelimitedByCloseEndsTheConnection();
    void serverClosingMidAnswerIsATransportError();
    void serverClosingMidRequestIsNotSentAgain();
    void idleConnectionClosedByTheServerIsReplaced();
    void closeRacingTheNextRequestNeverDuplicatesIt();
    void silentServerTimesOut();
    void refusedConnectionIsATransportError();
    void untrustedAndExpiredCertificatesAreRefusedWithAMessage();
    void pinMismatchSendsNothing();
    void matchingPinIsAccepted();
    void apiClientDirectUploadReadsLikeTheManagerPath();
    void apiClientWithoutTheSwitchUsesTheManager();

private:
    ServerConfig config(const ScriptedServer& server) const;
    QString certDir() const { return m_tmp.filePath(QStringLiteral("certs")); }
    HttpTlsPolicy tls() const
    {
        ServerConfig c;
        c.caFile = certDir() + QStringLiteral("/ca.pem");
        return HttpTlsPolicy(c);
    }

    QTemporaryDir m_tmp;
};

void TestHttpConnection::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QProcess ca;
    ca.start(QStringLiteral("bash"), {QStringLiteral(MTB_DEV_CA_SCRIPT), certDir()});
    QVERIFY(ca.waitForFinished(60000));
    QVERIFY2(ca.exitCode() == 0, ca.readAllStandardError().constData());
}

ServerConfig TestHttpConnection::config(const ScriptedServer& server) const
{
    ServerConfig c;
    c.baseUrl = QUrl(server.baseUrl());
    c.caFile = certDir() + QStringLiteral("/ca.pem");
    c.timeoutMs = 5000;
    return c;
}

void TestHttpConnection::keepAliveCarriesManyChunksOnOneLowDelayConnection()
{
    ScriptedServer server;
    QVERIFY(server.listen(certDir(), QStringLiteral("server")));
    server.handler = [](const ScriptedServer::Request& r, QSslSocket* s) {
        s->write(answer(200, "{\"offset\":" + QByteArray::number(r.body.size()) + "}"));
    };
    HttpConnection connection(tls());
    for (int i = 0; i < 5; ++i) {
        const QByteArray body = pattern(256 * 1024 + i, i);
        const HttpOutcome out =
            connection.send(put(server.url(QStringLiteral("/u/1?offset=%1").arg(i)), body), 5000);
        QVERIFY2(out.response, qPrintable(out.errorText));
        QCOMPARE(out.response->status, 200);
        QCOMPARE(out.response->body, "{\"offset\":" + QByteArray::number(body.size()) + "}");
        QCOMPARE(server.requests.last().body, body); // byte-exact
        QCOMPARE(server.requests.last().target, QByteArray("/u/1?offset=") + QByteArray::number(i));
        QCOMPARE(server.requests.last().header("Host"),
                 QByteArray("127.0.0.1:") + QByteArray::number(server.url({}).port()));
    }
    QCOMPARE(connection.connectionsOpened(), 1);
    QCOMPARE(server.connections, 1);
#ifdef Q_OS_UNIX
    int noDelay = 0;
    socklen_t len = sizeof noDelay;
    QCOMPARE(::getsockopt(int(connection.socketDescriptor()), IPPROTO_TCP, TCP_NODELAY, &noDelay, &len), 0);
    QVERIFY2(noDelay != 0, "the point of the direct connection: Nagle's algorithm off");
#endif
}

void TestHttpConnection::chunkedAnswerIsReadAndTheConnectionKept()
{
    ScriptedServer server;
    QVERIFY(server.listen(certDir(), QStringLiteral("server")));
    server.handler = [](const ScriptedServer::Request&, QSslSocket* s) {
        s->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n7\r\n{\"off");
        s->flush(); // the answer arrives in pieces that cut through a chunk
        s->write("se\r\n3\r\nt\":\r\n3\r\n12}\r\n0\r\n\r\n");
    };
    HttpConnection connection(tls());
    for (int i = 0; i < 2; ++i) {
        const HttpOutcome out = connection.send(put(server.url(QStringLiteral("/c")), "abc"), 5000);
        QVERIFY2(out.response, qPrintable(out.errorText));
        QCOMPARE(out.response->body, QByteArray("{\"offset\":12}"));
    }
    QCOMPARE(connection.connectionsOpened(), 1);
}

void TestHttpConnection::answerDelimitedByCloseEndsTheConnection()
{
    ScriptedServer server;
    QVERIFY(server.listen(certDir(), QStringLiteral("server")));
    server.handler = [](const ScriptedServer::Request&, QSslSocket* s) {
        s->write("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n{\"complete\":true}");
        s->disconnectFromHost();
    };
    HttpConnection connection(tls());
    for (int i = 0; i < 2; ++i) {
        const HttpOutcome out = connection.send(put(server.url(QStringLiteral("/c")), "abc"), 5000);
        QVERIFY2(out.response, qPrintable(out.errorText));
        QCOMPARE(out.response->body, QByteArray("{\"complete\":true}"));
    }
    QCOMPARE(connection.connectionsOpened(), 2);
    QCOMPARE(server.requests.size(), 2);
}

void TestHttpConnection::serverClosingMidAnswerIsATransportError()
{
    ScriptedServer server;
    QVERIFY(server.listen(certDir(), QStringLiteral("server")));
    server.handler = [](const ScriptedServer::Request&, QSslSocket* s) {
        s->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"offs");
        s->disconnectFromHost();
    };
    HttpConnection connection(tls());
    const HttpOutcome out = connection.send(put(server.url(QStringLiteral("/c")), pattern(300000, 3)), 5000);
    QVERIFY(!out.response);
    QVERIFY(!out.tlsFailure);
    QCOMPARE(out.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(!out.errorText.isEmpty());
    QCOMPARE(server.requests.size(), 1); // the server got it: never sent twice
    QCOMPARE(connection.connectionsOpened(), 1);
}

void TestHttpConnection::serverClosingMidRequestIsNotSentAgain()
{
    ScriptedServer server;
    QVERIFY(server.listen(certDir(), QStringLiteral("server")));
    server.handler = [](const ScriptedServer::Request&, QSslSocket* s) { s->write(answer(200, "{}")); };
    HttpConnection connection(tls());
    QVERIFY(connection.send(put(server.url(QStringLiteral("/c")), "warm-up"), 5000).response);
    // The kept-alive connection breaks while the next chunk is on its way: part of it arrived, so
    // the caller must find out how far the upload got (GET status), not the connection.
    server.abortAfterBytes = server.bytesReceived + 100000;
    const HttpOutcome out =
        connection.send(put(server.url(QStringLiteral("/c")), pattern(256 * 1024, 5)), 5000);
    QVERIFY(!out.response);
    QVERIFY(!out.tlsFailure);
    QVERIFY2(out.error == QNetworkReply::RemoteHostClosedError ||
                 out.error == QNetworkReply::TemporaryNetworkFailureError,
             qPrintable(out.errorText));
    QCOMPARE(server.connections, 1);
    QCOMPARE(connection.connectionsOpened(), 1);
}

void TestHttpConnection::idleConnectionClosedByTheServerIsReplaced()
{
    ScriptedServer server;
    QVERIFY(server.listen(certDir(), QStringLiteral("server")));
    server.handler = [](const ScriptedServer::Request&, QSslSocket* s) { s->write(answer(200, "{}")); };
    HttpConnection connection(tls());
    QVERIFY(connection.send(put(server.url(QStringLiteral("/c")), "one"), 5000).response);
    // An idle timeout on the server's side; the client's thread notices while it waits for other work.
    server.sockets.first()->disconnectFromHost();
    QTest::qWait(200);
    const HttpOutcome out = connection.send(put(server.url(QStringLiteral("/c")), "two"), 5000);
    QVERIFY2(out.response, qPrintable(out.errorText));
    QCOMPARE(connection.connectionsOpened(), 2);
    QCOMPARE(server.requests.size(), 2); // each once
    QCOMPARE(server.requests.last().connection, 1);
}

void TestHttpConnection::closeRacingTheNextRequestNeverDuplicatesIt()
{
    // The server closes right after answering and the next request follows at once, before the client
    // has seen the close. Whether the request goes again on a new connection (nothing of it had left)
    // or fails as a transport error (some of it had) depends on timing; it never arrives twice.
    int resent = 0;
    int failed = 0;
    for (int round = 0; round < 10; ++round) {
        ScriptedServer server;
        QVERIFY(server.listen(certDir(), QStringLiteral("server")));
        server.handler = [](const ScriptedServer::Request& r, QSslSocket* s) {
            s->write(answer(200, "{}"));
            if (r.body == "first")
                s->disconnectFromHost();
        };
        HttpConnection connection(tls());
        QVERIFY(connection.send(put(server.url(QStringLiteral("/c")), "first"), 5000).response);
        const HttpOutcome out = connection.send(put(server.url(QStringLiteral("/c")), "second"), 5000);
        QTest::qWait(20); // let anything still in flight arrive
        const auto seconds =
            std::count_if(server.requests.begin(), server.requests.end(),
                          [](const ScriptedServer::Request& r) { return r.body == "second"; });
        QVERIFY2(seconds <= 1, "a request arrived twice");
        if (out.response) {
            QCOMPARE(seconds, 1);
            resent += connection.connectionsOpened() == 2 ? 1 : 0;
        } else {
            QVERIFY(!out.tlsFailure);
            ++failed;
        }
    }
    qInfo("sent on a new connection: %d, reported as transport errors: %d", resent, failed);
}

void TestHttpConnection::silentServerTimesOut()
{
    ScriptedServer server;
    QVERIFY(server.listen(certDir(), QStringLiteral("server")));
    server.handler = [](const ScriptedServer::Request&, QSslSocket*) {}; // reads, never answers
    HttpConnection connection(tls());
    QElapsedTimer clock;
    clock.start();
    const HttpOutcome out = connection.send(put(server.url(QStringLiteral("/c")), "abc"), 300);
    QVERIFY(!out.response);
    QCOMPARE(out.error, QNetworkReply::TimeoutError);
    QVERIFY(!out.errorText.isEmpty());
    // QTimer is a coarse timer by default: it may fire up to 5% early.
    QVERIFY2(clock.elapsed() >= 250 && clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(server.requests.size(), 1);
}

void TestHttpConnection::refusedConnectionIsATransportError()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort(); // free again once the probe closes
    }
    HttpConnection connection(tls());
    const HttpOutcome out =
        connection.send(put(QUrl(QStringLiteral("https://127.0.0.1:%1/c").arg(port)), "abc"), 5000);
    QVERIFY(!out.response);
    QVERIFY(!out.tlsFailure);
    QCOMPARE(out.error, QNetworkReply::ConnectionRefusedError);
}

void TestHttpConnection::untrustedAndExpiredCertificatesAreRefusedWithAMessage()
{
    for (const QString& cert : {QStringLiteral("untrusted"), QStringLiteral("expired")}) {
        ScriptedServer server;
        QVERIFY(server.listen(certDir(), cert));
        server.handler = [](const ScriptedServer::Request&, QSslSocket* s) { s->write(answer(200, "{}")); };
        HttpConnection connection(tls());
        const HttpOutcome out = connection.send(put(server.url(QStringLiteral("/c")), "secret"), 5000);
        QVERIFY2(!out.response, qPrintable(cert));
        QVERIFY2(out.tlsFailure, qPrintable(cert));
        QCOMPARE(out.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(out.errorText, HttpTlsPolicy::describeErrors(
                                    {QSslError(cert == u"expired" ? QSslError::CertificateExpired
                                                                  : QSslError::SelfSignedCertificate)}));
        QVERIFY(server.requests.isEmpty());
    }
}

void TestHttpConnection::pinMismatchSendsNothing()
{
    ScriptedServer server;
    QVERIFY(server.listen(certDir(), QStringLiteral("server")));
    ServerConfig pinned = config(server);
    pinned.spkiPins = {QByteArray("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")};
    HttpConnection connection{HttpTlsPolicy(pinned)};
    const HttpOutcome out = connection.send(put(server.url(QStringLiteral("/c")), "secret"), 5000);
    QVERIFY(!out.response);
    QVERIFY(out.tlsFailure);
    QCOMPARE(out.errorText, HttpTlsPolicy::pinMismatchText());
    QTest::qWait(50);
    QVERIFY(server.requests.isEmpty());
    QCOMPARE(server.bytesReceived, 0); // not one byte of the request
}

void TestHttpConnection::matchingPinIsAccepted()
{
    ScriptedServer server;
    QVERIFY(server.listen(certDir(), QStringLiteral("server")));
    server.handler = [](const ScriptedServer::Request&, QSslSocket* s) { s->write(answer(200, "{}")); };
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(certDir() + QStringLiteral("/server.pem"));
    QVERIFY(!certs.isEmpty());
    ServerConfig pinned = config(server);
    pinned.spkiPins = {
        QByteArray("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="),
        QCryptographicHash::hash(certs.first().publicKey().toDer(), QCryptographicHash::Sha256).toBase64()};
    HttpConnection connection{HttpTlsPolicy(pinned)};
    const HttpOutcome out = connection.send(put(server.url(QStringLiteral("/c")), "abc"), 5000);
    QVERIFY2(out.response, qPrintable(out.errorText));
    QCOMPARE(out.response->status, 200);
}

void TestHttpConnection::apiClientDirectUploadReadsLikeTheManagerPath()
{
    ScriptedServer server;
    QVERIFY(server.listen(certDir(), QStringLiteral("server")));
    server.handler = [](const ScriptedServer::Request& r, QSslSocket* s) {
        if (r.target.endsWith("offset=0")) {
            s->write(answer(200, "{\"offset\":5,\"complete\":false}",
                            "X-Request-ID: " + r.header("X-Request-ID") + "\r\n"));
        } else {
            s->write(answer(
                409,
                "{\"error\":{\"code\":\"offset_mismatch\",\"message\":\"m\",\"details\":{\"offset\":5}}}",
                "Retry-After: 7\r\nX-Request-ID: server-chosen\r\n"));
        }
    };
    QNetworkAccessManager nam;
    ApiClient api(&nam, config(server));
    api.setAccessToken(QStringLiteral("tok"));
    api.setDirectUploads(true);
    const ApiReply ok = api.putChunk(QStringLiteral("u-1"), 0, "hello");
    QCOMPARE(ok.httpStatus, 200);
    QVERIFY(ok.ok());
    QCOMPARE(ok.networkError, QNetworkReply::NoError);
    QCOMPARE(ok.json.value(QStringLiteral("offset")).toInt(), 5);
    const ScriptedServer::Request& seen = server.requests.first();
    QCOMPARE(seen.method, QByteArray("PUT"));
    QCOMPARE(seen.target, QByteArray("/api/v1/uploads/u-1?offset=0"));
    QCOMPARE(seen.header("Authorization"), QByteArray("Bearer tok"));
    QCOMPARE(seen.header("Content-Type"), QByteArray("application/octet-stream"));
    QCOMPARE(seen.header("Accept"), QByteArray("application/json"));
    QCOMPARE(seen.body, QByteArray("hello"));
    QCOMPARE(ok.requestId, QString::fromLatin1(seen.header("X-Request-ID")));

    const ApiReply conflict = api.putChunk(QStringLiteral("u-1"), 3, "lo");
    QCOMPARE(conflict.httpStatus, 409);
    QCOMPARE(conflict.networkError, QNetworkReply::ContentConflictError);
    QVERIFY(conflict.error);
    QCOMPARE(conflict.errorCode(), wire::ErrorCode::OffsetMismatch);
    QCOMPARE(conflict.error->details.value(QStringLiteral("offset")).toInt(), 5);
    QCOMPARE(conflict.requestId, QStringLiteral("server-chosen"));
    QCOMPARE(conflict.retryAfter, std::optional<std::chrono::milliseconds>(std::chrono::seconds(7)));
    QVERIFY(!conflict.tlsFailure);
    QCOMPARE(server.connections, 1);

    // A transport failure: status 0, retried later by the outbox.
    server.handler = [](const ScriptedServer::Request&, QSslSocket* s) { s->abort(); };
    const ApiReply lost = api.putChunk(QStringLiteral("u-1"), 5, "x");
    QCOMPARE(lost.httpStatus, 0);
    QVERIFY(!lost.transportOk());
    QCOMPARE(lost.classification(), wire::Classification::RetryLater);
}

void TestHttpConnection::apiClientWithoutTheSwitchUsesTheManager()
{
    ScriptedServer server;
    QVERIFY(server.listen(certDir(), QStringLiteral("server")));
    server.handler = [](const ScriptedServer::Request&, QSslSocket* s) {
        s->write(answer(200, "{\"offset\":2}"));
    };
    QNetworkAccessManager nam;
    ApiClient api(&nam, config(server));
    QVERIFY(!api.directUploads());
    const ApiReply r = api.putChunk(QStringLiteral("u-2"), 0, "ab");
    QCOMPARE(r.httpStatus, 200);
    // QNetworkAccessManager announces itself; HttpConnection sends no User-Agent.
    QVERIFY(!server.requests.first().header("User-Agent").isEmpty());
}

QTEST_GUILESS_MAIN(TestHttpConnection)
#include "test_http_connection.moc"
