#include "SecureBytes.h"

#include <QString>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace mtb {

void secureWipe(QByteArray& bytes)
{
    // Only wipe storage we own: detach() would copy the secret before wiping the copy.
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes.clear();
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

void secureWipe(QString& text)
{
    if (!text.isEmpty() && !text.isDetached())
        text.clear();
    if (!text.isEmpty())
        OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1)
        return {};
    return out;
}

QByteArray hmacSha256(const QByteArray& key, const QByteArray& data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!HMAC(EVP_sha256(), key.constData(), int(key.size()),
              reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size()), out, &len))
        return {};
    return QByteArray(reinterpret_cast<const char*>(out), int(len));
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace mtb
