#pragma once

#include "PageDetector.h"

#include <opencv2/core.hpp>

#include <QtGlobal>

#include <deque>

namespace mtb {

// Decides when a page under a document camera (高拍仪) has been lying still long enough to be
// captured automatically, and keeps the same still page from being captured again and again.
// Pure logic: fed one detection per analysed frame, in the frame's own pixel coordinates.
class CaptureStability
{
public:
    struct Options
    {
        int windowMs = 800;             // the page must be found in every frame of this window...
        double steadyFraction = 0.015;  // ...with no corner moving more than this * frame diagonal
        double changeFraction = 0.08;   // after a capture: a corner moved this far = a new page
        int missingFramesToRearm = 3;   // after a capture: not found in this many frames = page taken away
    };

    CaptureStability() = default;
    explicit CaptureStability(const Options& options) : m_options(options) {}

    // One analysed frame: detection in frame pixels, monotonic timestamp in ms, the frame's size.
    // A timestamp that goes backwards starts a new window.
    void add(const Detection& detection, qint64 timestampMs, const cv::Size& frameSize);

    // A page was found in every frame for at least windowMs and its corners stayed within
    // steadyFraction of the frame diagonal over that time.
    bool steady() const;
    // steady() and the page differs from the last captured one (moved away, replaced, or removed).
    bool readyForAutoCapture() const { return m_armed && steady(); }
    bool armed() const { return m_armed; }

    // Call after every capture (automatic or manual): the page now lying there does not trigger
    // another automatic capture until it changes.
    void markCaptured();
    void reset(); // forget everything (e.g. another camera was opened); armed again

    // Largest corner movement over the current window, as a fraction of the frame diagonal (for display).
    double movement() const;
    const Options& options() const { return m_options; }

private:
    struct Sample
    {
        qint64 ms = 0;
        Quad corners;
    };
    static double maxCornerDistance(const Quad& a, const Quad& b);

    Options m_options;
    std::deque<Sample> m_window; // consecutive frames with a page, oldest first
    double m_diagonal = 0;
    qint64 m_lastMs = 0;
    bool m_haveLast = false;

    bool m_armed = true;
    bool m_haveCaptured = false;
    Quad m_captured;
    int m_missingSinceCapture = 0;
};

} // namespace mtb
