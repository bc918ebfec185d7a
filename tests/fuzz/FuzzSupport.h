#pragma once
// Shared set-up for the libFuzzer targets (tests/fuzz, docs/hardening.md).

#include <QByteArray>
#include <QCoreApplication>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace mtb::fuzz {

// Where invariant failures are reported: a copy of stderr taken before libFuzzer closes it
// (run_fuzzers.sh passes -close_fd_mask=3 to silence decoders that print on every bad input;
// libFuzzer and the sanitizers keep their own copy for their reports).
inline FILE*& reportStream()
{
    static FILE* stream = stderr;
    return stream;
}

// A QCoreApplication (plugins such as Qt's JPEG, TIFF and WebP readers are found through it) and no
// Qt log output: a decoder's warning per input would slow the run down and bury the findings.
inline void initialise(int* argc, char*** argv)
{
    if (const int fd = dup(2); fd >= 0) {
        if (FILE* copy = fdopen(fd, "w"))
            reportStream() = copy;
    }
    static QCoreApplication* app = new QCoreApplication(*argc, *argv); // lives for the whole run
    Q_UNUSED(app);
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
}

// The fuzzer's bytes as a QByteArray that does not own them (no copy).
inline QByteArray bytesOf(const uint8_t* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

// An invariant of the code under test does not hold: stop here so libFuzzer keeps the input.
#define MTB_FUZZ_CHECK(condition)                                                                       \
    do {                                                                                                \
        if (!(condition)) {                                                                             \
            fprintf(mtb::fuzz::reportStream(), "fuzz invariant failed: %s (%s:%d)\n", #condition,        \
                    __FILE__, __LINE__);                                                                \
            fflush(mtb::fuzz::reportStream());                                                          \
            abort();                                                                                    \
        }                                                                                               \
    } while (false)

} // namespace mtb::fuzz
