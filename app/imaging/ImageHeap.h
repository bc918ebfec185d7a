#pragma once

#include <QString>

namespace mtb::ImageHeap {

// Keeps the memory of large image buffers in the process between pages (docs/scanning.md,
// "Fresh memory per page").
//
// Why: every page passes through several buffers of tens of megabytes (a 12 MP photo is 36 MB
// decoded, then its half-size copy, the rectified and the enhanced page). glibc's malloc serves each
// allocation over its mmap threshold with a fresh mapping and unmaps it on free, so every page
// touches all of that memory for the first time again, one page fault per 4 KB. On the development
// VM a first touch costs about 2.4 ms per MB (`mtbdesk-pipeline-bench firsttouch`): a 200-page PDF
// scan took 383 ms per page instead of 177. With these settings the buffers come from malloc's heap
// and go back to it, where the next page finds them already mapped.
//
// The settings (glibc only; elsewhere, and under AddressSanitizer, which has its own allocator,
// nothing is changed): allocations up to kMmapThresholdBytes come from the heap, and up to
// kTrimThresholdBytes of free heap is kept instead of being returned after every free.
// Set MTBDESK_IMAGE_HEAP=system to leave the allocator as the C library set it (to compare).

inline constexpr char kPolicyVariable[] = "MTBDESK_IMAGE_HEAP";
inline constexpr long kMmapThresholdBytes = 512L * 1024 * 1024;
inline constexpr long kTrimThresholdBytes = 512L * 1024 * 1024;

enum class Outcome {
    Kept,                 // the settings are in force
    SkippedByEnvironment, // MTBDESK_IMAGE_HEAP=system
    Unsupported,          // not glibc, or a sanitizer's allocator
    Failed,               // mallopt refused a setting (large buffers are mapped afresh, as before)
};

// Call once at start-up, before pages are processed, in every program that processes pages.
Outcome keepLargeBuffers();

// Gives free heap memory back to the OS (malloc_trim): when the page worker has been idle a while,
// so an idle MTB Desk does not hold the memory of its largest batch. No effect where keepLargeBuffers
// changed nothing.
void releaseUnused();

QString outcomeName(Outcome outcome); // "kept", "skipped-by-environment", ... (untranslated, for logs)

} // namespace mtb::ImageHeap
