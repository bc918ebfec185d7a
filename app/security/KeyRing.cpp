#include "KeyRing.h"

#include "Aes256GcmCipher.h"
#include "SecureBytes.h"

#include <openssl/evp.h>
#include <openssl/kdf.h>

namespace mtb {

namespace {

struct PkeyCtxDeleter
{
    void operator()(EVP_PKEY_CTX* ctx) const { EVP_PKEY_CTX_free(ctx); }
};

const char* purposeLabel(KeyRing::Purpose purpose)
{
    switch (purpose) {
    case KeyRing::Purpose::Records:
        return "mtbdesk/records/v1";
    case KeyRing::Purpose::Blobs:
        return "mtbdesk/blobs/v1";
    case KeyRing::Purpose::BlobNames:
        return "mtbdesk/blob-names/v1";
    case KeyRing::Purpose::Audit:
        return "mtbdesk/audit/v1";
    }
    return "";
}

// HKDF-SHA256 (RFC 5869) with an empty salt: the input is already a uniformly random key, so the
// extract step needs no salt; the info label separates the purposes.
QByteArray hkdf(const QByteArray& ikm, const QByteArray& info)
{
    std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter> ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr));
    QByteArray out(32, Qt::Uninitialized);
    size_t len = size_t(out.size());
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) <= 0 ||
        EVP_PKEY_CTX_set_hkdf_md(ctx.get(), EVP_sha256()) <= 0 ||
        EVP_PKEY_CTX_set1_hkdf_key(ctx.get(), reinterpret_cast<const unsigned char*>(ikm.constData()),
                                   int(ikm.size())) <= 0 ||
        EVP_PKEY_CTX_add1_hkdf_info(ctx.get(), reinterpret_cast<const unsigned char*>(info.constData()),
                                    int(info.size())) <= 0 ||
        EVP_PKEY_derive(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len) <= 0 ||
        len != size_t(out.size()))
        return {};
    return out;
}

} // namespace

std::shared_ptr<const KeyRing> KeyRing::fromDataKey(const QByteArray& dataKey32)
{
    if (dataKey32.size() != DataKeySize)
        return nullptr;
    std::shared_ptr<KeyRing> ring(new KeyRing);
    for (int i = 0; i < PurposeCount; ++i) {
        QByteArray subkey = hkdf(dataKey32, QByteArray(purposeLabel(Purpose(i))));
        if (subkey.size() != 32)
            return nullptr;
        ring->m_keys[size_t(i)] = subkey;
        ring->m_ciphers[size_t(i)] = std::make_unique<Aes256GcmCipher>(subkey);
    }
    return ring;
}

QByteArray KeyRing::testingDataKey()
{
    QByteArray key(DataKeySize, Qt::Uninitialized);
    for (int i = 0; i < DataKeySize; ++i)
        key[i] = char(i);
    return key;
}

std::shared_ptr<const KeyRing> KeyRing::forTesting()
{
    static const std::shared_ptr<const KeyRing> ring = fromDataKey(testingDataKey());
    return ring;
}

KeyRing::~KeyRing()
{
    for (QByteArray& key : m_keys)
        secureWipe(key);
}

QByteArray KeyRing::key(Purpose purpose) const
{
    return m_keys[size_t(purpose)];
}

const Cipher& KeyRing::cipher(Purpose purpose) const
{
    return *m_ciphers[size_t(purpose)];
}

QByteArray KeyRing::mac(Purpose purpose, const QByteArray& data) const
{
    return hmacSha256(m_keys[size_t(purpose)], data);
}

} // namespace mtb
