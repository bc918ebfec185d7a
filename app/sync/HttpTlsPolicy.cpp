#include "HttpTlsPolicy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslKey>

namespace mtb {

HttpTlsPolicy::HttpTlsPolicy(const ServerConfig& config)
    : m_ssl(QSslConfiguration::defaultConfiguration()), m_pins(config.spkiPins) // the system trust store
{
    if (!config.caFile.isEmpty()) {
        QList<QSslCertificate> cas = m_ssl.caCertificates();
        cas << QSslCertificate::fromPath(config.caFile, QSsl::Pem);
        m_ssl.setCaCertificates(cas);
    }
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
}

bool HttpTlsPolicy::keyAccepted(const QSslCertificate& peer) const
{
    if (m_pins.isEmpty())
        return true;
    const QByteArray spki =
        QCryptographicHash::hash(peer.publicKey().toDer(), QCryptographicHash::Sha256).toBase64();
    return m_pins.contains(spki);
}

// The strings keep the "ApiClient" context they were first translated in.
QString HttpTlsPolicy::describeErrors(const QList<QSslError>& errors)
{
    for (const QSslError& e : errors) {
        switch (e.error()) {
        case QSslError::CertificateExpired:
            return QCoreApplication::translate("ApiClient", "The central service's certificate has expired. "
                                                            "Nothing was sent. Tell your IT support.");
        case QSslError::CertificateNotYetValid:
            return QCoreApplication::translate("ApiClient",
                                               "The central service's certificate is not valid yet: "
                                               "check this PC's date and time.");
        case QSslError::HostNameMismatch:
            return QCoreApplication::translate("ApiClient",
                                               "The certificate does not belong to this server "
                                               "address. Nothing was sent. Tell your IT support.");
        default:
            break;
        }
    }
    return QCoreApplication::translate("ApiClient",
                                       "The central service's certificate is not trusted on this PC. "
                                       "Nothing was sent. Tell your IT support (the agency CA may "
                                       "be missing).");
}

QString HttpTlsPolicy::pinMismatchText()
{
    return QCoreApplication::translate("ApiClient", "The central service presented an unexpected key "
                                                    "(certificate pinning). Nothing was sent.");
}

} // namespace mtb
