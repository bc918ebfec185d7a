#include "AutoReviewer.h"

#include "ApplicationStore.h"
#include "Workflow.h"

#include <QDateTime>

namespace mtb::sim {

AutoReviewer::AutoReviewer(ApplicationStore& store, int seconds, QObject* parent)
    : QObject(parent), m_store(store), m_seconds(seconds)
{
    // Check often enough that a step happens close to SECONDS after the last change.
    m_timer.setInterval(std::clamp(seconds * 1000 / 4, 200, 5000));
    connect(&m_timer, &QTimer::timeout, this, &AutoReviewer::step);
}

void AutoReviewer::start()
{
    m_timer.start();
}

void AutoReviewer::step()
{
    const qint64 due = QDateTime::currentMSecsSinceEpoch() - qint64(m_seconds) * 1000;
    const QStringList waiting{QStringLiteral("accepted"), QStringLiteral("resubmitted"),
                              QStringLiteral("initial_review"), QStringLiteral("expert_review")};
    Workflow workflow(m_store);
    const QString by = QStringLiteral("自动审核");
    for (const ApplicationStore::Record& r : m_store.waiting(waiting, due)) {
        if (r.status == u"accepted" || r.status == u"resubmitted") {
            workflow.apply(r.applNo, QStringLiteral("initial_review"), QString(), by);
        } else if (r.status == u"initial_review") {
            if (r.number % 5 == 0 && r.revision == 1)
                workflow.apply(r.applNo, QStringLiteral("return"),
                               QStringLiteral("请补充近半年的相关检查报告"), by);
            else
                workflow.apply(r.applNo, QStringLiteral("expert_review"), QString(), by);
        } else {
            workflow.apply(r.applNo, QStringLiteral("approve"), QStringLiteral("符合认定标准"), by);
        }
    }
}

} // namespace mtb::sim
