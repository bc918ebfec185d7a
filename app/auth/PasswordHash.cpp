#include "PasswordHash.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace mtb {

namespace {
// The UTF-8 copy of a password is overwritten before it is freed.
struct Utf8Password
{
    explicit Utf8Password(const QString& password) : bytes(password.toUtf8()) {}
    ~Utf8Password() { OPENSSL_cleanse(bytes.data(), size_t(bytes.size())); }
    QByteArray bytes;
};
} // namespace

QByteArray PasswordHash::pbkdf2(const QByteArray& password, const QByteArray& salt, int iterations)
{
    QByteArray out(kHashBytes, Qt::Uninitialized);
    if (iterations <= 0 || PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                                             reinterpret_cast<const unsigned char*>(salt.constData()),
                                             int(salt.size()), iterations, EVP_sha256(), kHashBytes,
                                             reinterpret_cast<unsigned char*>(out.data())) != 1)
        return {};
    return out;
}

PasswordHash PasswordHash::derive(const QString& password, int iterations)
{
    PasswordHash h;
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), kSaltBytes) != 1)
        return h;
    const Utf8Password utf8(password);
    h.hash = pbkdf2(utf8.bytes, salt, iterations);
    if (h.hash.isEmpty())
        return PasswordHash();
    h.salt = salt;
    h.iterations = iterations;
    return h;
}

bool PasswordHash::isValid() const
{
    return salt.size() == kSaltBytes && hash.size() == kHashBytes && iterations >= kMinimumIterations;
}

bool PasswordHash::matches(const QString& password) const
{
    if (!isValid())
        return false;
    const Utf8Password utf8(password);
    QByteArray computed = pbkdf2(utf8.bytes, salt, iterations);
    const bool equal = computed.size() == hash.size() &&
                       CRYPTO_memcmp(computed.constData(), hash.constData(), size_t(hash.size())) == 0;
    OPENSSL_cleanse(computed.data(), size_t(computed.size()));
    return equal;
}

} // namespace mtb
