#include "CatalogStore.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace mtb {

namespace {
bool readCatalog(const QString& path, Catalog* out, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    return out->loadFromJson(f.readAll(), error);
}
} // namespace

CatalogStore::CatalogStore(const QString& dataDir) : m_dataDir(dataDir) {}

QString CatalogStore::bundledPath() { return QStringLiteral(":/mtb/catalog/catalog.json"); }

QString CatalogStore::installedPath() const { return m_dataDir + QStringLiteral("/catalog/catalog.json"); }

bool CatalogStore::load()
{
    m_warnings.clear();
    Catalog bundled;
    QString error;
    const bool haveBundled = readCatalog(bundledPath(), &bundled, &error);
    if (!haveBundled)
        m_warnings << QStringLiteral("bundled catalogue unusable: %1").arg(error);

    Catalog installed;
    bool haveInstalled = false;
    if (QFile::exists(installedPath())) {
        haveInstalled = readCatalog(installedPath(), &installed, &error);
        if (!haveInstalled)
            m_warnings << QStringLiteral("%1 skipped: %2").arg(installedPath(), error);
    }

    if (haveInstalled && (!haveBundled || installed.revision() > bundled.revision())) {
        m_catalog = installed;
        m_sourcePath = installedPath();
        return true;
    }
    if (haveBundled) {
        m_catalog = bundled;
        m_sourcePath = bundledPath();
        return true;
    }
    return false;
}

bool CatalogStore::install(const QByteArray& json, QString* error)
{
    Catalog candidate;
    if (!candidate.loadFromJson(json, error))
        return false;
    if (!m_catalog.isEmpty() && candidate.revision() <= m_catalog.revision()) {
        *error = QStringLiteral("revision %1 is not newer than %2").arg(candidate.revision()).arg(m_catalog.revision());
        return false;
    }
    QDir().mkpath(m_dataDir + QStringLiteral("/catalog"));
    QSaveFile file(installedPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    m_catalog = candidate;
    m_sourcePath = installedPath();
    return true;
}

} // namespace mtb
