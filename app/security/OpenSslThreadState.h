#pragma once

class QThread;

namespace mtb {

// OpenSSL keeps per-thread state (the error queue, ~0.9 KB, and per-thread random generators) that it
// frees from a thread-exit hook. That hook runs after QThread::wait() has already returned, so at
// process exit LeakSanitizer sometimes caught the error queue of a worker thread still exiting
// (test_materials, once in a CI run). Freeing it explicitly, in the thread, before the thread is
// reported finished makes the end of every crypto-using thread deterministic.

// Frees the calling thread's OpenSSL state (OpenSSL makes it again if the thread uses it later).
void releaseOpenSslThreadState();

// Frees `thread`'s OpenSSL state as it finishes, inside the thread, before wait() returns.
void releaseOpenSslStateOnFinish(QThread& thread);

} // namespace mtb
