// CaptureStability: when a page under the document camera counts as "lying still", and why the same
// still page is not captured twice. Frames arrive every 80 ms (12.5 fps, like the preview).
#include "CaptureStability.h"

#include <QTest>

using namespace mtb;

namespace {

const cv::Size kFrame(640, 480); // diagonal 800 px: 1.5% = 12 px, 8% = 64 px
constexpr qint64 kStepMs = 80;

Detection page(float dx = 0, float dy = 0)
{
    Detection d;
    d.found = true;
    d.corners = Quad{{cv::Point2f(120 + dx, 60 + dy), cv::Point2f(520 + dx, 70 + dy), cv::Point2f(510 + dx, 430 + dy),
                      cv::Point2f(110 + dx, 420 + dy)}};
    d.confidence = 0.9;
    return d;
}

Detection nothing()
{
    Detection d;
    d.corners = Quad::fromRect(kFrame);
    return d;
}

} // namespace

class TestCaptureStability : public QObject
{
    Q_OBJECT
private slots:
    void steadyAfterTheWindowOfStillFrames();
    void notSteadyWhileMoving();
    void slowDriftIsNotSteady();
    void smallJitterIsSteady();
    void noSecondAutoCaptureUntilThePageChanges();
    void removingThePageRearms();
    void manualCaptureAlsoBlocksAutoCapture();
    void pageNotFoundBreaksSteadiness();
    void clockGoingBackStartsOver();

private:
    // Feeds `frames` frames of `d` from m_ms on; returns whether it was steady after the last one.
    bool feed(const Detection& d, int frames)
    {
        for (int i = 0; i < frames; ++i) {
            m_s.add(d, m_ms, kFrame);
            m_ms += kStepMs;
        }
        return m_s.steady();
    }
    CaptureStability m_s;
    qint64 m_ms = 1000;
};

void TestCaptureStability::steadyAfterTheWindowOfStillFrames()
{
    m_s = CaptureStability();
    QCOMPARE(m_s.options().windowMs, 800);
    QVERIFY(!feed(page(), 1));
    QVERIFY(!feed(page(), 9)); // 10 frames = 720 ms since the first: window not covered yet
    QVERIFY(!m_s.readyForAutoCapture());
    QVERIFY(feed(page(), 1));  // 11 frames = 800 ms
    QVERIFY(m_s.readyForAutoCapture());
    QVERIFY(m_s.movement() < 1e-9);
    QVERIFY(feed(page(), 20)); // stays steady
}

void TestCaptureStability::notSteadyWhileMoving()
{
    m_s = CaptureStability();
    // Sliding the page in at 20 px per frame: never steady, however long it lasts.
    for (int i = 0; i < 40; ++i) {
        m_s.add(page(float(i) * 20 - 400, 0), m_ms, kFrame);
        m_ms += kStepMs;
        QVERIFY2(!m_s.steady(), qPrintable(QStringLiteral("frame %1").arg(i)));
    }
    // Stops where the last frame was: steady a full window after that frame, not before.
    QVERIFY(!feed(page(380, 0), 9));
    QVERIFY(feed(page(380, 0), 1));
}

void TestCaptureStability::slowDriftIsNotSteady()
{
    m_s = CaptureStability();
    // 1.5 px per frame is small frame-to-frame but adds up to 15 px (> 12) over the window.
    bool everSteady = false;
    for (int i = 0; i < 40; ++i) {
        m_s.add(page(float(i) * 1.5f, 0), m_ms, kFrame);
        m_ms += kStepMs;
        everSteady = everSteady || m_s.steady();
    }
    QVERIFY(!everSteady);
}

void TestCaptureStability::smallJitterIsSteady()
{
    m_s = CaptureStability();
    // Detector noise of +-3 px around a fixed position.
    for (int i = 0; i < 12; ++i) {
        m_s.add(page(i % 2 ? 3.f : -3.f, i % 3 ? 2.f : -2.f), m_ms, kFrame);
        m_ms += kStepMs;
    }
    QVERIFY(m_s.steady());
    QVERIFY(m_s.movement() > 0);
    QVERIFY(m_s.movement() < 0.015);
}

void TestCaptureStability::noSecondAutoCaptureUntilThePageChanges()
{
    m_s = CaptureStability();
    QVERIFY(feed(page(), 11));
    QVERIFY(m_s.readyForAutoCapture());
    m_s.markCaptured();
    QVERIFY(!m_s.armed());
    // The page stays: steady, but not to be captured again, however long it lies there.
    QVERIFY(feed(page(), 50));
    QVERIFY(!m_s.readyForAutoCapture());
    // Nudged a little (< 8%): still the same page.
    QVERIFY(feed(page(20, 10), 20));
    QVERIFY(!m_s.readyForAutoCapture());
    // The next page is laid down clearly elsewhere (> 8% of 800 px = 64 px): armed again, but only
    // captured once it has been still for a whole window.
    QVERIFY(!feed(page(90, 0), 1));
    QVERIFY(m_s.armed());
    QVERIFY(!m_s.readyForAutoCapture());
    QVERIFY(!feed(page(90, 0), 9));
    QVERIFY(feed(page(90, 0), 1));
    QVERIFY(m_s.readyForAutoCapture());
}

void TestCaptureStability::removingThePageRearms()
{
    m_s = CaptureStability();
    QVERIFY(feed(page(), 11));
    m_s.markCaptured();
    // One frame without a page (a hand passing, detector flicker) is not enough...
    m_s.add(nothing(), m_ms, kFrame);
    m_ms += kStepMs;
    QVERIFY(!m_s.armed());
    QVERIFY(feed(page(), 20));
    QVERIFY(!m_s.readyForAutoCapture());
    // ...the page taken away for three frames is: the next page in the same place is captured.
    for (int i = 0; i < 3; ++i) {
        m_s.add(nothing(), m_ms, kFrame);
        m_ms += kStepMs;
    }
    QVERIFY(m_s.armed());
    QVERIFY(!feed(page(), 10));
    QVERIFY(feed(page(), 1));
    QVERIFY(m_s.readyForAutoCapture());
}

void TestCaptureStability::manualCaptureAlsoBlocksAutoCapture()
{
    m_s = CaptureStability();
    QVERIFY(!feed(page(), 5)); // Space pressed before the page settled
    m_s.markCaptured();
    QVERIFY(feed(page(), 20));
    QVERIFY(!m_s.readyForAutoCapture());
    // Captured with no page in view (nothing to compare with): the next page found arms again.
    m_s = CaptureStability();
    feed(nothing(), 2);
    m_s.markCaptured();
    QVERIFY(feed(page(), 11));
    QVERIFY(m_s.readyForAutoCapture());
}

void TestCaptureStability::pageNotFoundBreaksSteadiness()
{
    m_s = CaptureStability();
    QVERIFY(feed(page(), 15));
    m_s.add(nothing(), m_ms, kFrame);
    m_ms += kStepMs;
    QVERIFY(!m_s.steady());
    QVERIFY(!m_s.readyForAutoCapture());
    // The window starts again at the next frame with a page.
    QVERIFY(!feed(page(), 10));
    QVERIFY(feed(page(), 1));
}

void TestCaptureStability::clockGoingBackStartsOver()
{
    m_s = CaptureStability();
    QVERIFY(feed(page(), 15));
    m_ms = 0; // another camera, another clock
    QVERIFY(!feed(page(), 1));
    QVERIFY(!feed(page(), 9));
    QVERIFY(feed(page(), 1));
}

QTEST_GUILESS_MAIN(TestCaptureStability)
#include "test_capture_stability.moc"
