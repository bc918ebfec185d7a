// ImageHeap: a freed page buffer is reused without page faults, and releaseUnused gives it back.
// Counted with the kernel's own figures (minor page faults, resident memory), not timed.
#include "ImageHeap.h"
#include "ProcessStatus.h"

#include <QTest>

#include <opencv2/core.hpp>

#if defined(__linux__)
#include <sys/resource.h>
#endif
#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace mtb;

namespace {

constexpr int kRows = 3024, kCols = 4032; // a 12 MP photo, decoded to BGR: 36 MB
constexpr long kPages4k = long(kRows) * kCols * 3 / 4096;

#if defined(__linux__)
long minorFaults()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_minflt;
}

#endif

#if defined(__GLIBC__)
// Chunks glibc has mapped on their own (mmap) rather than carved from its heap, now.
size_t separatelyMapped()
{
    return mallinfo2().hblks;
}
#endif

// What the pipeline does with every page: a large buffer allocated, written and freed.
void onePageBuffer(int value)
{
    cv::Mat page(kRows, kCols, CV_8UC3);
    page.setTo(cv::Scalar::all(value));
}

} // namespace

class TestImageHeap : public QObject
{
    Q_OBJECT

private slots:
    void systemPolicyLeavesTheAllocatorAlone();
    void freedPageBuffersAreReusedWithoutPageFaults();
    void releaseUnusedGivesTheMemoryBack();
};

// First: keepLargeBuffers cannot be undone within a process.
void TestImageHeap::systemPolicyLeavesTheAllocatorAlone()
{
    qputenv(ImageHeap::kPolicyVariable, "system");
    QCOMPARE(ImageHeap::keepLargeBuffers(), ImageHeap::Outcome::SkippedByEnvironment);
    qunsetenv(ImageHeap::kPolicyVariable);
#if defined(__GLIBC__)
    // Still the C library's way: a 36 MB buffer is a mapping of its own.
    const size_t before = separatelyMapped();
    const cv::Mat page(kRows, kCols, CV_8UC3);
    const size_t during = separatelyMapped();
    // (Applies the policy for the tests below; only its outcome tells whether glibc allocates here.)
    if (ImageHeap::keepLargeBuffers() == ImageHeap::Outcome::Unsupported)
        QSKIP("not glibc's allocator (a sanitizer's)");
    QCOMPARE(during, before + 1);
#endif
}

void TestImageHeap::freedPageBuffersAreReusedWithoutPageFaults()
{
#if !defined(__linux__) || !defined(__GLIBC__)
    QSKIP("counts page faults with getrusage and mapped chunks with mallinfo2 (Linux, glibc)");
#else
    const ImageHeap::Outcome outcome = ImageHeap::keepLargeBuffers();
    if (outcome == ImageHeap::Outcome::Unsupported)
        QSKIP("not glibc's allocator (another C library, or a sanitizer's)");
    QCOMPARE(outcome, ImageHeap::Outcome::Kept);
    const size_t mappedBefore = separatelyMapped();
    {
        const cv::Mat page(kRows, kCols, CV_8UC3);
        QCOMPARE(separatelyMapped(), mappedBefore); // from the heap, where the next page finds it
    }
    onePageBuffer(1); // the first page maps its memory once
    const long before = minorFaults();
    for (int i = 0; i < 4; ++i)
        onePageBuffer(i + 2);
    const long faults = minorFaults() - before;
    // Four more pages of 8,900 4 KB pages each: without the policy ~35,000 faults.
    QVERIFY2(faults < kPages4k / 10, qPrintable(QStringLiteral("%1 faults for 4 page buffers").arg(faults)));
#endif
}

void TestImageHeap::releaseUnusedGivesTheMemoryBack()
{
#if !defined(__linux__)
    QSKIP("reads the resident size from /proc (Linux)");
#else
    if (ImageHeap::keepLargeBuffers() != ImageHeap::Outcome::Kept)
        QSKIP("the policy is not in force here");
    onePageBuffer(7);
    const long kept = test::processStatusKb("VmRSS:");
    ImageHeap::releaseUnused();
    const long released = test::processStatusKb("VmRSS:");
    // The 36 MB buffer was still resident, held for the next page; now it is not.
    QVERIFY2(kept - released > 30 * 1024,
             qPrintable(QStringLiteral("%1 KB -> %2 KB").arg(kept).arg(released)));
#endif
}

QTEST_GUILESS_MAIN(TestImageHeap)
#include "test_image_heap.moc"
