#pragma once

namespace mtb::test {

// One field of /proc/self/status in kilobytes, e.g. processStatusKb("VmHWM:") (peak resident memory)
// or processStatusKb("VmRSS:"); -1 where there is no such file or field (not Linux). For the tests and
// benchmarks that report or check memory.
long processStatusKb(const char* key);

} // namespace mtb::test
