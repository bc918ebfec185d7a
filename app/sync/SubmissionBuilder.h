#pragma once

#include "Application.h"
#include "OutboxItem.h"
#include "PageRecord.h"

namespace mtb {

// Freezes an application and its pages into the exact bytes that will be sent (canonical JSON of
// the docs/api.md body), as the outbox item of its revision.
class SubmissionBuilder
{
public:
    static OutboxItem build(const Application& application, const QList<PageRecord>& pages, const QDateTime& now);
};

} // namespace mtb
