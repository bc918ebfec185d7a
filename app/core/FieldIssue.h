#pragma once

#include <QList>
#include <QString>

namespace mtb {

// One validation finding, attached to a form field by its national field name (e.g. "certno").
struct FieldIssue
{
    enum class Severity { Warning, Error };
    QString field;
    Severity severity = Severity::Error;
    QString message; // already translated into the UI language
};

inline bool hasErrors(const QList<FieldIssue>& issues)
{
    for (const FieldIssue& i : issues) {
        if (i.severity == FieldIssue::Severity::Error)
            return true;
    }
    return false;
}

} // namespace mtb
