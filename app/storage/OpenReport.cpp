#include "OpenReport.h"

#include <QCoreApplication>
#include <QDir>

namespace mtb {

QString OpenReport::userMessage() const
{
    const QString file = QDir::toNativeSeparators(path);
    switch (outcome) {
    case Outcome::Opened:
    case Outcome::Created:
        return {};
    case Outcome::RecoveredFromCorrupt:
        return tr("The local database %1 was damaged. It has been kept unchanged as %2 for your IT support, "
                  "and a new empty database was started. Drafts in the damaged file are not shown.")
            .arg(file, QDir::toNativeSeparators(preservedPath));
    case Outcome::Locked:
        return tr("The local database %1 is in use by another program (is MTB Desk already running?). "
                  "Nothing was changed. Close the other program and try again.")
            .arg(file);
    case Outcome::Unreadable:
        return tr("The local database %1 cannot be read or written (%2). Nothing was changed. "
                  "Check the folder's permissions and free disk space.")
            .arg(file, detail);
    case Outcome::TooNew:
        return tr("The local database %1 was written by a newer version of MTB Desk. Nothing was changed. "
                  "Please install the newer version.")
            .arg(file);
    case Outcome::WrongKey:
        return tr("The local database %1 was encrypted with a different key than the one that was unlocked "
                  "(is keyvault.json from another computer or an old backup?). Nothing was changed. Restore "
                  "this folder's own keyvault.json.")
            .arg(file);
    case Outcome::Failed:
        break;
    }
    return tr("The local database %1 could not be opened (%2). Nothing was changed.").arg(file, detail);
}

} // namespace mtb
