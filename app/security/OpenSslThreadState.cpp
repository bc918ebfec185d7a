#include "OpenSslThreadState.h"

#include <QThread>

#include <openssl/crypto.h>

namespace mtb {

void releaseOpenSslThreadState()
{
    OPENSSL_thread_stop();
}

void releaseOpenSslStateOnFinish(QThread& thread)
{
    // QThread::finished is emitted from the finishing thread; a direct connection runs there.
    QObject::connect(
        &thread, &QThread::finished, &thread, [] { releaseOpenSslThreadState(); }, Qt::DirectConnection);
}

} // namespace mtb
