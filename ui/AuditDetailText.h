#pragma once

#include <QCoreApplication>
#include <QString>

namespace mtb {

// An audit entry's detail in the reader's language. Details are stored as short English phrases
// ("form", "revision=3", "page=… material=… issues=blur"): they are covered by the log's hash chain
// and exported as they are, so they must not depend on the UI language. Known phrases are rendered
// here for display; anything else is shown as stored.
class AuditDetailText
{
    Q_DECLARE_TR_FUNCTIONS(AuditDetailText)
public:
    static QString render(const QString& stored);
};

} // namespace mtb
