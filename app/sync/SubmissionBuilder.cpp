#include "SubmissionBuilder.h"

#include "CanonicalJson.h"
#include "WireApplication.h"

namespace mtb {

OutboxItem SubmissionBuilder::build(const Application& application, const QList<PageRecord>& pages, const QDateTime& now)
{
    wire::WireApplication w{application, {}};
    for (const PageRecord& p : pages) {
        w.pages.append({p.material, p.processedSha256, p.processedFormat, p.widthMm, p.heightMm, p.issues,
                        p.overrideReason});
    }
    OutboxItem item;
    item.applicationUuid = application.uuid;
    item.revision = application.revision;
    item.applicationNumber = application.applicationNumber;
    item.payload = wire::CanonicalJson::serialize(w.toJson());
    item.nextAttemptAt = now;
    item.createdAt = now;
    item.updatedAt = now;
    return item;
}

} // namespace mtb
