// HttpResponseParser: the framing rules the direct upload connection relies on, fed byte by byte and in
// one piece, including the malformed and oversized answers a broken server or proxy could send.
#include "HttpResponseParser.h"

#include <QTest>

using namespace mtb;

class TestHttpResponseParser : public QObject
{
    Q_OBJECT
private slots:
    void contentLengthInOnePieceAndByteByByte();
    void chunkedWithExtensionsAndTrailers();
    void interimContinueIsSkipped();
    void bodyUntilCloseCompletesOnlyAtTheEnd();
    void keepAliveRules_data();
    void keepAliveRules();
    void noBodyForHeadAnd204();
    void bytesAfterTheResponseSpoilReuse();
    void malformed_data();
    void malformed();
    void truncatedIsAFailureAtTheEnd();
    void oversizedIsRefused();
};

namespace {
using State = HttpResponseParser::State;

State feedBytewise(HttpResponseParser& p, const QByteArray& bytes)
{
    State s = p.state();
    for (char c : bytes)
        s = p.feed(QByteArray(1, c));
    return s;
}
} // namespace

void TestHttpResponseParser::contentLengthInOnePieceAndByteByByte()
{
    const QByteArray raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\ncontent-length: 13\r\n"
                           "X-Request-ID: abc\r\n\r\n{\"offset\":42}";
    HttpResponseParser whole;
    QCOMPARE(whole.feed(raw), State::Complete);
    QCOMPARE(whole.response().status, 200);
    QCOMPARE(whole.response().reason, QByteArray("OK"));
    QCOMPARE(whole.response().body, QByteArray("{\"offset\":42}"));
    QCOMPARE(whole.response().header("x-request-id"), QByteArray("abc"));
    QCOMPARE(whole.response().header("Content-Length"), QByteArray("13"));
    QVERIFY(whole.keepAlive());

    HttpResponseParser pieces;
    QCOMPARE(feedBytewise(pieces, raw.left(raw.size() - 1)), State::Incomplete);
    QCOMPARE(pieces.feed(raw.right(1)), State::Complete);
    QCOMPARE(pieces.response().body, whole.response().body);
}

void TestHttpResponseParser::chunkedWithExtensionsAndTrailers()
{
    const QByteArray raw = "HTTP/1.1 409 Conflict\r\nTransfer-Encoding: chunked\r\n\r\n"
                           "5;name=value\r\n{\"err\r\n"
                           "1A\r\nor\":{\"code\":\"offset_mismat\r\n"
                           "4\r\nch\"}\r\n"
                           "0\r\nX-Trailer: yes\r\n\r\n";
    for (bool bytewise : {false, true}) {
        HttpResponseParser p;
        QCOMPARE(bytewise ? feedBytewise(p, raw) : p.feed(raw), State::Complete);
        QCOMPARE(p.response().status, 409);
        QCOMPARE(p.response().body, QByteArray("{\"error\":{\"code\":\"offset_mismatch\"}"));
        QVERIFY(p.keepAlive());
    }
}

void TestHttpResponseParser::interimContinueIsSkipped()
{
    HttpResponseParser p;
    QCOMPARE(p.feed("HTTP/1.1 100 Continue\r\n\r\n"), State::Incomplete);
    QCOMPARE(p.feed("HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\n{}"), State::Complete);
    QCOMPARE(p.response().status, 201);
    QCOMPARE(p.response().header("Content-Length"), QByteArray("2"));
}

void TestHttpResponseParser::bodyUntilCloseCompletesOnlyAtTheEnd()
{
    HttpResponseParser p;
    QCOMPARE(p.feed("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nhello "), State::Incomplete);
    QCOMPARE(p.feed("world"), State::Incomplete);
    QCOMPARE(p.finish(), State::Complete);
    QCOMPARE(p.response().body, QByteArray("hello world"));
    QVERIFY(!p.keepAlive());
}

void TestHttpResponseParser::keepAliveRules_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("1.1 default") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0") << true;
    QTest::newRow("1.1 close") << QByteArray("HTTP/1.1 200 OK\r\nConnection: Close\r\nContent-Length: 0")
                               << false;
    QTest::newRow("1.1 close in list")
        << QByteArray("HTTP/1.1 200 OK\r\nConnection: te, close\r\nContent-Length: 0") << false;
    QTest::newRow("1.0 default") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 0") << false;
    QTest::newRow("1.0 keep-alive") << QByteArray(
                                           "HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 0")
                                    << true;
    QTest::newRow("no length") << QByteArray("HTTP/1.1 200 OK\r\nX: y") << false;
}

void TestHttpResponseParser::keepAliveRules()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, keepAlive);
    HttpResponseParser p;
    p.feed(head + "\r\n\r\n");
    p.finish();
    QCOMPARE(p.state(), State::Complete);
    QCOMPARE(p.keepAlive(), keepAlive);
}

void TestHttpResponseParser::noBodyForHeadAnd204()
{
    HttpResponseParser head(true);
    QCOMPARE(head.feed("HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n"), State::Complete);
    QVERIFY(head.keepAlive());
    HttpResponseParser noContent;
    QCOMPARE(noContent.feed("HTTP/1.1 204 No Content\r\n\r\n"), State::Complete);
    QVERIFY(noContent.response().body.isEmpty());
}

void TestHttpResponseParser::bytesAfterTheResponseSpoilReuse()
{
    HttpResponseParser p;
    QCOMPARE(p.feed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}HTTP/1.1 200 OK\r\n"), State::Complete);
    QCOMPARE(p.response().body, QByteArray("{}"));
    QVERIFY(!p.keepAlive());
    HttpResponseParser later;
    QCOMPARE(later.feed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"), State::Complete);
    QVERIFY(later.keepAlive());
    later.feed("x");
    QVERIFY(!later.keepAlive());
}

void TestHttpResponseParser::malformed_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n");
    QTest::newRow("http/2 preface") << QByteArray("HTTP/2 200\r\n\r\n");
    QTest::newRow("status letters") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n");
    QTest::newRow("status 4 digits") << QByteArray("HTTP/1.1 2000 OK\r\n\r\n");
    QTest::newRow("header without colon") << QByteArray("HTTP/1.1 200 OK\r\nbroken\r\n\r\n");
    QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n");
    QTest::newRow("length letters") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 12ab\r\n\r\n");
    QTest::newRow("gzip coding") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n");
    QTest::newRow("bad chunk size") << QByteArray(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
    QTest::newRow("huge chunk size") << QByteArray(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n");
    QTest::newRow("chunk without crlf")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXY\r\n0\r\n\r\n");
}

void TestHttpResponseParser::malformed()
{
    QFETCH(QByteArray, raw);
    HttpResponseParser p;
    QCOMPARE(p.feed(raw), State::Failed);
    QVERIFY(!p.errorText().isEmpty());
    QVERIFY(!p.keepAlive());
    QCOMPARE(p.feed("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"), State::Failed); // stays failed
}

void TestHttpResponseParser::truncatedIsAFailureAtTheEnd()
{
    HttpResponseParser body;
    QCOMPARE(body.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n12345"), State::Incomplete);
    QCOMPARE(body.finish(), State::Failed);
    HttpResponseParser head;
    QCOMPARE(head.feed("HTTP/1.1 200 O"), State::Incomplete);
    QCOMPARE(head.finish(), State::Failed);
    HttpResponseParser chunked;
    QCOMPARE(chunked.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nab"), State::Incomplete);
    QCOMPARE(chunked.finish(), State::Failed);
    HttpResponseParser nothing;
    QCOMPARE(nothing.finish(), State::Failed);
}

void TestHttpResponseParser::oversizedIsRefused()
{
    HttpResponseParser head;
    QCOMPARE(head.feed("HTTP/1.1 200 OK\r\nX: " + QByteArray(HttpResponseParser::kMaxHeadBytes + 1, 'a')),
             State::Failed);
    HttpResponseParser length;
    QCOMPARE(length.feed("HTTP/1.1 200 OK\r\nContent-Length: " +
                         QByteArray::number(HttpResponseParser::kMaxBodyBytes + 1) + "\r\n\r\n"),
             State::Failed);
    HttpResponseParser chunk;
    QCOMPARE(chunk.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" +
                        QByteArray::number(HttpResponseParser::kMaxBodyBytes + 1, 16) + "\r\n"),
             State::Failed);
    HttpResponseParser untilClose;
    untilClose.feed("HTTP/1.1 200 OK\r\n\r\n");
    QCOMPARE(untilClose.feed(QByteArray(HttpResponseParser::kMaxBodyBytes + 1, 'x')), State::Failed);
}

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "test_http_response_parser.moc"
