#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace mtb {

// The `detect` and `scan` subcommands of mtbdesk-cli (no database needed). JSON goes to `out`,
// problems to `err` in the user's language. Exit codes: 0 every input was read, 1 some input could
// not be read (its JSON object carries "error"; the others are processed as usual), 2 usage error.
class ImagingCommands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    ImagingCommands(QTextStream& out, QTextStream& err);
    int detect(const QStringList& args);
    int scan(const QStringList& args);

    static QString detectUsage();
    static QString scanUsage();

private:
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace mtb
