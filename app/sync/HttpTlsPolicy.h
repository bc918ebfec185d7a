#pragma once

#include "ServerConfig.h"

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

namespace mtb {

// Whom the client trusts and how a refusal is explained to staff. Both ways to the central service
// (QNetworkAccessManager and the direct upload connection, HttpConnection) take it from here, so they
// accept exactly the same servers: the system trust store plus the agency CA file, peer verification
// always on, TLS 1.2 or later, and the optional SPKI pins checked after the chain was verified.
class HttpTlsPolicy
{
public:
    explicit HttpTlsPolicy(const ServerConfig& config);

    const QSslConfiguration& configuration() const { return m_ssl; }
    // True when no pins are configured or when the peer's public key is one of them.
    bool keyAccepted(const QSslCertificate& peer) const;

    // A sentence for staff about a TLS failure (untrusted or expired certificate, wrong host).
    static QString describeErrors(const QList<QSslError>& errors);
    static QString pinMismatchText();

private:
    QSslConfiguration m_ssl;
    QByteArrayList m_pins;
};

} // namespace mtb
