#pragma once

#include <QByteArrayList>
#include <QString>
#include <QUrl>

namespace mtb {

// Where the central service is and whom to trust. The system trust store is always used; an agency
// CA file adds the agency's own CA; SPKI pins (base64 SHA-256 of the server's public key) optionally
// restrict the accepted keys further. TLS errors are never ignored.
struct ServerConfig
{
    QUrl baseUrl;          // e.g. https://127.0.0.1:8443/api/v1
    QString caFile;        // optional PEM file with additional trusted CA certificates
    QByteArrayList spkiPins;
    int timeoutMs = 60000; // per request

    bool isValid() const { return baseUrl.isValid() && baseUrl.scheme() == u"https"; }
    // Settings first, then MTBDESK_SERVER_URL / MTBDESK_CA_FILE / MTBDESK_SPKI_PINS (comma separated).
    static ServerConfig fromSettingsAndEnvironment();
};

} // namespace mtb
