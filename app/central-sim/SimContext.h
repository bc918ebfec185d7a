#pragma once

#include "Accounts.h"
#include "ApplicationStore.h"
#include "BlobStore.h"
#include "Faults.h"
#include "ServerCatalog.h"
#include "Sessions.h"
#include "SimDatabase.h"

#include <QHash>
#include <QString>

namespace mtb::sim {

// Counters for GET /admin/stats, since the start of this process.
struct RequestStats
{
    QHash<QString, int> requests; // "POST /applications" -> count (routes as patterns, not paths)
    int replays = 0;              // answers with Idempotent-Replay: true
    int faultsInjected = 0;
};

// Everything the route handlers share. One per server process; single-threaded like the server.
struct SimContext
{
    SimContext(SimDatabase& database, int accessTtl, int refreshTtl)
        : db(database), accounts(database.connection()),
          sessions(database.connection(), accessTtl, refreshTtl),
          blobs(database.connection(), database.dataDir()), applications(database.connection())
    {
    }

    SimDatabase& db;
    Accounts accounts;
    Sessions sessions;
    BlobStore blobs;
    ApplicationStore applications;
    ServerCatalog catalog;
    Faults faults;
    RequestStats stats;
};

} // namespace mtb::sim
