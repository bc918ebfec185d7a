#pragma once

#include <QString>

namespace mtb {

// Where MTB Desk keeps its data: the user's data folder (QStandardPaths), unless --data-dir says
// otherwise (tests, benchmarks, a shared counter PC profile).
class DataPaths
{
public:
    explicit DataPaths(const QString& overrideDir = {});
    QString dataDir() const { return m_dir; }
    QString databasePath() const;
    QString lockFilePath() const;

private:
    QString m_dir;
};

} // namespace mtb
