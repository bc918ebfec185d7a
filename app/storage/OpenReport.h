#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace mtb {

// What happened when the database was opened, for the user and for the log.
struct OpenReport
{
    Q_DECLARE_TR_FUNCTIONS(OpenReport)
public:
    enum class Outcome {
        Opened,               // existing database, healthy
        Created,              // no database yet; a new one was made
        RecoveredFromCorrupt, // the damaged file was kept aside at preservedPath; a new one was made
        Locked,               // another program holds the file; nothing was touched
        Unreadable,           // permissions or I/O; nothing was touched
        TooNew,               // written by a newer MTB Desk; nothing was touched
        WrongKey,             // encrypted under another data key (another vault); nothing was touched
        Failed,               // anything else; nothing was touched
    };
    Outcome outcome = Outcome::Failed;
    QString path;
    QString preservedPath;
    QString detail; // SQLite's own words, untranslated, for support staff
    int fromVersion = 0;
    int toVersion = 0;

    bool usable() const
    {
        return outcome == Outcome::Opened || outcome == Outcome::Created ||
               outcome == Outcome::RecoveredFromCorrupt;
    }
    // A sentence for the user, in the UI language, naming the file.
    QString userMessage() const;
};

} // namespace mtb

Q_DECLARE_METATYPE(mtb::OpenReport)
