#include "PageDetector.h"

#include "DetectCandidates.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace mtb {

namespace {

// Any input (gray, BGRA, 16-bit, float) as 8-bit BGR.
cv::Mat toBgr8(const cv::Mat& in)
{
    cv::Mat m = in;
    if (m.depth() != CV_8U) {
        double mn = 0, mx = 0;
        cv::minMaxLoc(m.reshape(1), &mn, &mx);
        double scale = 1, shift = 0;
        if (m.depth() == CV_16U) scale = 1.0 / 257.0;
        else if (m.depth() == CV_32F || m.depth() == CV_64F) { scale = mx <= 1.0 + 1e-6 ? 255.0 : (mx > mn ? 255.0 / (mx - mn) : 1); shift = mx <= 1.0 + 1e-6 ? 0 : -mn * scale; }
        else if (mx > mn) { scale = 255.0 / (mx - mn); shift = -mn * scale; }
        cv::Mat c;
        m.convertTo(c, CV_MAKETYPE(CV_8U, m.channels()), scale, shift);
        m = c;
    }
    cv::Mat out;
    switch (m.channels()) {
    case 1: cv::cvtColor(m, out, cv::COLOR_GRAY2BGR); break;
    case 3: out = m; break;
    case 4: cv::cvtColor(m, out, cv::COLOR_BGRA2BGR); break;
    default: {
        std::vector<cv::Mat> ch;
        cv::split(m, ch);
        cv::merge(std::vector<cv::Mat>{ch[0], ch[std::min<size_t>(1, ch.size() - 1)], ch[std::min<size_t>(2, ch.size() - 1)]}, out);
    }
    }
    return out;
}

} // namespace

Detection PageDetector::detect(const cv::Mat& input) const
{
    Detection d;
    d.corners = Quad::fromRect(input.size());
    if (input.empty() || input.cols < 16 || input.rows < 16)
        return d;
    const cv::Mat bgr = toBgr8(input);
    const detect::Result r = detect::findPage(bgr);
    if (!r.found)
        return d;
    d.found = true;
    d.corners = r.corners;
    d.complete = r.complete;
    d.confidence = r.confidence;
    return d;
}

} // namespace mtb
