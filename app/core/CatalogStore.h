#pragma once

#include "Catalog.h"

#include <QString>

namespace mtb {

// Chooses which catalogue to use: the copy bundled with the program, or a newer one installed into
// the data folder (later downloaded from the central service). The newer revision wins; a broken
// installed copy is reported and the bundled one is used, so a bad download never stops the counter.
class CatalogStore
{
public:
    explicit CatalogStore(const QString& dataDir);

    // Loads the best available catalogue. Returns false only when no usable catalogue exists at all.
    bool load();

    const Catalog& catalog() const { return m_catalog; }
    QString sourcePath() const { return m_sourcePath; }
    // Untranslated problems with an installed copy that was skipped (for the log and the about box).
    QStringList warnings() const { return m_warnings; }

    // Installs a newer catalogue document atomically. Refuses documents that do not parse or whose
    // revision is not newer than the current one.
    bool install(const QByteArray& json, QString* error);

    QString installedPath() const;
    static QString bundledPath();

private:
    QString m_dataDir;
    Catalog m_catalog;
    QString m_sourcePath;
    QStringList m_warnings;
};

} // namespace mtb
