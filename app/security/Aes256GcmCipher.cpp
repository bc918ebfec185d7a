#include "Aes256GcmCipher.h"

#include "SecureBytes.h"

#include <QCoreApplication>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace mtb {

namespace {

struct CtxDeleter
{
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CtxPtr = std::unique_ptr<EVP_CIPHER_CTX, CtxDeleter>;

QString tr(const char* text)
{
    return QCoreApplication::translate("mtb::Aes256GcmCipher", text);
}

// Fetched once: with OpenSSL 3, passing EVP_aes_256_gcm() to every init looks the algorithm up in the
// provider each time, which costs more than decrypting a list summary.
const EVP_CIPHER* aes256Gcm()
{
    static EVP_CIPHER* const cipher = EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr);
    return cipher ? cipher : EVP_aes_256_gcm();
}

const unsigned char* u(const QByteArray& bytes)
{
    return reinterpret_cast<const unsigned char*>(bytes.constData());
}

// The aad as GCM sees it: the header byte first, then the caller's binding.
QByteArray fullAad(const QByteArray& aad)
{
    QByteArray full;
    full.reserve(aad.size() + 1);
    full.append(char(CipherAlgorithm::Aes256Gcm));
    full.append(aad);
    return full;
}

} // namespace

Aes256GcmCipher::Aes256GcmCipher(const QByteArray& key32) : m_key(key32)
{
    Q_ASSERT(key32.size() == KeySize);
}

Aes256GcmCipher::~Aes256GcmCipher()
{
    secureWipe(m_key);
}

QByteArray Aes256GcmCipher::encrypt(const QByteArray& plaintext, const QByteArray& aad) const
{
    if (m_key.size() != KeySize)
        return {};
    QByteArray out(Overhead + plaintext.size(), Qt::Uninitialized);
    auto* header = reinterpret_cast<unsigned char*>(out.data());
    header[0] = CipherAlgorithm::Aes256Gcm;
    unsigned char* nonce = header + 1;
    unsigned char* body = nonce + NonceSize;
    unsigned char* tag = body + plaintext.size();
    if (RAND_bytes(nonce, NonceSize) != 1)
        return {};

    CtxPtr ctx(EVP_CIPHER_CTX_new());
    const QByteArray gcmAad = fullAad(aad);
    int len = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), aes256Gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) != 1 ||
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, u(m_key), nonce) != 1 ||
        EVP_EncryptUpdate(ctx.get(), nullptr, &len, u(gcmAad), int(gcmAad.size())) != 1)
        return {};
    if (!plaintext.isEmpty() &&
        EVP_EncryptUpdate(ctx.get(), body, &len, u(plaintext), int(plaintext.size())) != 1)
        return {};
    if (EVP_EncryptFinal_ex(ctx.get(), body + plaintext.size(), &len) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, tag) != 1)
        return {};
    return out;
}

std::optional<QByteArray> Aes256GcmCipher::decrypt(const QByteArray& envelope, const QByteArray& aad,
                                                   QString* error) const
{
    auto fail = [error](const QString& message) -> std::optional<QByteArray> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (envelope.size() < Overhead)
        return fail(tr("The encrypted value is truncated."));
    if (quint8(envelope.at(0)) != CipherAlgorithm::Aes256Gcm)
        return fail(tr("The encrypted value uses an unknown algorithm (0x%1).")
                        .arg(quint8(envelope.at(0)), 2, 16, QLatin1Char('0')));
    if (m_key.size() != KeySize)
        return fail(tr("The encryption key is missing."));

    const auto* nonce = u(envelope) + 1;
    const auto* body = nonce + NonceSize;
    const int bodySize = int(envelope.size()) - Overhead;
    QByteArray tag = envelope.right(TagSize);
    QByteArray plain(bodySize, Qt::Uninitialized);

    CtxPtr ctx(EVP_CIPHER_CTX_new());
    const QByteArray gcmAad = fullAad(aad);
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), aes256Gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) != 1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, u(m_key), nonce) != 1 ||
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, u(gcmAad), int(gcmAad.size())) != 1)
        return fail(tr("The cryptographic library failed."));
    if (bodySize > 0 && EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(plain.data()), &len,
                                          body, bodySize) != 1)
        return fail(tr("The cryptographic library failed."));
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(plain.data()) + bodySize, &len) !=
            1) {
        // Never hand back unauthenticated bytes.
        secureWipe(plain);
        return fail(tr("The encrypted value does not match its key or place (wrong key, or altered)."));
    }
    return plain;
}

} // namespace mtb
