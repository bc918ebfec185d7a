#include "AuditChain.h"

#include "KeyRing.h"

#include <QCryptographicHash>
#include <QStringList>

namespace mtb::AuditChain {

namespace {
void field(QByteArray& out, const QString& value)
{
    const QByteArray bytes = value.toUtf8();
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
    out += '\n';
}
} // namespace

QString genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray canonical(const AuditEntry& e)
{
    QByteArray out("mtbdesk-audit-v1\n");
    field(out, QString::number(e.seq));
    field(out, e.at);
    field(out, e.actor);
    field(out, e.role);
    field(out, e.site);
    field(out, e.action);
    field(out, e.object);
    field(out, e.detail);
    field(out, e.prevHash);
    return out;
}

QString hashOf(const AuditEntry& entry)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical(entry), QCryptographicHash::Sha256).toHex());
}

QString headMac(const KeyRing& keys, qint64 seq, const QString& hash)
{
    const QByteArray message = "mtbdesk-audit-head-v1\n" + QByteArray::number(seq) + '\n' + hash.toLatin1();
    return QString::fromLatin1(keys.mac(KeyRing::Purpose::Audit, message).toHex());
}

QString encodeHead(const Head& head)
{
    return QString::number(head.seq) + u' ' + head.hash + u' ' +
           (head.mac.isEmpty() ? QStringLiteral("-") : head.mac);
}

std::optional<Head> decodeHead(const QString& text)
{
    const QStringList parts = text.split(u' ');
    if (parts.size() != 3)
        return std::nullopt;
    bool ok = false;
    Head head;
    head.seq = parts.at(0).toLongLong(&ok);
    if (!ok || head.seq < 0 || parts.at(1).size() != 64)
        return std::nullopt;
    head.hash = parts.at(1);
    head.mac = parts.at(2) == u"-" ? QString() : parts.at(2);
    return head;
}

} // namespace mtb::AuditChain
