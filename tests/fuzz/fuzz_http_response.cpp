// libFuzzer target: the HTTP/1.1 response framing of the direct upload connection
// (app/sync/HttpResponseParser: status line, headers, Content-Length, chunked, until-close), as a
// broken or hostile server could send it. The first byte picks how the rest arrives (a HEAD
// request or not, and the size of the pieces); the same bytes fed in one piece must give the same
// answer, and sizes must stay within the parser's bounds.
#include "FuzzSupport.h"
#include "HttpResponseParser.h"

namespace {

struct Outcome
{
    mtb::HttpResponseParser::State state;
    int status = 0;
    QByteArray body;
    bool keepAlive = false;
};

Outcome parse(const QByteArray& bytes, bool head, qsizetype piece)
{
    mtb::HttpResponseParser parser(head);
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        const auto state = parser.feed(bytes.mid(at, piece));
        MTB_FUZZ_CHECK(state == parser.state());
    }
    const auto state = parser.finish();
    MTB_FUZZ_CHECK(state != mtb::HttpResponseParser::State::Incomplete);
    MTB_FUZZ_CHECK(parser.finish() == state); // finishing twice changes nothing
    return {state, parser.response().status, parser.response().body, parser.keepAlive()};
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    mtb::fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const bool head = data[0] & 1;
    const qsizetype piece = (data[0] >> 1) + 1; // 1..128 bytes per read
    const QByteArray bytes = mtb::fuzz::bytesOf(data + 1, size - 1);

    const Outcome split = parse(bytes, head, piece);
    if (split.state == mtb::HttpResponseParser::State::Complete) {
        MTB_FUZZ_CHECK(split.status >= 200 && split.status <= 999);
        MTB_FUZZ_CHECK(split.body.size() <= mtb::HttpResponseParser::kMaxBodyBytes);
        MTB_FUZZ_CHECK(!head || split.body.isEmpty());
    }
    // Below the head size limit, how the bytes were cut must not matter.
    if (bytes.size() <= mtb::HttpResponseParser::kMaxHeadBytes) {
        const Outcome whole = parse(bytes, head, qMax<qsizetype>(1, bytes.size()));
        MTB_FUZZ_CHECK(whole.state == split.state);
        MTB_FUZZ_CHECK(whole.status == split.status);
        MTB_FUZZ_CHECK(whole.body == split.body);
        MTB_FUZZ_CHECK(whole.keepAlive == split.keepAlive);
    }
    return 0;
}
