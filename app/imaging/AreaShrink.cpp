#include "AreaShrink.h"

#include <opencv2/imgproc.hpp>

namespace mtb {

cv::Mat shrinkArea(const cv::Mat& src, cv::Size target, cv::Size* covered)
{
    cv::Mat cur = src;
    int factor = 1;
    while (cur.cols >= 2 * target.width && cur.rows >= 2 * target.height && cur.cols >= 4 && cur.rows >= 4) {
        cv::Mat half;
        cv::resize(cur(cv::Rect(0, 0, cur.cols / 2 * 2, cur.rows / 2 * 2)), half,
                   cv::Size(cur.cols / 2, cur.rows / 2), 0, 0, cv::INTER_AREA);
        cur = half;
        factor *= 2;
    }
    if (covered)
        *covered = cv::Size(cur.cols * factor, cur.rows * factor);
    if (cur.size() == target)
        return cur.data == src.data ? cur.clone() : cur;
    cv::Mat out;
    cv::resize(cur, out, target, 0, 0, cv::INTER_AREA);
    return out;
}

} // namespace mtb
