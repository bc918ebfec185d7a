#pragma once

#include <QObject>
#include <QTimer>

namespace mtb::sim {

class ApplicationStore;

// --auto-review SECONDS: moves applications along accepted → initial_review → expert_review →
// approved, one step per SECONDS of quiet, so that a demo shows the whole life cycle. Every fifth
// application (by running number) is returned for more material at initial review on its first
// revision, so the return-and-resubmit flow can be shown too; a resubmission then goes through.
class AutoReviewer : public QObject
{
    Q_OBJECT
public:
    AutoReviewer(ApplicationStore& store, int seconds, QObject* parent = nullptr);
    void start();
    // One pass over the waiting applications (also used by tests through the timer).
    void step();

private:
    ApplicationStore& m_store;
    int m_seconds;
    QTimer m_timer;
};

} // namespace mtb::sim
