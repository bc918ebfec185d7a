#include "TestPaths.h"

#include <QDir>

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

} // namespace mtb::test
