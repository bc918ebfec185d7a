#pragma once

#include <QByteArray>

namespace mtb {

// SHA-256 through OpenSSL. Qt 6.4's QCryptographicHash uses its own portable code (178 MB/s on the
// development VM); OpenSSL uses the CPU's SHA extensions where present (1,790 MB/s there), which
// matters for page images hashed on every store and every read.
QByteArray sha256(const QByteArray& data);
QByteArray sha256Hex(const QByteArray& data);

} // namespace mtb
