#pragma once

#include <QString>
#include <QTemporaryDir>

namespace mtb::test {

// A fresh folder per test under the build tree (MTB_TEST_TMP), so that a failing test leaves its
// files behind for inspection when MTB_KEEP_TEST_FILES is set, and nothing lands in the user's data.
class TempDataDir
{
public:
    TempDataDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

// Whole-file helpers for tests that inspect or damage files byte by byte.
QByteArray readFileBytes(const QString& path);           // empty when unreadable
bool writeFileBytes(const QString& path, const QByteArray& bytes); // creates the folder

} // namespace mtb::test
