#include "Sha256.h"

#include <openssl/evp.h>

namespace mtb {

QByteArray sha256(const QByteArray& data)
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), reinterpret_cast<unsigned char*>(digest.data()),
                   &length, EVP_sha256(), nullptr) != 1)
        qFatal("SHA-256 failed in OpenSSL"); // only without memory; a wrong digest would be worse
    digest.truncate(int(length));
    return digest;
}

QByteArray sha256Hex(const QByteArray& data)
{
    return sha256(data).toHex();
}

} // namespace mtb
