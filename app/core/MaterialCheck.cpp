#include "MaterialCheck.h"

#include <algorithm>

namespace mtb {

QStringList MaterialCheck::requiredMaterials(const Application& a) const
{
    QStringList out;
    for (const DiseaseLine& line : a.diseases) {
        if (const Disease* d = m_catalog.disease(line.code))
            out << d->requiredMaterials;
    }
    if (const Channel* c = m_catalog.channel(a.acceptance.channel))
        out << c->requiredMaterials;
    if (a.agent.enabled)
        out << QStringLiteral("power_of_attorney");
    out.removeDuplicates();
    // Keep the catalogue's slot order, so messages and the panel list them the same way.
    QStringList ordered;
    for (const CodeEntry& m : m_catalog.materialTypes()) {
        if (out.contains(m.code))
            ordered << m.code;
    }
    for (const QString& code : out) {
        if (!ordered.contains(code))
            ordered << code;
    }
    return ordered;
}

QList<FieldIssue> MaterialCheck::check(const Application& a, const QList<PageState>& pages) const
{
    QList<FieldIssue> out;
    const QString field = QStringLiteral("materials");
    QStringList missing;
    for (const QString& code : requiredMaterials(a)) {
        const bool present = std::any_of(pages.begin(), pages.end(), [&](const PageState& p) { return p.material == code; });
        if (!present) {
            const auto types = m_catalog.materialTypes();
            const auto it = std::find_if(types.begin(), types.end(), [&](const CodeEntry& e) { return e.code == code; });
            missing << (it != types.end() ? it->name : code);
        }
    }
    if (!missing.isEmpty())
        out.append({field, FieldIssue::Severity::Error, tr("Missing material: %1.").arg(missing.join(QStringLiteral("、")))});
    int flagged = 0;
    for (const PageState& p : pages)
        flagged += (!p.issues.isEmpty() && !p.accepted) ? 1 : 0;
    if (flagged > 0)
        out.append({field, FieldIssue::Severity::Error,
                    tr("%n page(s) did not pass the quality check: retake them, or accept them with a reason.", nullptr,
                       flagged)});
    const int unchecked = uncheckedOutlines(pages);
    if (unchecked > 0)
        out.append({field, FieldIssue::Severity::Warning,
                    tr("%n page(s) have an outline the scanner was unsure of that nobody has checked: open them and "
                       "check the corners.",
                       nullptr, unchecked)});
    return out;
}

int MaterialCheck::uncheckedOutlines(const QList<PageState>& pages)
{
    return int(std::count_if(pages.begin(), pages.end(), [](const PageState& p) { return p.outlineToCheck; }));
}

} // namespace mtb
