#include "AuditDetailText.h"

#include "QualityIssueLabel.h"

#include <QRegularExpression>
#include <QStringList>

namespace mtb {

namespace {

QString issueLabels(const QString& keys)
{
    QStringList labels;
    for (const QString& key : keys.split(u',', Qt::SkipEmptyParts))
        labels << QualityIssueLabel::of(key);
    return labels.join(QStringLiteral(", "));
}

} // namespace

QString AuditDetailText::render(const QString& stored)
{
    // The phrases written by the desk (app/storage/DraftWorker*.cpp, ui/MainWindow*.cpp,
    // ui/MaterialsPanel.cpp, app/storage/RetentionPurge.cpp, app/cli).
    if (stored == u"form")
        return tr("Application form fields");
    if (stored == u"pages")
        return tr("Materials (pages)");
    if (stored == u"application form")
        return tr("Application form");
    if (stored == u"online")
        return tr("Online");
    if (stored == u"offline")
        return tr("Offline (checked on this computer)");
    if (stored == u"lock screen: take-over")
        return tr("Lock screen: another staff member took over");

    static const QRegularExpression lockScreen(QStringLiteral("^lock screen: (.+)$"));
    static const QRegularExpression pageRemoved(QStringLiteral("^page removed: (\\S+)$"));
    static const QRegularExpression revision(QStringLiteral("^revision=(\\d+)$"));
    static const QRegularExpression entries(QStringLiteral("^entries=(\\d+)$"));
    static const QRegularExpression entriesFormat(QStringLiteral("^entries=(\\d+) format=(\\w*)$"));
    static const QRegularExpression overridden(QStringLiteral("^page=(\\S+) material=(\\S+) issues=(\\S*)$"));
    static const QRegularExpression pdf(QStringLiteral("^pdf material=(\\S+) pages=(\\d+)$"));
    static const QRegularExpression purged(
        QStringLiteral("^confirmed, unchanged for (\\d+)\\+ days; pages=(\\d+)$"));
    static const QRegularExpression cli(QStringLiteral("^cli (.+)$"));
    QRegularExpressionMatch m;
    if ((m = lockScreen.match(stored)).hasMatch())
        return tr("Lock screen: %1").arg(m.captured(1));
    if ((m = pageRemoved.match(stored)).hasMatch())
        return tr("Page removed: %1").arg(m.captured(1));
    if ((m = revision.match(stored)).hasMatch())
        return tr("Revision %1").arg(m.captured(1));
    if ((m = entries.match(stored)).hasMatch())
        return tr("%n entries", nullptr, m.captured(1).toInt());
    if ((m = entriesFormat.match(stored)).hasMatch())
        return tr("%n entries, as %1", nullptr, m.captured(1).toInt()).arg(m.captured(2).toUpper());
    if ((m = overridden.match(stored)).hasMatch())
        return tr("Page %1 (%2): %3").arg(m.captured(1), m.captured(2), issueLabels(m.captured(3)));
    if ((m = pdf.match(stored)).hasMatch())
        return tr("PDF of %1, %n page(s)", nullptr, m.captured(2).toInt()).arg(m.captured(1));
    if ((m = purged.match(stored)).hasMatch())
        return tr("Confirmed and unchanged for %1 days or more; %n page(s) removed", nullptr,
                  m.captured(2).toInt())
            .arg(m.captured(1));
    if ((m = cli.match(stored)).hasMatch())
        return tr("Command line: %1").arg(m.captured(1));
    return stored;
}

} // namespace mtb
