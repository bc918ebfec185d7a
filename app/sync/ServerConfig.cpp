#include "ServerConfig.h"

#include <QSettings>

namespace mtb {

ServerConfig ServerConfig::fromSettingsAndEnvironment()
{
    QSettings s;
    ServerConfig c;
    const QString url = s.value(QStringLiteral("server/url"), qEnvironmentVariable("MTBDESK_SERVER_URL")).toString();
    c.baseUrl = QUrl(url);
    c.caFile = s.value(QStringLiteral("server/caFile"), qEnvironmentVariable("MTBDESK_CA_FILE")).toString();
    const QString pins = s.value(QStringLiteral("server/spkiPins"), qEnvironmentVariable("MTBDESK_SPKI_PINS")).toString();
    for (const QString& p : pins.split(u',', Qt::SkipEmptyParts))
        c.spkiPins << p.trimmed().toLatin1();
    return c;
}

} // namespace mtb
