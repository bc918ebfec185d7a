#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mtb::test {

namespace {
QString baseDir()
{
    const QString base = qEnvironmentVariable("MTB_TEST_TMP", QDir::tempPath());
    QDir().mkpath(base);
    return base + QStringLiteral("/mtbtest-XXXXXX");
}
} // namespace

TempDataDir::TempDataDir() : m_dir(baseDir())
{
    m_dir.setAutoRemove(!qEnvironmentVariableIsSet("MTB_KEEP_TEST_FILES"));
}

QByteArray readFileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFileBytes(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace mtb::test
