#include "BlobStore.h"

#include "KeyRing.h"
#include "SecureBytes.h"
#include "Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace mtb {

namespace {
const QLatin1String kSuffix(".enc");

QString shaOf(const QByteArray& bytes)
{
    return QString::fromLatin1(sha256Hex(bytes));
}

QByteArray aadFor(const QString& sha256)
{
    return "blob:" + sha256.toLatin1();
}

bool isSha256Name(const QString& name)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(name).hasMatch();
}

QString tr(const char* text)
{
    return QCoreApplication::translate("BlobStore", text);
}
} // namespace

BlobStore::BlobStore(const QString& dataDir, std::shared_ptr<const KeyRing> keys)
    : m_root(dataDir + QStringLiteral("/blobs")), m_keys(std::move(keys))
{
}

QString BlobStore::storedPathOf(const QString& sha256) const
{
    if (!m_keys || sha256.isEmpty())
        return {};
    const QString name =
        QString::fromLatin1(m_keys->mac(KeyRing::Purpose::BlobNames, sha256.toLatin1()).toHex());
    return m_root + u'/' + name.left(2) + u'/' + name + kSuffix;
}

QString BlobStore::legacyPathOf(const QString& sha256) const
{
    return m_root + u'/' + sha256.left(2) + u'/' + sha256;
}

bool BlobStore::contains(const QString& sha256) const
{
    return !sha256.isEmpty() && m_keys && QFileInfo::exists(storedPathOf(sha256));
}

QString BlobStore::put(const QByteArray& bytes, QString* error)
{
    if (!m_keys) {
        if (error)
            *error = tr("The data is locked: no encryption key is loaded.");
        return {};
    }
    const QString sha = shaOf(bytes);
    if (contains(sha))
        return sha;
    const QByteArray envelope = m_keys->cipher(KeyRing::Purpose::Blobs).encrypt(bytes, aadFor(sha));
    if (envelope.isEmpty()) {
        if (error)
            *error = tr("Encryption failed (no system randomness).");
        return {};
    }
    const QString path = storedPathOf(sha);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(envelope) != envelope.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return sha;
}

QString BlobStore::putFile(const QString& path, QString* error)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = in.errorString();
        return {};
    }
    const QByteArray bytes = in.readAll();
    if (in.error() != QFile::NoError) {
        if (error)
            *error = in.errorString();
        return {};
    }
    return put(bytes, error);
}

QByteArray BlobStore::get(const QString& sha256, QString* error) const
{
    if (!m_keys) {
        if (error)
            *error = tr("The data is locked: no encryption key is loaded.");
        return {};
    }
    QFile f(storedPathOf(sha256));
    if (!f.exists() && isSha256Name(sha256) && QFileInfo::exists(legacyPathOf(sha256))) {
        // Written before encryption and not yet upgraded (the upgrade runs when the database opens):
        // still readable, and its name is its checksum.
        f.setFileName(legacyPathOf(sha256));
        if (!f.open(QIODevice::ReadOnly)) {
            if (error)
                *error = f.errorString();
            return {};
        }
        const QByteArray bytes = f.readAll();
        if (shaOf(bytes) != sha256) {
            if (error)
                *error = tr("The stored image %1 does not match its checksum.").arg(sha256.left(12));
            return {};
        }
        return bytes;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The stored image %1 cannot be read (%2).").arg(sha256.left(12), f.errorString());
        return {};
    }
    QString detail;
    const auto plain = m_keys->cipher(KeyRing::Purpose::Blobs).decrypt(f.readAll(), aadFor(sha256), &detail);
    if (!plain) {
        if (error)
            *error = tr("The stored image %1 cannot be decrypted: %2").arg(sha256.left(12), detail);
        return {};
    }
    if (shaOf(*plain) != sha256) {
        if (error)
            *error = tr("The stored image %1 does not match its checksum.").arg(sha256.left(12));
        return {};
    }
    return *plain;
}

bool BlobStore::remove(const QString& sha256)
{
    const QString path = storedPathOf(sha256);
    return !path.isEmpty() && QFile::remove(path);
}

QStringList BlobStore::legacyFiles() const
{
    QStringList out;
    QDirIterator it(m_root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (isSha256Name(QFileInfo(path).fileName()))
            out << path;
    }
    out.sort();
    return out;
}

bool BlobStore::encryptLegacyFiles(int* converted, QString* error)
{
    if (converted)
        *converted = 0;
    if (!m_keys) {
        if (error)
            *error = tr("The data is locked: no encryption key is loaded.");
        return false;
    }
    for (const QString& path : legacyFiles()) {
        const QString sha = QFileInfo(path).fileName();
        if (contains(sha))
            continue; // done by an earlier, interrupted run
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            if (!in.exists() && contains(sha))
                continue; // another connection's upgrade got there first
            if (error)
                *error = tr("%1 cannot be read (%2).").arg(QDir::toNativeSeparators(path), in.errorString());
            return false;
        }
        QByteArray bytes = in.readAll();
        // Stored under the name it had, even if damaged: get() then reports the mismatch, as before.
        const QByteArray envelope = m_keys->cipher(KeyRing::Purpose::Blobs).encrypt(bytes, aadFor(sha));
        secureWipe(bytes);
        const QString target = storedPathOf(sha);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QSaveFile out(target);
        if (envelope.isEmpty() || !out.open(QIODevice::WriteOnly) || out.write(envelope) != envelope.size() ||
            !out.commit()) {
            if (error)
                *error = tr("%1 could not be encrypted (%2).")
                             .arg(QDir::toNativeSeparators(path), out.errorString());
            return false;
        }
        if (converted)
            ++*converted;
    }
    return true;
}

void BlobStore::removeLegacyFiles()
{
    for (const QString& path : legacyFiles()) {
        if (contains(QFileInfo(path).fileName())) // never remove the only copy
            overwriteAndRemove(path);
    }
}

void BlobStore::overwriteAndRemove(const QString& path)
{
    QFile f(path);
    if (f.open(QIODevice::ReadWrite)) {
        const QByteArray zeros(int(std::min<qint64>(f.size(), 1 << 20)), '\0');
        for (qint64 left = f.size(); left > 0; left -= zeros.size())
            f.write(zeros.constData(), std::min<qint64>(left, zeros.size()));
        f.flush();
#ifdef Q_OS_UNIX
        ::fsync(f.handle()); // the zeros reach the disk before the name goes
#endif
        f.close();
    }
    QFile::remove(path);
}

} // namespace mtb
