#pragma once

#include <QCoreApplication>
#include <QString>

namespace mtb {

// The short name of a quality-gate key ("blur" → 模糊) for thumbnails and the audit log; the full
// sentence for staff is qualityIssueText(). Unknown keys are returned as they are.
class QualityIssueLabel
{
    Q_DECLARE_TR_FUNCTIONS(QualityIssueLabel)
public:
    static QString of(const QString& key);
};

} // namespace mtb
