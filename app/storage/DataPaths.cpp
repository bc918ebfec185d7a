#include "DataPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace mtb {

DataPaths::DataPaths(const QString& overrideDir)
    : m_dir(overrideDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                  : QDir(overrideDir).absolutePath())
{
}

QString DataPaths::databasePath() const { return m_dir + QStringLiteral("/mtbdesk.sqlite"); }
QString DataPaths::lockFilePath() const { return m_dir + QStringLiteral("/mtbdesk.lock"); }

} // namespace mtb
