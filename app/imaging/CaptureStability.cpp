#include "CaptureStability.h"

#include <algorithm>
#include <cmath>

namespace mtb {

double CaptureStability::maxCornerDistance(const Quad& a, const Quad& b)
{
    double d = 0;
    for (size_t i = 0; i < a.pts.size(); ++i) {
        const cv::Point2f v = a.pts[i] - b.pts[i];
        d = std::max(d, std::hypot(double(v.x), double(v.y)));
    }
    return d;
}

void CaptureStability::add(const Detection& detection, qint64 timestampMs, const cv::Size& frameSize)
{
    const double diagonal = std::hypot(double(frameSize.width), double(frameSize.height));
    if ((m_haveLast && timestampMs < m_lastMs) || std::abs(diagonal - m_diagonal) > 0.5) {
        m_window.clear(); // clock went back or the frame size changed: the old corners mean nothing
        m_diagonal = diagonal;
    }
    m_lastMs = timestampMs;
    m_haveLast = true;

    if (!detection.found || m_diagonal <= 0) {
        m_window.clear();
        if (!m_armed && ++m_missingSinceCapture >= m_options.missingFramesToRearm)
            m_armed = true;
        return;
    }

    if (!m_armed) {
        m_missingSinceCapture = 0;
        if (!m_haveCaptured || maxCornerDistance(detection.corners, m_captured) > m_options.changeFraction * m_diagonal)
            m_armed = true;
    }

    m_window.push_back({timestampMs, detection.corners});
    // Keep the newest sample at or before the window start, so that the window is fully covered.
    const qint64 start = timestampMs - m_options.windowMs;
    while (m_window.size() >= 2 && m_window[1].ms <= start)
        m_window.pop_front();
}

double CaptureStability::movement() const
{
    if (m_window.empty() || m_diagonal <= 0)
        return 0;
    const Quad& last = m_window.back().corners;
    double d = 0;
    for (const Sample& s : m_window)
        d = std::max(d, maxCornerDistance(s.corners, last));
    return d / m_diagonal;
}

bool CaptureStability::steady() const
{
    if (m_window.size() < 2)
        return false;
    if (m_window.back().ms - m_window.front().ms < m_options.windowMs)
        return false;
    return movement() < m_options.steadyFraction;
}

void CaptureStability::markCaptured()
{
    m_armed = false;
    m_missingSinceCapture = 0;
    m_haveCaptured = !m_window.empty();
    if (m_haveCaptured)
        m_captured = m_window.back().corners;
}

void CaptureStability::reset()
{
    m_window.clear();
    m_haveLast = false;
    m_armed = true;
    m_haveCaptured = false;
    m_missingSinceCapture = 0;
}

} // namespace mtb
