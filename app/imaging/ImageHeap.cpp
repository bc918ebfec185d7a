#include "ImageHeap.h"

#include <QByteArray>

#include <atomic>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

// A sanitizer replaces malloc: mallopt would reach glibc's allocator, which nothing then uses.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define MTB_FOREIGN_ALLOCATOR 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define MTB_FOREIGN_ALLOCATOR 1
#endif
#endif

namespace mtb::ImageHeap {

namespace {
std::atomic<bool> g_kept{false}; // set once at start-up, read by the page worker thread
}

Outcome keepLargeBuffers()
{
    if (qgetenv(kPolicyVariable) == "system")
        return Outcome::SkippedByEnvironment;
#if defined(__GLIBC__) && !defined(MTB_FOREIGN_ALLOCATOR)
    // Setting either one also stops glibc from moving its mmap threshold on its own. If the second
    // is refused, the first goes back to its starting value (128 KB), no longer adapted by glibc.
    if (mallopt(M_MMAP_THRESHOLD, int(kMmapThresholdBytes)) != 1)
        return Outcome::Failed;
    if (mallopt(M_TRIM_THRESHOLD, int(kTrimThresholdBytes)) != 1) {
        mallopt(M_MMAP_THRESHOLD, 128 * 1024);
        return Outcome::Failed;
    }
    g_kept = true;
    return Outcome::Kept;
#else
    return Outcome::Unsupported;
#endif
}

void releaseUnused()
{
#if defined(__GLIBC__) && !defined(MTB_FOREIGN_ALLOCATOR)
    if (g_kept)
        malloc_trim(0);
#endif
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Kept:
        return QStringLiteral("kept");
    case Outcome::SkippedByEnvironment:
        return QStringLiteral("skipped-by-environment");
    case Outcome::Unsupported:
        return QStringLiteral("unsupported");
    case Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace mtb::ImageHeap
