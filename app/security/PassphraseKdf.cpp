#include "PassphraseKdf.h"

#include "SecureBytes.h"

#include <QCoreApplication>

#include <openssl/evp.h>

namespace mtb {

namespace {
constexpr quint64 kMinN = 1 << 10;
constexpr quint64 kMaxN = 1 << 20;
constexpr int kSaltSize = 16;

QString tr(const char* text)
{
    return QCoreApplication::translate("mtb::PassphraseKdf", text);
}
} // namespace

PassphraseKdf PassphraseKdf::withNewSalt()
{
    PassphraseKdf k;
    k.salt = randomBytes(kSaltSize);
    return k;
}

PassphraseKdf PassphraseKdf::forTesting()
{
    PassphraseKdf k = withNewSalt();
    k.n = kMinN;
    k.r = 8;
    k.p = 1;
    return k;
}

QJsonObject PassphraseKdf::toJson() const
{
    return QJsonObject{{QStringLiteral("kdf"), QStringLiteral("scrypt")},
                       {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
                       {QStringLiteral("n"), double(n)},
                       {QStringLiteral("r"), double(r)},
                       {QStringLiteral("p"), double(p)}};
}

std::optional<PassphraseKdf> PassphraseKdf::fromJson(const QJsonObject& json, QString* error)
{
    PassphraseKdf k;
    k.salt = QByteArray::fromBase64(json.value(QLatin1String("salt")).toString().toLatin1());
    k.n = quint64(json.value(QLatin1String("n")).toDouble());
    k.r = quint32(json.value(QLatin1String("r")).toInt());
    k.p = quint32(json.value(QLatin1String("p")).toInt());
    const bool powerOfTwo = k.n != 0 && (k.n & (k.n - 1)) == 0;
    if (json.value(QLatin1String("kdf")).toString() != u"scrypt" || k.salt.size() < kSaltSize ||
        !powerOfTwo || k.n < kMinN || k.n > kMaxN || k.r < 1 || k.r > 32 || k.p < 1 || k.p > 16) {
        if (error)
            *error = tr("The passphrase settings in the key vault are not valid.");
        return std::nullopt;
    }
    return k;
}

std::optional<QByteArray> PassphraseKdf::derive(const QString& passphrase, QString* error) const
{
    QByteArray secret = passphrase.toUtf8();
    QByteArray out(32, Qt::Uninitialized);
    // scrypt needs 128 * r * n bytes (plus a little): allow that and no more.
    const quint64 maxMem = 128ull * r * (n + p + 2) + (1 << 20);
    const int ok =
        EVP_PBE_scrypt(secret.constData(), size_t(secret.size()),
                       reinterpret_cast<const unsigned char*>(salt.constData()), size_t(salt.size()), n, r, p,
                       maxMem, reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()));
    secureWipe(secret);
    if (ok != 1) {
        secureWipe(out);
        if (error)
            *error = tr("The passphrase could not be processed (out of memory?).");
        return std::nullopt;
    }
    return out;
}

} // namespace mtb
