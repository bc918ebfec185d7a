// mtbdesk-pipeline-bench: figures for docs/scanning.md and docs/benchmarks.md (not a test; never fails
// on timing).
//   speed [N] [PHOTO.jpg]   12 MP phone photo of a page, one thread: decode + re-encode vs full pipeline
//   memory [PAGES] [DIR]    a PAGES-page scanned PDF streamed through the scan: peak RSS as it goes
//   sizes                   bytes per A4 page at 200 dpi in colour, gray and black-and-white
//   photo OUT.jpg           writes the generated 12 MP phone photo (to time other tools on the same input)
//   firsttouch              what fresh memory costs here: a 12 MP buffer filled the first time vs again
//   all                     the three in turn (default)
#include "ImageHeap.h"
#include "PagePipeline.h"
#include "PageSource.h"
#include "PdfWriter.h"
#include "ProcessStatus.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

using namespace mtb;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// A medical record page as printed: header, fields, a table, paragraphs of Chinese text, a red seal.
QImage renderRecord(int dpi, int seed)
{
    const int w = int(210 / 25.4 * dpi), h = int(297 / 25.4 * dpi);
    QImage img(w, h, QImage::Format_RGB888);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const double mm = dpi / 25.4;
    QFont title(QStringLiteral("Noto Sans CJK SC"));
    title.setPixelSize(int(6 * mm));
    title.setBold(true);
    p.setFont(title);
    p.drawText(QRectF(0, 15 * mm, w, 10 * mm), Qt::AlignCenter, QStringLiteral("南充市中心医院 门诊病历"));
    QFont body(QStringLiteral("Noto Serif CJK SC"));
    body.setPixelSize(int(3.7 * mm)); // 五号
    p.setFont(body);
    QRandomGenerator rng{quint32(seed)};
    const QString text = QStringLiteral("患者因反复头晕、头痛三年，加重一周就诊。既往有高血压病史，规律服用苯磺酸氨氯地平片，血压控制欠佳。"
                                        "查体：血压一百六十比一百毫米汞柱，心率八十二次每分，律齐，双肺呼吸音清。诊断：原发性高血压二级。");
    double y = 32 * mm;
    const QStringList fields{QStringLiteral("姓名：张伟  性别：男  年龄：58岁"), QStringLiteral("身份证号：511302196601011234"),
                             QStringLiteral("科室：心血管内科  就诊日期：2024年3月5日")};
    for (const QString& f : fields) {
        p.drawText(QPointF(20 * mm, y), f);
        y += 7 * mm;
    }
    p.setPen(QPen(Qt::black, 0.3 * mm));
    for (int r = 0; r <= 6; ++r)
        p.drawLine(QPointF(20 * mm, y + r * 7 * mm), QPointF(190 * mm, y + r * 7 * mm));
    for (double x : {20.0, 70.0, 120.0, 155.0, 190.0})
        p.drawLine(QPointF(x * mm, y), QPointF(x * mm, y + 42 * mm));
    for (int r = 0; r < 6; ++r)
        p.drawText(QPointF(22 * mm, y + (r + 0.75) * 7 * mm), QStringLiteral("检验项目 %1    %2 mmol/L").arg(r + 1).arg(4.0 + rng.bounded(30) / 10.0));
    y += 52 * mm;
    for (int line = 0; line < 26 && y < h - 40 * mm; ++line) {
        const int start = int(rng.bounded(text.size() - 46));
        p.drawText(QPointF(20 * mm, y), text.mid(start, 38 + int(rng.bounded(8))));
        y += 7.5 * mm;
    }
    // The hospital seal, over the text as seals are.
    const QPointF c(150 * mm, h - 55 * mm);
    p.setPen(QPen(QColor(210, 30, 35), 1.2 * mm));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(c, 20 * mm, 20 * mm);
    QPainterPath star;
    for (int i = 0; i < 10; ++i) {
        const double a = -M_PI / 2 + i * M_PI / 5, r = (i % 2 ? 2.6 : 6.5) * mm;
        const QPointF q(c.x() + r * std::cos(a), c.y() + r * std::sin(a));
        i ? star.lineTo(q) : star.moveTo(q);
    }
    star.closeSubpath();
    p.fillPath(star, QColor(210, 30, 35));
    return img;
}

cv::Mat toMat(const QImage& img)
{
    const QImage bgr = img.convertToFormat(QImage::Format_BGR888);
    return cv::Mat(bgr.height(), bgr.width(), CV_8UC3, const_cast<uchar*>(bgr.constBits()), size_t(bgr.bytesPerLine())).clone();
}

// The page photographed with a 12 MP phone (4032 x 3024, portrait): on a wooden-brown desk, tilted,
// the light falling off towards one corner, sensor noise, the phone's JPEG at quality 92.
QByteArray phonePhoto(Quad* truth)
{
    const cv::Mat page = toMat(renderRecord(300, 1));
    const cv::Size frame(3024, 4032);
    cv::Mat photo(frame, CV_8UC3, cv::Scalar(70, 95, 130));
    cv::randn(photo, cv::Scalar(70, 95, 130), cv::Scalar(12, 12, 12));
    const std::vector<cv::Point2f> src{{0, 0}, {float(page.cols), 0}, {float(page.cols), float(page.rows)}, {0, float(page.rows)}};
    // An A4 outline turned by 3 degrees, 3500 px along its long side (~300 dpi effective).
    std::vector<cv::Point2f> dst;
    const double a = 3 * CV_PI / 180, hw = 3500 / std::sqrt(2.0) / 2, hh = 3500 / 2.0;
    for (const cv::Point2d c : {cv::Point2d(-hw, -hh), cv::Point2d(hw, -hh), cv::Point2d(hw, hh), cv::Point2d(-hw, hh)})
        dst.emplace_back(float(1512 + c.x * std::cos(a) - c.y * std::sin(a)), float(2016 + c.x * std::sin(a) + c.y * std::cos(a)));
    cv::warpPerspective(page, photo, cv::getPerspectiveTransform(src, dst), frame, cv::INTER_AREA, cv::BORDER_TRANSPARENT);
    cv::Mat f;
    photo.convertTo(f, CV_32FC3);
    for (int y = 0; y < f.rows; ++y) {
        auto* row = f.ptr<cv::Vec3f>(y);
        for (int x = 0; x < f.cols; ++x)
            row[x] *= float(0.55 + 0.4 * (1.0 - 0.5 * x / f.cols - 0.5 * y / f.rows)) * 1.15f;
    }
    cv::Mat noise(f.size(), CV_32FC3);
    cv::randn(noise, 0, 3);
    f += noise;
    f.convertTo(photo, CV_8UC3);
    std::vector<uchar> buf;
    cv::imencode(".jpg", photo, buf, {cv::IMWRITE_JPEG_QUALITY, 92});
    *truth = Quad{{dst[0], dst[1], dst[2], dst[3]}};
    return QByteArray(reinterpret_cast<const char*>(buf.data()), qsizetype(buf.size()));
}

cv::Mat decode(const QByteArray& bytes)
{
    return cv::imdecode(cv::Mat(1, int(bytes.size()), CV_8U, const_cast<char*>(bytes.constData())), cv::IMREAD_COLOR);
}

int speed(int reps, const QString& photoPath)
{
    cv::setNumThreads(1);
    Quad truth;
    QByteArray jpeg;
    if (!photoPath.isEmpty()) {
        QFile f(photoPath);
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        jpeg = f.readAll();
    } else {
        jpeg = phonePhoto(&truth);
    }
    const cv::Mat probe = decode(jpeg);
    std::printf("speed: %dx%d JPEG (%.1f MB, q92), %d repetitions, cv::setNumThreads(1)\n", probe.cols, probe.rows,
                jpeg.size() / 1e6, reps);
    std::vector<double> base, baseDec, full, dec, det, rect, qual, enh, enc;
    qsizetype outBytes = 0;
    QString issues;
    for (int i = 0; i < reps; ++i) {
        QElapsedTimer t;
        t.start();
        cv::Mat img = decode(jpeg);
        const double d = t.nsecsElapsed() / 1e6;
        std::vector<uchar> buf;
        cv::imencode(".jpg", img, buf, {cv::IMWRITE_JPEG_QUALITY, 92});
        base.push_back(t.nsecsElapsed() / 1e6);

        t.restart();
        img = decode(jpeg);
        // The pipeline's own decode, not the one above: with the C library's allocator settings the two
        // differed by ~80 ms on the dev VM (docs/scanning.md, "Fresh memory per page").
        dec.push_back(t.nsecsElapsed() / 1e6);
        const ProcessedPage p = PagePipeline().process(img, PipelineOptions());
        full.push_back(t.nsecsElapsed() / 1e6);
        baseDec.push_back(d);
        det.push_back(p.msDetect);
        rect.push_back(p.msRectify);
        qual.push_back(p.msQuality);
        enh.push_back(p.msEnhance);
        enc.push_back(p.msEncode);
        outBytes = p.encoded.size();
        issues.clear();
        for (QualityIssue q : p.quality.issues)
            issues += qualityIssueKey(q) + u' ';
        if (i == 0) {
            double err = -1; // worst corner against the generated photo's truth (generated input only)
            if (photoPath.isEmpty())
                for (size_t k = 0; k < 4; ++k)
                    err = std::max(err, double(cv::norm(p.detection.corners.pts[k] - truth.pts[k])));
            std::printf("  detected: found=%d complete=%d, worst corner error %.2f px; output %dx%d, %lld bytes, issues: %s\n",
                        p.detection.found, p.detection.complete, err, p.output.cols, p.output.rows,
                        static_cast<long long>(outBytes), issues.isEmpty() ? "none" : qPrintable(issues));
        }
    }
    std::printf("  decode + re-encode (q92):  median %.1f ms (decode alone %.1f ms)\n", median(base), median(baseDec));
    std::printf("  full pipeline:             median %.1f ms = decode %.1f + detect %.1f + rectify %.1f + quality %.1f"
                " + enhance %.1f + encode %.1f\n",
                median(full), median(dec), median(det), median(rect), median(qual), median(enh), median(enc));
    std::printf("  ratio full / (decode + re-encode): %.2f (target <= 1.5)\n", median(full) / median(base));
    return 0;
}

int memory(int pages, const QString& dirArg)
{
    QTemporaryDir tmp;
    const QString dir = dirArg.isEmpty() ? tmp.path() : dirArg;
    const QString input = dir + QStringLiteral("/scanned-%1.pdf").arg(pages);
    const QString output = dir + QStringLiteral("/out-%1.pdf").arg(pages);
    {
        // A scanned PDF: every page a 200 dpi colour JPEG (five different pages, repeated).
        QFile f(input);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        PdfWriter w(&f);
        std::vector<QByteArray> jpegs;
        for (int i = 0; i < 5; ++i) {
            std::vector<uchar> buf;
            cv::imencode(".jpg", toMat(renderRecord(200, i + 2)), buf, {cv::IMWRITE_JPEG_QUALITY, 85});
            jpegs.emplace_back(reinterpret_cast<const char*>(buf.data()), qsizetype(buf.size()));
        }
        for (int i = 0; i < pages; ++i)
            w.addPage({jpegs[size_t(i % 5)], QStringLiteral("jpeg"), 210, 297}, nullptr);
        w.finish(nullptr);
        std::printf("memory: %d-page scanned PDF, %.1f MB; streamed through the scan at 200 dpi (colour)\n", pages,
                    f.size() / 1e6);
    }
    std::printf("  before: VmHWM %ld KB, VmRSS %ld KB\n", test::processStatusKb("VmHWM:"), test::processStatusKb("VmRSS:"));
    QElapsedTimer t;
    t.start();
    auto source = PageSource::open(input, 200);
    QFile out(output);
    if (!out.open(QIODevice::WriteOnly) || source->pageCount() != pages) {
        std::printf("  cannot open: %s\n", qPrintable(source->openError()));
        return 1;
    }
    PdfWriter writer(&out);
    for (int i = 0; i < source->pageCount(); ++i) {
        SourcePage page = source->page(i);
        PipelineOptions o;
        o.skipDetection = page.digitalPage;
        o.sourceDpi = page.sourceDpi;
        const ProcessedPage p = PagePipeline().process(page.bgr, o);
        page.bgr.release();
        writer.addPage({p.encoded, p.encodedFormat, p.widthMm, p.heightMm}, nullptr);
        const int n = i + 1;
        if (n == 1 || n == 10 || n == 50 || n == 100 || n == 150 || n == pages)
            std::printf("  page %3d: VmHWM %ld KB, VmRSS %ld KB, %.1f s\n", n, test::processStatusKb("VmHWM:"), test::processStatusKb("VmRSS:"),
                        t.elapsed() / 1000.0);
    }
    writer.finish(nullptr);
    std::printf("  output %.1f MB, %.0f ms per page\n", out.size() / 1e6, double(t.elapsed()) / pages);
    return 0;
}

int sizes()
{
    Quad truth;
    const cv::Mat photo = decode(phonePhoto(&truth));
    const cv::Mat clean = toMat(renderRecord(200, 1));
    std::printf("sizes: bytes per A4 page at 200 dpi (default JPEG quality 75; budget 300 KB colour)\n");
    for (int src = 0; src < 2; ++src) {
        for (ColorMode mode : {ColorMode::Color, ColorMode::Gray, ColorMode::BlackWhite}) {
            PipelineOptions o;
            o.mode = mode;
            if (src == 0) {
                o.manualCorners = truth; // the page, whichever detector is built in
            } else {
                o.skipDetection = true;
                o.sourceDpi = 200;
            }
            const ProcessedPage p = PagePipeline().process(src == 0 ? photo : clean, o);
            std::printf("  %-22s %-6s %7.1f KB (%s, %dx%d)\n", src == 0 ? "12 MP phone photo" : "digital page (render)",
                        mode == ColorMode::Color ? "colour" : mode == ColorMode::Gray ? "gray" : "bw", p.encoded.size() / 1024.0,
                        qPrintable(p.encodedFormat), p.output.cols, p.output.rows);
        }
    }
    return 0;
}

// A 12 MP BGR buffer (34.9 MiB) filled on fresh pages from the OS (mmap) and then again, 9 times: what a
// page fault costs on this machine, which is what ImageHeap saves on every page. Then the same through
// malloc, as the pipeline allocates, under the heap policy in force.
int firstTouch()
{
    const size_t bytes = size_t(4032) * 3024 * 3;
    const double mb = bytes / 1048576.0;
    std::vector<double> fresh, again, viaMalloc;
    for (int i = 0; i < 9; ++i) {
#if defined(__linux__)
        void* m = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (m == MAP_FAILED)
            return 1;
        QElapsedTimer t;
        t.start();
        std::fill_n(static_cast<volatile unsigned char*>(m), bytes, 1);
        fresh.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        std::fill_n(static_cast<volatile unsigned char*>(m), bytes, 2);
        again.push_back(t.nsecsElapsed() / 1e6);
        munmap(m, bytes);
#endif
        QElapsedTimer t2;
        t2.start();
        {
            cv::Mat page(3024, 4032, CV_8UC3);
            page.setTo(cv::Scalar::all(i));
        }
        viaMalloc.push_back(t2.nsecsElapsed() / 1e6);
    }
    std::printf("firsttouch: a %.1f MB buffer (12 MP, BGR), medians of 9\n", mb);
    if (!fresh.empty())
        std::printf("  fresh pages (mmap): %.1f ms = %.2f ms per MB; filled again: %.1f ms\n", median(fresh),
                    median(fresh) / mb, median(again));
    std::printf("  cv::Mat allocated, filled, freed (the pipeline's way): %.1f ms\n", median(viaMalloc));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // As the app and the CLI do at start-up; MTBDESK_IMAGE_HEAP=system measures without it.
    const ImageHeap::Outcome heap = ImageHeap::keepLargeBuffers();
    QGuiApplication app(argc, argv); // fonts for the rendered pages
    std::printf("image heap: %s (ImageHeap.h)\n", qPrintable(ImageHeap::outcomeName(heap)));
    const QStringList args = app.arguments().mid(1);
    const QString what = args.value(0, QStringLiteral("all"));
    if (what == u"speed")
        return speed(args.value(1, QStringLiteral("7")).toInt(), args.value(2));
    if (what == u"memory")
        return memory(args.value(1, QStringLiteral("200")).toInt(), args.value(2));
    if (what == u"sizes")
        return sizes();
    if (what == u"photo" && args.size() > 1) {
        Quad truth;
        QFile f(args[1]);
        return f.open(QIODevice::WriteOnly) && f.write(phonePhoto(&truth)) > 0 ? 0 : 1;
    }
    if (what == u"firsttouch")
        return firstTouch();
    if (what == u"all")
        return speed(7, {}) | sizes() | memory(200, {});
    std::fprintf(stderr, "usage: mtbdesk-pipeline-bench [all | speed [N] [PHOTO.jpg] | memory [PAGES] [DIR] | sizes | photo OUT.jpg | firsttouch]\n");
    return 2;
}
