#pragma once
// Generated pages for the imaging suites: deterministic, no files, no fonts (OpenCV's Hershey font).

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QByteArray>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>

#include <cmath>
#include <vector>

namespace mtb::test {

inline void sealOn(cv::Mat& page, cv::Point c, int r)
{
    const cv::Scalar red(40, 40, 210); // BGR
    cv::circle(page, c, r, red, std::max(2, r / 18), cv::LINE_AA);
    std::vector<cv::Point> star;
    for (int i = 0; i < 10; ++i) {
        const double a = -CV_PI / 2 + i * CV_PI / 5, rr = (i % 2 ? 0.16 : 0.4) * r;
        star.emplace_back(c.x + int(rr * std::cos(a)), c.y + int(rr * std::sin(a)));
    }
    cv::fillPoly(page, std::vector<std::vector<cv::Point>>{star}, red, cv::LINE_AA);
}

// An A4 page at `dpi`: white paper, lines of dark text, a table rule and a red seal (ring + star).
inline cv::Mat textPage(int dpi = 200, quint32 seed = 7, int lines = 40)
{
    const int w = int(210 / 25.4 * dpi + 0.5), h = int(297 / 25.4 * dpi + 0.5);
    cv::Mat page(h, w, CV_8UC3, cv::Scalar(245, 245, 245));
    QRandomGenerator rng(seed);
    const double scale = dpi / 200.0;
    const int margin = int(20 / 25.4 * dpi);
    const char* words[] = {"Diagnosis", "hypertension", "Patient", "ID", "510302", "Nanchong", "ward", "2024-03-05",
                           "dose", "mg", "daily", "review", "Central", "Hospital", "record", "signature"};
    int y = margin + int(30 * scale);
    for (int l = 0; l < lines && y < h - margin; ++l) {
        int x = margin;
        // Lines of varying length, like a record's paragraphs and form rows.
        const int lineEnd = w - margin - int(rng.bounded(45) / 100.0 * (w - 2 * margin));
        while (true) {
            const char* word = words[rng.bounded(16)];
            const int baseline = 0;
            int bl = baseline;
            const cv::Size s = cv::getTextSize(word, cv::FONT_HERSHEY_SIMPLEX, 0.75 * scale, std::max(1, int(2 * scale)), &bl);
            if (x + s.width > lineEnd)
                break;
            cv::putText(page, word, {x, y}, cv::FONT_HERSHEY_SIMPLEX, 0.75 * scale, cv::Scalar(30, 30, 30),
                        std::max(1, int(2 * scale)), cv::LINE_AA);
            x += s.width + int(14 * scale);
        }
        y += int(50 * scale);
        if (l == 10)
            cv::line(page, {margin, y - int(25 * scale)}, {w - margin, y - int(25 * scale)}, cv::Scalar(40, 40, 40), std::max(1, int(2 * scale)));
    }
    sealOn(page, {w - margin - int(170 * scale), h - margin - int(170 * scale)}, int(150 * scale));
    return page;
}

// The seal's star centre for a page made by textPage(dpi).
inline cv::Point sealCentre(int dpi = 200)
{
    const double scale = dpi / 200.0;
    const int w = int(210 / 25.4 * dpi + 0.5), h = int(297 / 25.4 * dpi + 0.5), margin = int(20 / 25.4 * dpi);
    return {w - margin - int(170 * scale), h - margin - int(170 * scale)};
}

// Multiplies by a left-to-right / top-to-bottom lighting gradient from `lo` to 1.
inline cv::Mat unevenLight(const cv::Mat& page, double lo = 0.45)
{
    cv::Mat gain(page.size(), CV_32F);
    for (int y = 0; y < page.rows; ++y)
        for (int x = 0; x < page.cols; ++x)
            gain.at<float>(y, x) = float(lo + (1 - lo) * (0.5 * x / page.cols + 0.5 * (page.rows - y) / double(page.rows)));
    cv::Mat f, g3, out;
    page.convertTo(f, CV_32F);
    cv::Mat ch[] = {gain, gain, gain};
    cv::merge(ch, 3, g3);
    cv::multiply(f, g3, f);
    f.convertTo(out, CV_8U);
    return out;
}

// Defocus: convolution with a uniform disk of `radius` pixels.
inline cv::Mat diskBlur(const cv::Mat& page, int radius)
{
    if (radius <= 0)
        return page.clone();
    cv::Mat k = cv::Mat::zeros(2 * radius + 1, 2 * radius + 1, CV_32F);
    cv::circle(k, {radius, radius}, radius, cv::Scalar(1), cv::FILLED, cv::LINE_8);
    k /= cv::sum(k)[0];
    cv::Mat out;
    cv::filter2D(page, out, -1, k, {-1, -1}, 0, cv::BORDER_REPLICATE);
    return out;
}

inline cv::Mat addNoise(const cv::Mat& page, double sigma, int seed = 1)
{
    cv::Mat noise(page.size(), CV_16SC3);
    cv::RNG rng(seed);
    rng.fill(noise, cv::RNG::NORMAL, 0, sigma);
    cv::Mat s, out;
    page.convertTo(s, CV_16SC3);
    s += noise;
    s.convertTo(out, CV_8UC3);
    return out;
}

inline cv::Mat jpegRoundTrip(const cv::Mat& page, int quality = 75)
{
    std::vector<uchar> buf;
    cv::imencode(".jpg", page, buf, {cv::IMWRITE_JPEG_QUALITY, quality});
    return cv::imdecode(buf, cv::IMREAD_COLOR);
}

inline QByteArray encodeBytes(const cv::Mat& image, const char* ext, const std::vector<int>& params = {})
{
    std::vector<uchar> buf;
    cv::imencode(ext, image, buf, params);
    return QByteArray(reinterpret_cast<const char*>(buf.data()), qsizetype(buf.size()));
}

// A two-page A4 PDF written by Qt: a black block (page 1) and a red one (page 2) at (50, 50) pt,
// 200 x 100 pt.
inline void writeTwoPagePdf(const QString& path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    painter.fillRect(QRect(50, 50, 200, 100), Qt::black);
    writer.newPage();
    painter.fillRect(QRect(50, 50, 200, 100), Qt::red);
}

} // namespace mtb::test
