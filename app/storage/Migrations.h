#pragma once

#include <QSqlDatabase>
#include <QString>

namespace mtb {

// Numbered schema migrations. Each runs in its own transaction together with the user_version bump,
// so a crash between two migrations leaves a consistent, lower-versioned database.
class Migrations
{
public:
    static constexpr int kLatest = 10;

    static int currentVersion(QSqlDatabase& db);
    // Migrates from the current version up to `target` (tests use a lower target to build old schemas).
    static bool migrate(QSqlDatabase& db, int target, QString* error);
};

} // namespace mtb
