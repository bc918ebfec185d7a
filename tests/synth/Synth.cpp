#include "Synth.h"

#include "IdNumber.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QString>

#include <opencv2/calib3d.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <random>

namespace mtb::synth {

namespace {

constexpr double kPi = 3.14159265358979323846;

struct Rng
{
    std::mt19937 g;
    explicit Rng(quint32 seed) : g(seed) {}
    double uni(double a, double b) { return std::uniform_real_distribution<double>(a, b)(g); }
    int irange(int a, int b) { return std::uniform_int_distribution<int>(a, b)(g); } // inclusive
    bool chance(double p) { return uni(0, 1) < p; }
    double normal(double m, double s) { return std::normal_distribution<double>(m, s)(g); }
    template <class T> const T& pick(const std::vector<T>& v) { return v[size_t(irange(0, int(v.size()) - 1))]; }
};

QString u(const char* s) { return QString::fromUtf8(s); }

const std::vector<const char*> kHospitals = {"南充市中心医院", "川北医学院附属医院", "南充市第二人民医院", "南充市身心医院",
                                            "阆中市人民医院", "南部县人民医院", "西充县人民医院", "营山县人民医院",
                                            "仪陇县人民医院", "蓬安县人民医院"};
const std::vector<const char*> kDiagnoses = {"2型糖尿病", "原发性高血压（3级，极高危）", "慢性阻塞性肺疾病", "冠状动脉粥样硬化性心脏病",
                                             "慢性肾脏病4期", "类风湿关节炎", "帕金森病", "精神分裂症", "肺结核",
                                             "慢性乙型病毒性肝炎", "脑梗死后遗症", "系统性红斑狼疮"};
const std::vector<const char*> kSurnames = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "何", "罗", "蒲", "谢"};
const std::vector<const char*> kGiven = {"明", "华", "建", "国", "秀", "英", "玉", "兰", "志", "强", "芳", "军", "丽", "平", "勇", "德", "琴", "春"};
const std::vector<const char*> kSentences = {
    "患者自述反复口干、多饮、多尿三年余，近一月加重，伴乏力。",
    "既往体健，否认肝炎、结核等传染病史，否认手术外伤史。",
    "查体：神志清楚，精神可，双肺呼吸音清，未闻及干湿啰音。",
    "心率78次/分，律齐，各瓣膜听诊区未闻及病理性杂音。",
    "腹软，无压痛及反跳痛，肝脾肋下未触及，双下肢无水肿。",
    "辅助检查：空腹血糖9.6mmol/L，糖化血红蛋白8.2%。",
    "处理：二甲双胍片0.5g 口服 每日三次；定期复查血糖。",
    "嘱低盐低脂糖尿病饮食，适量运动，监测血压血糖变化。",
    "入院后完善相关检查，予以降压、调脂、稳定斑块等治疗。",
    "病情好转，准予出院，出院后继续规律服药，门诊随访。",
    "血压162/98mmHg，头晕反复发作，服药依从性欠佳。",
    "胸部CT示：双肺散在慢性炎症，建议抗感染治疗后复查。",
    "患者及家属知情同意，签字为证，如有不适及时就诊。",
    "复诊时请携带本病历及既往检查报告单，以便对比。",
};
const std::vector<std::vector<const char*>> kLabRows = {
    {"葡萄糖", "GLU", "mmol/L", "3.9-6.1"},      {"糖化血红蛋白", "HbA1c", "%", "4.0-6.0"},
    {"总胆固醇", "TC", "mmol/L", "0.0-5.2"},     {"甘油三酯", "TG", "mmol/L", "0.0-1.7"},
    {"肌酐", "CREA", "μmol/L", "57-111"},        {"尿素", "UREA", "mmol/L", "3.1-8.0"},
    {"谷丙转氨酶", "ALT", "U/L", "9-50"},        {"谷草转氨酶", "AST", "U/L", "15-40"},
    {"白细胞计数", "WBC", "10^9/L", "3.5-9.5"},  {"血红蛋白", "HGB", "g/L", "130-175"},
    {"血小板计数", "PLT", "10^9/L", "125-350"},  {"尿酸", "UA", "μmol/L", "208-428"},
};
const std::vector<const char*> kRegions = {"511302", "511303", "511304", "511321", "511322", "511323", "511324", "511325", "511381"};

std::string makeId(Rng& r)
{
    QString first17 = u(kRegions[size_t(r.irange(0, int(kRegions.size()) - 1))]);
    first17 += QString::number(r.irange(1940, 2005));
    first17 += QString::number(r.irange(1, 12)).rightJustified(2, QLatin1Char('0'));
    first17 += QString::number(r.irange(1, 28)).rightJustified(2, QLatin1Char('0'));
    first17 += QString::number(r.irange(1, 999)).rightJustified(3, QLatin1Char('0'));
    const QString id = first17 + IdNumber::checkCharacter(first17);
    return id.toStdString();
}

QString makeName(Rng& r)
{
    QString n = u(r.pick(kSurnames));
    const int k = r.chance(0.7) ? 2 : 1;
    for (int i = 0; i < k; ++i)
        n += u(r.pick(kGiven));
    return n;
}

QString makeDate(Rng& r)
{
    const int y = r.irange(2022, 2026), m = r.irange(1, 12), d = r.irange(1, 28);
    switch (r.irange(0, 2)) {
    case 0: return QStringLiteral("%1年%2月%3日").arg(y).arg(m).arg(d);
    case 1: return QStringLiteral("%1-%2-%3").arg(y).arg(m, 2, 10, QLatin1Char('0')).arg(d, 2, 10, QLatin1Char('0'));
    default: return QStringLiteral("%1.%2.%3").arg(y).arg(m).arg(d);
    }
}

// ---------------------------------------------------------------------------------------------
// Page rendering

struct PagePainter
{
    QPainter& p;
    double k; // px per mm
    Rng& r;
    QString sans = QStringLiteral("Noto Sans CJK SC");
    QString serif = QStringLiteral("Noto Serif CJK SC");

    double px(double mm) const { return mm * k; }
    void font(double pt, bool bold = false, bool useSerif = false)
    {
        QFont f(useSerif ? serif : sans);
        f.setPixelSize(std::max(1, int(std::lround(pt * k * 25.4 / 72.0))));
        f.setBold(bold);
        p.setFont(f);
    }
    void text(double xmm, double ymm, const QString& s) { p.drawText(QPointF(px(xmm), px(ymm)), s); }
    void centred(double xmm, double ymm, double wmm, const QString& s)
    {
        p.drawText(QRectF(px(xmm), px(ymm - 10), px(wmm), px(14)), Qt::AlignHCenter | Qt::AlignBottom, s);
    }
    void line(double x0, double y0, double x1, double y1, double wmm = 0.25, QColor c = QColor(30, 30, 30))
    {
        p.setPen(QPen(c, std::max(0.6, px(wmm))));
        p.drawLine(QPointF(px(x0), px(y0)), QPointF(px(x1), px(y1)));
    }
    // Paragraph of sentences wrapped to width; returns the y after the last line.
    double paragraph(double x, double y, double w, double pt, int sentences)
    {
        font(pt);
        const double lineH = pt * 0.3528 * 1.7;
        const double charW = pt * 0.3528 * 1.02;
        const int perLine = std::max(4, int(w / charW));
        QString all;
        for (int i = 0; i < sentences; ++i)
            all += u(r.pick(kSentences));
        p.setPen(QColor(25, 25, 25));
        for (int i = 0; i < all.size(); i += perLine) {
            text(x, y, all.mid(i, perLine));
            y += lineH;
        }
        return y;
    }
    void handwriting(double x, double y, double wmm, double hmm)
    {
        QPainterPath path;
        QPointF cur(px(x), px(y));
        path.moveTo(cur);
        const int strokes = r.irange(6, 14);
        for (int i = 0; i < strokes; ++i) {
            const QPointF next(cur.x() + px(wmm / strokes) * r.uni(0.6, 1.4), px(y) + px(hmm) * r.uni(-0.5, 0.5));
            path.cubicTo(QPointF(cur.x() + px(r.uni(-2, 3)), cur.y() - px(hmm) * r.uni(0.3, 1.0)),
                         QPointF(next.x() + px(r.uni(-3, 2)), next.y() + px(hmm) * r.uni(0.3, 1.0)), next);
            cur = next;
        }
        const QColor ink = r.chance(0.6) ? QColor(30, 40, 120) : QColor(20, 20, 25);
        p.setPen(QPen(ink, std::max(1.0, px(r.uni(0.3, 0.55))), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    void seal(double cx, double cy, double rmm, const QString& ring, const QString& bottom)
    {
        const QColor red(215, 30, 35, 170);
        p.save();
        p.setPen(QPen(red, px(rmm * 0.06)));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(px(cx), px(cy)), px(rmm), px(rmm));
        // Five-pointed star
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double a = -kPi / 2 + i * kPi / 5;
            const double rr = (i % 2 == 0) ? rmm * 0.3 : rmm * 0.12;
            star << QPointF(px(cx + rr * std::cos(a)), px(cy + rr * std::sin(a)));
        }
        p.setPen(Qt::NoPen);
        p.setBrush(red);
        p.drawPolygon(star);
        // Arc text along the upper part of the ring
        QFont f(sans);
        f.setBold(true);
        f.setPixelSize(std::max(1, int(px(rmm * 0.28))));
        p.setFont(f);
        p.setPen(red);
        const int n = int(ring.size());
        const double span = kPi * 1.25;
        for (int i = 0; i < n; ++i) {
            const double a = -kPi / 2 - span / 2 + span * (i + 0.5) / n;
            p.save();
            p.translate(px(cx + rmm * 0.72 * std::cos(a)), px(cy + rmm * 0.72 * std::sin(a)));
            p.rotate((a + kPi / 2) * 180 / kPi);
            p.drawText(QRectF(-px(rmm * 0.2), -px(rmm * 0.2), px(rmm * 0.4), px(rmm * 0.4)), Qt::AlignCenter, ring.mid(i, 1));
            p.restore();
        }
        f.setPixelSize(std::max(1, int(px(rmm * 0.2))));
        p.setFont(f);
        p.drawText(QRectF(px(cx - rmm * 0.7), px(cy + rmm * 0.3), px(rmm * 1.4), px(rmm * 0.35)), Qt::AlignCenter, bottom);
        p.restore();
    }
};

} // namespace

const char* stratumName(Stratum s)
{
    switch (s) {
    case Stratum::Dark: return "dark";
    case Stratum::Light: return "light";
    case Stratum::Wood: return "wood";
    case Stratum::Fabric: return "fabric";
    case Stratum::Clutter: return "clutter";
    case Stratum::Mat: return "mat";
    case Stratum::Flatbed: return "flatbed";
    }
    return "?";
}

std::vector<Stratum> allStrata()
{
    return {Stratum::Dark, Stratum::Light, Stratum::Wood, Stratum::Fabric, Stratum::Clutter, Stratum::Mat, Stratum::Flatbed};
}

std::vector<Stratum> strataNamedIn(const std::string& list)
{
    std::vector<Stratum> out;
    for (Stratum s : allStrata())
        if (list.find(stratumName(s)) != std::string::npos)
            out.push_back(s);
    return out;
}

std::string fictitiousId(int seed)
{
    Rng r(quint32(seed) * 2654435761u + 17u);
    return makeId(r);
}

cv::Mat renderPage(const Params& prm, double dpi)
{
    const double k = dpi / 25.4;
    const double W = prm.pageMm.width, H = prm.pageMm.height;
    const int pw = std::max(8, int(std::lround(W * k))), ph = std::max(8, int(std::lround(H * k)));
    QImage img(pw, ph, QImage::Format_RGB888);
    const cv::Vec3b pc = prm.paperColour;
    img.fill(QColor(pc[2], pc[1], pc[0]));
    Rng r(quint32(prm.seed) * 7919u + 3u);
    QPainter painter(&img);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    PagePainter pp{painter, k, r};

    const QString hospital = u(r.pick(kHospitals));
    const double m = prm.edgeContent ? r.uni(2, 5) : r.uni(12, 22); // side margin
    const double top = prm.edgeContent ? r.uni(3, 7) : r.uni(12, 20);
    const bool serif = r.chance(0.4);

    if (prm.edgeContent) {
        // A coloured letterhead band or full-width rules touching the page edge.
        if (r.chance(0.5)) {
            painter.fillRect(QRectF(0, 0, pw, pp.px(r.uni(8, 14))), QColor(r.irange(20, 60), r.irange(60, 110), r.irange(120, 170)));
        } else {
            pp.line(0, top + 14, W, top + 14, 0.6);
        }
        pp.line(0, H - r.uni(1.5, 4), W, H - r.uni(1.5, 4), 0.4);
        pp.line(r.uni(1.0, 3.0), 30, r.uni(1.0, 3.0), H - 30, 0.35);
    }

    painter.setPen(QColor(20, 20, 20));
    pp.font(r.uni(15, 20), true, serif);
    pp.centred(0, top + 9, W, hospital);
    QString title;
    switch (prm.doc) {
    case DocKind::Outpatient: title = u("门 诊 病 历"); break;
    case DocKind::Discharge: title = u("出 院 小 结"); break;
    case DocKind::LabReport: title = u("检 验 报 告 单"); break;
    case DocKind::Certificate: title = u("诊 断 证 明 书"); break;
    }
    pp.font(r.uni(13, 16), true, serif);
    pp.centred(0, top + 18, W, title);
    double y = top + 24;
    pp.line(m, y, W - m, y, 0.5);
    y += 7;

    const double fpt = r.uni(9, 12);
    pp.font(fpt);
    painter.setPen(QColor(20, 20, 20));
    const QString name = makeName(r);
    const QString id = QString::fromStdString(makeId(r));
    pp.text(m, y, u("姓名：") + name);
    pp.text(m + (W - 2 * m) * 0.35, y, u("性别：") + (r.chance(0.5) ? u("男") : u("女")));
    pp.text(m + (W - 2 * m) * 0.6, y, u("年龄：") + QString::number(r.irange(25, 85)) + u("岁"));
    y += fpt * 0.3528 * 2;
    pp.text(m, y, u("身份证号：") + id);
    pp.text(m + (W - 2 * m) * 0.6, y, u("日期：") + makeDate(r));
    y += fpt * 0.3528 * 2;
    pp.text(m, y, u("科室：") + (r.chance(0.5) ? u("内分泌科") : u("心血管内科")) + u("    门诊号：") +
                      QString::number(r.irange(100000, 999999)));
    y += fpt * 0.3528 * 1.2;
    pp.line(m, y, W - m, y, 0.25);
    y += 8;

    const QString diagnosis = u(r.pick(kDiagnoses));
    if (prm.doc == DocKind::LabReport) {
        // Ruled table
        const int rows = r.irange(8, 12);
        const double rowH = fpt * 0.3528 * 2.0;
        const double cols[5] = {0, 0.34, 0.52, 0.7, 1.0};
        const double tw = W - 2 * m;
        pp.line(m, y - rowH * 0.75, W - m, y - rowH * 0.75, 0.5);
        pp.font(fpt, true);
        const char* head[4] = {"项目名称", "结果", "单位", "参考范围"};
        for (int c = 0; c < 4; ++c)
            pp.text(m + tw * cols[c] + 1.5, y, u(head[c]));
        y += rowH * 0.35;
        pp.line(m, y, W - m, y, 0.3);
        const double tableTop = y - rowH * 1.1;
        pp.font(fpt);
        painter.setPen(QColor(20, 20, 20));
        for (int i = 0; i < rows; ++i) {
            y += rowH;
            const auto& row = kLabRows[size_t(i) % kLabRows.size()];
            pp.text(m + 1.5, y - rowH * 0.3, u(row[0]) + QStringLiteral(" ") + u(row[1]));
            pp.text(m + tw * cols[1] + 1.5, y - rowH * 0.3, QString::number(r.uni(1, 200), 'f', 1) + (r.chance(0.3) ? QStringLiteral(" ↑") : QString()));
            pp.text(m + tw * cols[2] + 1.5, y - rowH * 0.3, u(row[2]));
            pp.text(m + tw * cols[3] + 1.5, y - rowH * 0.3, u(row[3]));
            pp.line(m, y, W - m, y, 0.15, QColor(90, 90, 90));
        }
        for (int c = 0; c < 5; ++c)
            pp.line(m + tw * cols[c], tableTop, m + tw * cols[c], y, 0.2);
        pp.line(m, y, W - m, y, 0.5);
        y += 10;
        pp.font(fpt);
        painter.setPen(QColor(20, 20, 20));
        pp.text(m, y, u("临床诊断：") + diagnosis);
        y += 10;
    } else {
        pp.font(fpt, true);
        painter.setPen(QColor(20, 20, 20));
        pp.text(m, y, prm.doc == DocKind::Discharge ? u("入院情况：") : u("主诉及病史："));
        y += fpt * 0.3528 * 2;
        y = pp.paragraph(m + 4, y, W - 2 * m - 4, fpt, r.irange(3, 6));
        y += 4;
        pp.font(fpt, true);
        painter.setPen(QColor(20, 20, 20));
        pp.text(m, y, u("诊断：") + diagnosis);
        y += fpt * 0.3528 * 2.5;
        pp.font(fpt, true);
        pp.text(m, y, prm.doc == DocKind::Certificate ? u("医嘱建议：") : u("处理意见："));
        y += fpt * 0.3528 * 2;
        y = pp.paragraph(m + 4, y, W - 2 * m - 4, fpt, r.irange(2, 5));
        // A few handwritten lines (doctor's notes)
        for (int i = 0; i < r.irange(1, 3) && y < H - 50; ++i) {
            y += 8;
            pp.handwriting(m + 6, y, (W - 2 * m) * r.uni(0.4, 0.8), 4);
        }
    }
    // Signature and seal near the bottom
    const double sy = std::min(H - 28.0, std::max(y + 20, H * 0.72));
    pp.font(fpt);
    painter.setPen(QColor(20, 20, 20));
    pp.text(W * 0.5, sy, u("医师签名："));
    pp.handwriting(W * 0.5 + fpt * 0.3528 * 5.5, sy - 1, 28, 5);
    pp.seal(W * r.uni(0.62, 0.78), sy - r.uni(2, 12), r.uni(17, 21), hospital,
            prm.doc == DocKind::Certificate ? u("诊断证明专用章") : u("门诊专用章"));
    pp.font(8);
    painter.setPen(QColor(80, 80, 80));
    pp.centred(0, H - (prm.edgeContent ? 2.5 : 8), W, u("第 1 页 / 共 1 页    本资料仅供医疗保险审核使用"));

    if (prm.markers) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0));
        const double c[4][2] = {{15, 15}, {W - 15, 15}, {W - 15, H - 15}, {15, H - 15}};
        for (const auto& q : c)
            painter.drawRect(QRectF(pp.px(q[0] - 3), pp.px(q[1] - 3), pp.px(6), pp.px(6)));
    }
    painter.end();

    cv::Mat view(img.height(), img.width(), CV_8UC3, img.bits(), size_t(img.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(view, bgr, cv::COLOR_RGB2BGR);
    return bgr;
}

Params paramsForSeed(int seed, Stratum stratum, cv::Size imageSize)
{
    Rng r(quint32(seed) * 2246822519u + quint32(int(stratum)) * 3266489917u + 1u);
    Params p;
    p.seed = seed;
    p.stratum = stratum;
    p.imageSize = imageSize;
    p.doc = DocKind(r.irange(0, 3));
    const double f = r.uni(0, 1);
    if (f < 0.7) { p.pageMm = {210, 297}; p.paperName = "A4"; }
    else if (f < 0.85) { p.pageMm = {148, 210}; p.paperName = "A5"; }
    else { p.pageMm = {176, 250}; p.paperName = "B5"; }
    p.edgeContent = r.chance(0.25);
    const int pv = r.irange(236, 252);
    p.paperColour = r.chance(0.25) ? cv::Vec3b(uchar(pv - r.irange(12, 28)), uchar(pv - r.irange(3, 8)), uchar(pv))
                                   : cv::Vec3b(uchar(pv), uchar(pv), uchar(pv - r.irange(0, 3)));
    p.focalFactor = r.uni(0.65, 0.85);
    p.rollDeg = r.chance(0.88) ? r.uni(-15, 15) : r.uni(-180, 180);
    if (r.chance(0.5)) p.rollDeg += 90; // camera held landscape
    p.tiltDeg = r.uni(0, 35);
    p.tiltAxisDeg = r.uni(0, 360);
    p.coverage = r.uni(0.15, 0.75);
    p.cornersOut = r.chance(0.15) ? r.irange(1, 2) : 0;
    p.finger = r.chance(0.1);
    p.dogEar = r.chance(0.05);
    p.illumGradient = r.uni(0, 0.45);
    p.illumAngleDeg = r.uni(0, 360);
    p.vignette = r.uni(0, 0.35);
    p.shadow = r.chance(0.3);
    p.glare = r.chance(0.1);
    p.wbGains = {r.uni(0.85, 1.15), r.uni(0.95, 1.05), r.uni(0.85, 1.15)};
    p.noiseSigma = r.uni(1, 5);
    p.jpegQuality = r.irange(60, 95);
    p.defocusRadius = r.chance(0.3) ? r.uni(0.5, 3.0) * imageSize.width / 2000.0 : 0;
    p.motionLength = r.chance(0.15) ? r.uni(1, 8) * imageSize.width / 2000.0 : 0;
    p.motionAngleDeg = r.uni(0, 180);
    switch (stratum) {
    case Stratum::Mat:
        p.tiltDeg = r.uni(0, 5);
        p.rollDeg = r.uni(-6, 6) + (r.chance(0.5) ? 90 : 0);
        p.coverage = r.uni(0.45, 0.8);
        p.shadow = r.chance(0.1);
        p.illumGradient *= 0.5;
        break;
    case Stratum::Flatbed:
        p.tiltDeg = 0;
        p.rollDeg = r.uni(-3, 3);
        p.coverage = r.uni(0.8, 0.93);
        p.cornersOut = 0;
        p.finger = false;
        p.shadow = false;
        p.glare = false;
        p.illumGradient = r.uni(0, 0.08);
        p.vignette = 0;
        p.motionLength = 0;
        p.defocusRadius = r.chance(0.2) ? r.uni(0.3, 1.0) : 0;
        p.wbGains = {1, 1, 1};
        p.noiseSigma = r.uni(0.5, 2);
        p.imageSize = cv::Size(imageSize.height * 3 / 4 + 1, imageSize.height); // portrait glass
        break;
    case Stratum::Light:
        p.illumGradient *= 0.7;
        break;
    default: break;
    }
    return p;
}

namespace {

cv::Mat smoothNoise(cv::Size size, int cell, Rng& r)
{
    cv::Mat small(std::max(2, size.height / cell + 2), std::max(2, size.width / cell + 2), CV_32F);
    cv::randn(small, 0, 1);
    (void)r;
    cv::Mat big;
    cv::resize(small, big, size, 0, 0, cv::INTER_CUBIC);
    return big;
}

cv::Mat solid(cv::Size s, cv::Vec3b c) { return cv::Mat(s, CV_8UC3, cv::Scalar(c[0], c[1], c[2])); }

cv::Mat tinted(const cv::Mat& f, cv::Vec3d base, cv::Vec3d amp)
{
    // f: float field around 0..1; returns BGR
    std::vector<cv::Mat> ch(3);
    for (int i = 0; i < 3; ++i)
        f.convertTo(ch[i], CV_8U, amp[i], base[i]);
    cv::Mat out;
    cv::merge(ch, out);
    return out;
}

cv::Mat rotateCrop(const cv::Mat& big, cv::Size out, double angleDeg)
{
    const cv::Point2f c(big.cols / 2.f, big.rows / 2.f);
    cv::Mat M = cv::getRotationMatrix2D(c, angleDeg, 1.0);
    M.at<double>(0, 2) -= c.x - out.width / 2.0;
    M.at<double>(1, 2) -= c.y - out.height / 2.0;
    cv::Mat dst;
    cv::warpAffine(big, dst, M, out, cv::INTER_LINEAR, cv::BORDER_REFLECT);
    return dst;
}

cv::Mat woodBackground(cv::Size s, Rng& r)
{
    const int d = int(std::ceil(std::hypot(s.width, s.height))) + 4;
    const cv::Size big(d, d);
    cv::Mat warpN = smoothNoise(big, std::max(8, d / 12), r);
    cv::Mat grain(std::max(2, d / 3), std::max(2, d / 300 + 2), CV_32F); // stretched along x
    cv::randn(grain, 0, 1);
    cv::resize(grain.t(), grain, big, 0, 0, cv::INTER_LINEAR);
    cv::Mat f(big, CV_32F);
    const double freq = r.uni(0.02, 0.06) * 1000.0 / d;
    for (int y = 0; y < d; ++y) {
        float* fp = f.ptr<float>(y);
        const float* w = warpN.ptr<float>(y);
        const float* g = grain.ptr<float>(y);
        for (int x = 0; x < d; ++x) {
            const double v = std::sin((y + 25.0 * w[x]) * freq);
            fp[x] = float(0.5 + 0.3 * v * v * v + 0.08 * g[x]);
        }
    }
    const cv::Vec3d base = r.chance(0.5) ? cv::Vec3d(40, 75, 120) : cv::Vec3d(80, 120, 165);
    cv::Mat bgr = tinted(f, base * r.uni(0.6, 1.1), cv::Vec3d(45, 60, 75));
    return rotateCrop(bgr, s, r.uni(-90, 90));
}

cv::Mat fabricBackground(cv::Size s, Rng& r)
{
    const int d = int(std::ceil(std::hypot(s.width, s.height))) + 4;
    cv::Mat f(d, d, CV_32F);
    const double per = r.uni(3, 9) * s.width / 1200.0 + 2;
    cv::Mat lowN = smoothNoise(f.size(), std::max(8, d / 10), r);
    for (int y = 0; y < d; ++y) {
        float* fp = f.ptr<float>(y);
        const float* n = lowN.ptr<float>(y);
        const double sy = std::sin(2 * kPi * y / per);
        for (int x = 0; x < d; ++x) {
            const double sx = std::sin(2 * kPi * x / per);
            const double weave = ((sx > 0) != (sy > 0)) ? 0.5 + 0.3 * std::abs(sx) : 0.5 - 0.3 * std::abs(sy);
            fp[x] = float(weave + 0.06 * n[x]);
        }
    }
    cv::Mat noise(f.size(), CV_32F);
    cv::randn(noise, 0, 0.05);
    f += noise;
    cv::Vec3d base(r.uni(20, 200), r.uni(20, 200), r.uni(20, 200));
    cv::Mat bgr = tinted(f, base * 0.7, base * 0.6 + cv::Vec3d(20, 20, 20));
    return rotateCrop(bgr, s, r.uni(-45, 45));
}

cv::Mat matBackground(cv::Size s, Rng& r)
{
    const std::vector<cv::Vec3b> mats = {{25, 25, 25}, {50, 90, 30}, {110, 60, 20}, {60, 60, 60}, {40, 110, 60}};
    cv::Mat bg = solid(s, r.pick(mats));
    cv::Mat n = smoothNoise(s, std::max(8, s.width / 6), r);
    cv::Mat add;
    n.convertTo(add, CV_8U, 6, 8);
    std::vector<cv::Mat> ch;
    cv::split(bg, ch);
    for (auto& c : ch)
        c += add;
    cv::merge(ch, bg);
    // Printed grid and ruler ticks
    const cv::Scalar ink = r.chance(0.5) ? cv::Scalar(200, 200, 200) : cv::Scalar(120, 200, 220);
    const int step = std::max(10, int(s.width * r.uni(0.04, 0.08)));
    for (int x = step / 2; x < s.width; x += step)
        cv::line(bg, {x, 0}, {x, s.height}, ink * 0.6, 1, cv::LINE_AA);
    for (int y = step / 2; y < s.height; y += step)
        cv::line(bg, {0, y}, {s.width, y}, ink * 0.6, 1, cv::LINE_AA);
    for (int x = 0; x < s.width; x += std::max(3, step / 10))
        cv::line(bg, {x, s.height - 2}, {x, s.height - 2 - ((x / std::max(3, step / 10)) % 5 == 0 ? step / 3 : step / 6)}, ink, 1, cv::LINE_AA);
    return bg;
}

// A quad in image coordinates moved by a random similarity (for other papers in the clutter).
std::vector<cv::Point> movedQuad(const Quad& q, Rng& r, double shiftFrac)
{
    cv::Point2f c(0, 0);
    for (auto p : q.pts) c += p * 0.25f;
    const double diag = std::sqrt(q.area());
    const double a = r.uni(-0.6, 0.6), sc = r.uni(0.6, 1.1);
    const double dir = r.uni(0, 2 * kPi), dist = diag * shiftFrac * r.uni(0.5, 1.0);
    const cv::Point2f nc = c + cv::Point2f(float(std::cos(dir) * dist), float(std::sin(dir) * dist));
    std::vector<cv::Point> out;
    for (auto p : q.pts) {
        const cv::Point2f d = (p - c) * float(sc);
        const cv::Point2f rd(float(d.x * std::cos(a) - d.y * std::sin(a)), float(d.x * std::sin(a) + d.y * std::cos(a)));
        out.emplace_back(cv::Point(nc + rd) * 16);
    }
    return out;
}

// Share of the page (gt) under another paper (poly16, 4 fractional bits), counted on masks of the frame.
double coveredShareOf(const Quad& gt, const std::vector<cv::Point>& poly16, cv::Size frame)
{
    cv::Mat page(frame, CV_8U, cv::Scalar(0)), other(frame, CV_8U, cv::Scalar(0));
    std::vector<cv::Point> g;
    for (auto c : gt.pts) g.emplace_back(cv::Point(c * 16));
    cv::fillConvexPoly(page, g, cv::Scalar(255), cv::LINE_8, 4);
    cv::fillConvexPoly(other, poly16, cv::Scalar(255), cv::LINE_8, 4);
    const double pageArea = cv::countNonZero(page);
    return pageArea > 0 ? cv::countNonZero(page & other) / pageArea : 0;
}

void drawOtherPaper(cv::Mat& img, const std::vector<cv::Point>& poly16, Rng& r)
{
    const int v = r.irange(215, 250);
    cv::fillConvexPoly(img, poly16, cv::Scalar(v - r.irange(0, 12), v - r.irange(0, 5), v), cv::LINE_AA, 4);
    // faint text lines
    const cv::Point2f a = cv::Point2f(poly16[0]) / 16.f, b = cv::Point2f(poly16[1]) / 16.f, d = cv::Point2f(poly16[3]) / 16.f;
    const int lines = r.irange(8, 25);
    for (int i = 2; i < lines - 1; ++i) {
        const float t = float(i) / lines;
        const cv::Point2f s = a + (d - a) * t + (b - a) * 0.12f, e = a + (d - a) * t + (b - a) * float(r.uni(0.4, 0.88));
        cv::line(img, s, e, cv::Scalar(v - 120, v - 120, v - 120), 1, cv::LINE_AA);
    }
}

void drawPen(cv::Mat& img, Rng& r)
{
    const cv::Size s = img.size();
    const cv::Point2f c(float(r.uni(0, s.width)), float(r.uni(0, s.height)));
    const double a = r.uni(0, kPi), len = r.uni(0.12, 0.2) * s.width, w = std::max(3.0, 0.008 * s.width);
    const cv::Point2f d(float(std::cos(a) * len / 2), float(std::sin(a) * len / 2));
    const std::vector<cv::Scalar> cols = {{140, 40, 20}, {20, 20, 20}, {30, 30, 180}, {200, 200, 200}};
    const cv::Scalar col = r.pick(cols);
    cv::line(img, c - d, c + d, col, int(w), cv::LINE_AA);
    cv::line(img, c - d * 0.95f, c + d * 0.95f, col + cv::Scalar(40, 40, 40), std::max(1, int(w / 4)), cv::LINE_AA);
}

void drawKeyboard(cv::Mat& img, Rng& r)
{
    const cv::Size s = img.size();
    const int kw = int(s.width * r.uni(0.5, 0.8)), kh = int(kw * 0.33);
    const int x0 = int(r.uni(-0.2, 0.6) * s.width);
    const int y0 = r.chance(0.5) ? s.height - int(kh * r.uni(0.3, 0.8)) : -int(kh * r.uni(0.2, 0.7));
    const cv::Scalar body = r.chance(0.5) ? cv::Scalar(35, 35, 38) : cv::Scalar(215, 215, 212);
    cv::rectangle(img, cv::Rect(x0, y0, kw, kh), body, cv::FILLED, cv::LINE_AA);
    const int key = kw / 16;
    for (int row = 0; row < 5; ++row)
        for (int col = 0; col < 15; ++col) {
            const cv::Rect k(x0 + key / 2 + col * key + (row % 2) * key / 3, y0 + key / 2 + row * key, key * 8 / 10, key * 8 / 10);
            cv::rectangle(img, k, body + cv::Scalar(30, 30, 30) * (body[0] < 128 ? 1 : -1), cv::FILLED, cv::LINE_AA);
        }
}

cv::Matx33d homographyOf(const Quad& from, const Quad& to)
{
    std::vector<cv::Point2f> a(from.pts.begin(), from.pts.end()), b(to.pts.begin(), to.pts.end());
    cv::Mat H = cv::getPerspectiveTransform(a, b);
    return cv::Matx33d(H);
}

} // namespace

Capture generate(const Params& p)
{
    Rng r(quint32(p.seed) * 40503u + quint32(int(p.stratum)) * 977u + 11u);
    cv::theRNG().state = quint64(p.seed) * 2862933555777941757ull + quint64(int(p.stratum)) * 3037000493ull + 1ull;
    const cv::Size S = p.imageSize;
    const double W = S.width, H = S.height;
    const double f = p.stratum == Stratum::Flatbed ? 1e6 : p.focalFactor * W;
    const double cx = (W - 1) / 2, cy = (H - 1) / 2;

    // --- Geometry: page corners in 3D, camera at origin looking along +Z.
    const double pw = p.pageMm.width, ph = p.pageMm.height;
    const cv::Vec3d local[4] = {{-pw / 2, -ph / 2, 0}, {pw / 2, -ph / 2, 0}, {pw / 2, ph / 2, 0}, {-pw / 2, ph / 2, 0}};
    const double roll = p.rollDeg * kPi / 180, tilt = p.tiltDeg * kPi / 180, ax = p.tiltAxisDeg * kPi / 180;
    const cv::Matx33d Rz(std::cos(roll), -std::sin(roll), 0, std::sin(roll), std::cos(roll), 0, 0, 0, 1);
    // Rodrigues rotation about axis (cos ax, sin ax, 0)
    cv::Matx33d Rt;
    cv::Rodrigues(cv::Vec3d(std::cos(ax), std::sin(ax), 0) * tilt, Rt);
    const cv::Matx33d R = Rt * Rz;
    auto project = [&](double Z, double tx, double ty) {
        Quad q;
        for (int i = 0; i < 4; ++i) {
            const cv::Vec3d P = R * local[i] + cv::Vec3d(tx, ty, Z);
            q.pts[size_t(i)] = cv::Point2f(float(f * P[0] / P[2] + cx), float(f * P[1] / P[2] + cy));
        }
        return q;
    };
    // Distance for the wanted coverage (area ~ 1/Z^2; iterate for perspective).
    double Z = f * std::max(pw, ph) / W * 2;
    for (int it = 0; it < 4; ++it) {
        const double a = project(Z, 0, 0).area();
        Z *= std::sqrt(a / (p.coverage * W * H));
    }
    // Position: random image-plane offset meeting the completeness requirement.
    const double margin = 0.02 * std::min(W, H);
    auto inside = [&](cv::Point2f q, double m) { return q.x >= m && q.y >= m && q.x <= W - 1 - m && q.y <= H - 1 - m; };
    Quad gt = project(Z, 0, 0);
    bool placed = false;
    double spread = p.cornersOut ? 0.9 : 0.5;
    int wantOut = p.cornersOut;
    for (int attempt = 0; attempt < 1000 && !placed; ++attempt) {
        // A page square to the frame cannot lose exactly one corner: its neighbour on that side goes too.
        if (attempt == 400 && wantOut == 1) wantOut = 2;
        if (attempt > 0 && attempt % 100 == 0) {
            Z *= p.cornersOut ? 1.04 : 1.08; // shrink the page until it fits
            spread *= p.cornersOut ? 1.1 : 1.0;
        }
        const double u0 = r.uni(-spread, spread) * W, v0 = r.uni(-spread, spread) * H;
        const Quad q = project(Z, u0 * Z / f, v0 * Z / f);
        int in = 0, out = 0;
        for (auto c : q.pts) {
            if (inside(c, margin)) ++in;
            else if (!inside(c, -margin)) ++out;
        }
        if (wantOut == 0 && in == 4) { gt = q; placed = true; }
        if (wantOut > 0 && out == wantOut && in == 4 - wantOut) {
            // at least half of the page visible
            std::vector<cv::Point2f> poly(q.pts.begin(), q.pts.end()), frame = {{0, 0}, {float(W), 0}, {float(W), float(H)}, {0, float(H)}}, inter;
            const float ia = cv::intersectConvexConvex(poly, frame, inter, true);
            if (ia > 0.55 * q.area()) { gt = q; placed = true; }
        }
    }
    if (p.stratum == Stratum::Flatbed) {
        // Page laid against the glass's top-left corner, a few mm in.
        cv::Point2f mn(1e9f, 1e9f);
        for (auto c : gt.pts) mn = cv::Point2f(std::min(mn.x, c.x), std::min(mn.y, c.y));
        const cv::Point2f shift = cv::Point2f(float(margin * r.uni(1.0, 2.5)), float(margin * r.uni(1.0, 2.5))) - mn;
        for (auto& c : gt.pts) c += shift;
    }

    // --- Background
    cv::Mat img;
    switch (p.stratum) {
    case Stratum::Dark: {
        const cv::Vec3b c(uchar(r.irange(10, 90)), uchar(r.irange(10, 90)), uchar(r.irange(10, 90)));
        img = solid(S, c);
        break;
    }
    case Stratum::Light: {
        const int v = r.irange(185, 235);
        const cv::Vec3b c(uchar(v - r.irange(0, 25)), uchar(v - r.irange(0, 10)), uchar(v));
        img = solid(S, c);
        break;
    }
    case Stratum::Wood: img = woodBackground(S, r); break;
    case Stratum::Fabric: img = fabricBackground(S, r); break;
    case Stratum::Clutter: {
        img = r.chance(0.4) ? woodBackground(S, r) : solid(S, cv::Vec3b(uchar(r.irange(60, 160)), uchar(r.irange(60, 160)), uchar(r.irange(60, 170))));
        if (r.chance(0.5)) drawKeyboard(img, r);
        const int papers = r.irange(1, 3);
        for (int i = 0; i < papers; ++i)
            drawOtherPaper(img, movedQuad(gt, r, r.uni(0.35, 0.8)), r);
        break;
    }
    case Stratum::Mat: img = matBackground(S, r); break;
    case Stratum::Flatbed: {
        const bool whiteLid = r.chance(0.6);
        img = solid(S, whiteLid ? cv::Vec3b(uchar(r.irange(225, 245)), uchar(r.irange(225, 245)), uchar(r.irange(225, 245)))
                                : cv::Vec3b(uchar(r.irange(10, 35)), uchar(r.irange(10, 35)), uchar(r.irange(10, 35))));
        break;
    }
    }
    // Subtle low-frequency unevenness on every background
    {
        cv::Mat n = smoothNoise(S, std::max(8, S.width / 5), r);
        cv::Mat n8;
        n.convertTo(n8, CV_16S, 4);
        cv::Mat img16;
        img.convertTo(img16, CV_16SC3);
        std::vector<cv::Mat> ch;
        cv::split(img16, ch);
        for (auto& c : ch) c += n8;
        cv::merge(ch, img16);
        img16.convertTo(img, CV_8UC3);
    }

    // --- Page layer (rendered near the supersampled projected resolution)
    const int ss = std::max(1, p.supersample);
    double sideLenPx = 0;
    for (int i = 0; i < 4; ++i) sideLenPx = std::max(sideLenPx, double(cv::norm(gt.pts[size_t(i)] - gt.pts[size_t((i + 1) % 4)])));
    const double dpi = std::clamp(sideLenPx * ss / (std::max(pw, ph) / 25.4), 40.0, 220.0);
    cv::Mat page = renderPage(p, dpi);
    cv::Mat pageMask(page.size(), CV_8U, cv::Scalar(255));
    const float PW = float(page.cols), PH = float(page.rows);
    if (p.dogEar) {
        // Fold one corner back: the corner triangle shows the background, its mirror shows the paper's back.
        const int ci = r.irange(0, 3);
        const cv::Point2f pc[4] = {{0, 0}, {PW, 0}, {PW, PH}, {0, PH}};
        const cv::Point2f C = pc[ci], A = pc[(ci + 1) % 4], B = pc[(ci + 3) % 4];
        const float t1 = float(r.uni(0.06, 0.14)), t2 = float(r.uni(0.06, 0.14));
        const cv::Point2f P1 = C + (A - C) * (t1 * std::min(PW, PH) / float(cv::norm(A - C)));
        const cv::Point2f P2 = C + (B - C) * (t2 * std::min(PW, PH) / float(cv::norm(B - C)));
        // reflect C across line P1P2
        const cv::Point2f d = (P2 - P1) / float(cv::norm(P2 - P1));
        const cv::Point2f v = C - P1;
        const cv::Point2f Cr = P1 + d * (2 * v.dot(d)) - v;
        std::vector<cv::Point> tri = {cv::Point(C), cv::Point(P1), cv::Point(P2)}, flap = {cv::Point(Cr), cv::Point(P1), cv::Point(P2)};
        cv::fillConvexPoly(pageMask, tri, cv::Scalar(0), cv::LINE_AA);
        const cv::Vec3b pcol = p.paperColour;
        cv::fillConvexPoly(page, flap, cv::Scalar(pcol[0] * 0.85, pcol[1] * 0.85, pcol[2] * 0.85), cv::LINE_AA);
        cv::polylines(page, flap, true, cv::Scalar(150, 150, 150), 1, cv::LINE_AA);
    }
    // Image-space homography: page pixel edges (-0.5 .. PW-0.5) -> gt corners
    const Quad pageRect{{cv::Point2f(-0.5f, -0.5f), cv::Point2f(PW - 0.5f, -0.5f), cv::Point2f(PW - 0.5f, PH - 0.5f), cv::Point2f(-0.5f, PH - 0.5f)}};
    cv::Rect roi = cv::boundingRect(std::vector<cv::Point2f>(gt.pts.begin(), gt.pts.end()));
    roi.x -= 3; roi.y -= 3; roi.width += 6; roi.height += 6;
    roi &= cv::Rect(0, 0, S.width, S.height);
    if (roi.area() > 0) {
        Quad gtSS = gt;
        for (auto& c : gtSS.pts)
            c = cv::Point2f(float(ss * (c.x - roi.x) + (ss - 1) / 2.0), float(ss * (c.y - roi.y) + (ss - 1) / 2.0));
        const cv::Matx33d Hs = homographyOf(pageRect, gtSS);
        const cv::Size big(roi.width * ss, roi.height * ss);
        cv::Mat warped, wmask;
        cv::warpPerspective(page, warped, cv::Mat(Hs), big, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
        cv::warpPerspective(pageMask, wmask, cv::Mat(Hs), big, cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(0));
        if (ss > 1) {
            cv::resize(warped, warped, roi.size(), 0, 0, cv::INTER_AREA);
            cv::resize(wmask, wmask, roi.size(), 0, 0, cv::INTER_AREA);
        }
        cv::Mat bgRoi = img(roi);
        // Soft drop shadow of the page on the background
        if (p.stratum != Stratum::Flatbed || r.chance(0.7)) {
            cv::Mat sh;
            const double blur = std::max(1.0, 0.004 * W * r.uni(0.5, 2.0));
            cv::GaussianBlur(wmask, sh, cv::Size(), blur);
            const cv::Mat M = (cv::Mat_<double>(2, 3) << 1, 0, r.uni(-1, 1) * blur, 0, 1, r.uni(0, 1.5) * blur);
            cv::warpAffine(sh, sh, M, sh.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(0));
            const double strength = p.stratum == Stratum::Flatbed ? r.uni(0.15, 0.35) : r.uni(0.1, 0.35);
            cv::Mat shf, bgf;
            sh.convertTo(shf, CV_32F, -strength / 255.0, 1.0);
            cv::cvtColor(shf, shf, cv::COLOR_GRAY2BGR);
            bgRoi.convertTo(bgf, CV_32FC3);
            bgf = bgf.mul(shf);
            bgf.convertTo(bgRoi, CV_8UC3);
        }
        cv::Mat a, wf, bf;
        wmask.convertTo(a, CV_32F, 1 / 255.0);
        cv::cvtColor(a, a, cv::COLOR_GRAY2BGR);
        warped.convertTo(wf, CV_32FC3);
        bgRoi.convertTo(bf, CV_32FC3);
        cv::Mat one(a.size(), CV_32FC3, cv::Scalar(1, 1, 1));
        cv::Mat blended = wf.mul(a) + bf.mul(one - a);
        blended.convertTo(bgRoi, CV_8UC3);
    }

    // --- Occluders on top
    double coveredShare = 0;
    if (p.stratum == Stratum::Clutter) {
        for (int i = 0, n = r.irange(1, 3); i < n; ++i) drawPen(img, r);
        if (r.chance(0.3)) { // one paper partly over
            const std::vector<cv::Point> over = movedQuad(gt, r, r.uni(0.7, 0.95));
            drawOtherPaper(img, over, r);
            coveredShare = coveredShareOf(gt, over, S);
        }
    }
    if (p.finger) {
        const int e = r.irange(0, 3);
        const cv::Point2f a = gt.pts[size_t(e)], b = gt.pts[size_t((e + 1) % 4)];
        cv::Point2f c0(0, 0);
        for (auto q : gt.pts) c0 += q * 0.25f;
        const cv::Point2f at = a + (b - a) * float(r.uni(0.2, 0.8));
        cv::Point2f n = at - c0;
        n /= float(cv::norm(n));
        const double side = std::sqrt(gt.area());
        const double fw = side * r.uni(0.07, 0.1), fl = fw * r.uni(1.8, 2.6);
        const cv::Point2f centre = at + n * float(fl * 0.35);
        const double ang = std::atan2(n.y, n.x) * 180 / kPi;
        const cv::Scalar skin(r.uni(110, 150), r.uni(140, 175), r.uni(195, 235));
        cv::ellipse(img, cv::RotatedRect(centre, cv::Size2f(float(fl), float(fw)), float(ang)), skin * 0.8, cv::FILLED, cv::LINE_AA);
        cv::ellipse(img, cv::RotatedRect(centre - n * float(fw * 0.05), cv::Size2f(float(fl * 0.9), float(fw * 0.8)), float(ang)), skin, cv::FILLED, cv::LINE_AA);
        cv::ellipse(img, cv::RotatedRect(centre - n * float(fl * 0.3), cv::Size2f(float(fw * 0.45), float(fw * 0.55)), float(ang)), skin + cv::Scalar(20, 20, 15), cv::FILLED, cv::LINE_AA);
    }

    // --- Photometry (float)
    cv::Mat fimg;
    img.convertTo(fimg, CV_32FC3);
    {
        cv::Mat field(S, CV_32F);
        const double ga = p.illumAngleDeg * kPi / 180, gx = std::cos(ga), gy = std::sin(ga);
        const double half = 0.5 * (std::abs(gx) * W + std::abs(gy) * H);
        for (int y = 0; y < S.height; ++y) {
            float* fp = field.ptr<float>(y);
            for (int x = 0; x < S.width; ++x) {
                const double t = ((x - cx) * gx + (y - cy) * gy) / std::max(1.0, half); // -1..1
                const double rr = (std::pow((x - cx) / (W / 2), 2) + std::pow((y - cy) / (H / 2), 2)) / 2;
                fp[x] = float((1 - p.illumGradient * (0.5 + 0.5 * t)) * (1 - p.vignette * rr));
            }
        }
        if (p.shadow) {
            cv::Mat sm(S, CV_8U, cv::Scalar(0));
            std::vector<cv::Point> poly;
            const int edge = r.irange(0, 3);
            const double depth = r.uni(0.2, 0.55);
            auto edgePt = [&](double t, double d) -> cv::Point {
                switch (edge) {
                case 0: return cv::Point(int(t * W), int(d * H));
                case 1: return cv::Point(int(W - d * W), int(t * H));
                case 2: return cv::Point(int(t * W), int(H - d * H));
                default: return cv::Point(int(d * W), int(t * H));
                }
            };
            const double t0 = r.uni(-0.2, 0.5), t1 = t0 + r.uni(0.3, 0.9);
            poly = {edgePt(t0, -0.1), edgePt(t0 + r.uni(-0.1, 0.1), depth * r.uni(0.6, 1.0)), edgePt((t0 + t1) / 2, depth),
                    edgePt(t1 + r.uni(-0.1, 0.1), depth * r.uni(0.6, 1.0)), edgePt(t1, -0.1)};
            cv::fillPoly(sm, std::vector<std::vector<cv::Point>>{poly}, cv::Scalar(255), cv::LINE_AA);
            cv::GaussianBlur(sm, sm, cv::Size(), std::max(1.0, W * r.uni(0.004, 0.02)));
            cv::Mat smf;
            sm.convertTo(smf, CV_32F, -r.uni(0.2, 0.55) / 255.0, 1.0);
            field = field.mul(smf);
        }
        cv::Mat field3;
        cv::cvtColor(field, field3, cv::COLOR_GRAY2BGR);
        fimg = fimg.mul(field3);
    }
    if (p.glare) {
        cv::Mat g(S, CV_32F, cv::Scalar(0));
        cv::Point2f c0(0, 0);
        for (auto q : gt.pts) c0 += q * 0.25f;
        const cv::Point2f gc = c0 + cv::Point2f(float(r.uni(-0.2, 0.2) * W), float(r.uni(-0.2, 0.2) * H));
        const double sg = r.uni(0.03, 0.08) * W;
        for (int y = 0; y < S.height; ++y) {
            float* gp = g.ptr<float>(y);
            for (int x = 0; x < S.width; ++x) {
                const double d2 = (x - gc.x) * (x - gc.x) + (y - gc.y) * (y - gc.y);
                gp[x] = float(r.uni(0, 0) + 230.0 * std::exp(-d2 / (2 * sg * sg)));
            }
        }
        cv::Mat g3;
        cv::cvtColor(g, g3, cv::COLOR_GRAY2BGR);
        fimg += g3;
    }
    {
        std::vector<cv::Mat> ch;
        cv::split(fimg, ch);
        for (int i = 0; i < 3; ++i) ch[size_t(i)] *= p.wbGains[i];
        cv::merge(ch, fimg);
    }
    double blurRadius = 0;
    if (p.defocusRadius > 0.3) {
        const double rad = p.defocusRadius;
        const int k = 2 * int(std::ceil(rad)) + 1;
        cv::Mat ker(k, k, CV_32F, cv::Scalar(0));
        cv::circle(ker, cv::Point(k / 2, k / 2), std::max(1, int(std::lround(rad))), cv::Scalar(1), cv::FILLED, cv::LINE_AA);
        ker /= cv::sum(ker)[0];
        cv::filter2D(fimg, fimg, -1, ker, cv::Point(-1, -1), 0, cv::BORDER_REFLECT);
        blurRadius = rad;
    }
    if (p.motionLength > 1) {
        const int k = 2 * int(std::ceil(p.motionLength / 2)) + 1;
        cv::Mat ker(k, k, CV_32F, cv::Scalar(0));
        const double a = p.motionAngleDeg * kPi / 180;
        const cv::Point2f d(float(std::cos(a) * p.motionLength / 2), float(std::sin(a) * p.motionLength / 2));
        const cv::Point2f c(k / 2.f, k / 2.f);
        cv::line(ker, c - d, c + d, cv::Scalar(1), 1, cv::LINE_AA);
        ker /= cv::sum(ker)[0];
        cv::filter2D(fimg, fimg, -1, ker, cv::Point(-1, -1), 0, cv::BORDER_REFLECT);
        blurRadius = std::max(blurRadius, p.motionLength / 2);
    }
    if (p.noiseSigma > 0) {
        cv::Mat n(S, CV_32FC3);
        cv::theRNG().state = quint64(p.seed) * 6364136223846793005ull + 1442695040888963407ull;
        cv::randn(n, cv::Scalar::all(0), cv::Scalar::all(p.noiseSigma));
        fimg += n;
    }
    fimg.convertTo(img, CV_8UC3);
    if (p.jpegQuality > 0) {
        std::vector<uchar> buf;
        cv::imencode(".jpg", img, buf, {cv::IMWRITE_JPEG_QUALITY, p.jpegQuality});
        img = cv::imdecode(buf, cv::IMREAD_COLOR);
    }

    Capture out;
    out.image = img;
    out.corners = gt;
    out.pageMm = p.pageMm;
    out.stratum = stratumName(p.stratum);
    out.params = p;
    out.complete = true;
    out.params.cornersOut = 0;
    for (auto c : gt.pts)
        if (!inside(c, 0)) { out.complete = false; ++out.params.cornersOut; }
    out.blurRadius = blurRadius;
    out.coveredShare = coveredShare;
    return out;
}

// ---------------------------------------------------------------------------------------------
// SmartDoc metric

namespace {

bool toDocFrame(const Quad& gt, const Quad& q, cv::Size2d page, std::vector<cv::Point2f>& out)
{
    const Quad rect{{cv::Point2f(0, 0), cv::Point2f(float(page.width), 0), cv::Point2f(float(page.width), float(page.height)),
                     cv::Point2f(0, float(page.height))}};
    const cv::Matx33d Hm = homographyOf(gt, rect);
    out.clear();
    for (auto p : q.pts) {
        const cv::Vec3d v = Hm * cv::Vec3d(p.x, p.y, 1);
        if (v[2] <= 1e-12) return false; // behind the horizon: not a sensible page outline
        out.emplace_back(float(v[0] / v[2]), float(v[1] / v[2]));
    }
    return true;
}

} // namespace

double smartDocJaccard(const Quad& gt, const Quad& detected, cv::Size2d pageSize)
{
    std::vector<cv::Point2f> s;
    if (gt.area() <= 0 || !toDocFrame(gt, detected, pageSize, s)) return 0;
    std::vector<cv::Point2f> hull;
    cv::convexHull(s, hull, false, true); // S' as a convex polygon (a valid detection is convex already)
    if (hull.size() < 3) return 0;
    // Sutherland-Hodgman against the page rectangle (exact, and safe with coincident edges,
    // where cv::intersectConvexConvex is not).
    std::vector<cv::Point2d> poly(hull.begin(), hull.end());
    auto clip = [&](auto inside, auto cut) {
        std::vector<cv::Point2d> out;
        for (size_t i = 0; i < poly.size(); ++i) {
            const cv::Point2d a = poly[i], b = poly[(i + 1) % poly.size()];
            const bool ia = inside(a), ib = inside(b);
            if (ia) out.push_back(a);
            if (ia != ib) out.push_back(cut(a, b));
        }
        poly.swap(out);
    };
    const double PW = pageSize.width, PH = pageSize.height;
    auto atX = [](double x) { return [x](cv::Point2d a, cv::Point2d b) { const double t = (x - a.x) / (b.x - a.x); return a + (b - a) * t; }; };
    auto atY = [](double y) { return [y](cv::Point2d a, cv::Point2d b) { const double t = (y - a.y) / (b.y - a.y); return a + (b - a) * t; }; };
    clip([](cv::Point2d p) { return p.x >= 0; }, atX(0));
    if (!poly.empty()) clip([PW](cv::Point2d p) { return p.x <= PW; }, atX(PW));
    if (!poly.empty()) clip([](cv::Point2d p) { return p.y >= 0; }, atY(0));
    if (!poly.empty()) clip([PH](cv::Point2d p) { return p.y <= PH; }, atY(PH));
    double ia = 0;
    for (size_t i = 0; poly.size() >= 3 && i < poly.size(); ++i) {
        const cv::Point2d a = poly[i], b = poly[(i + 1) % poly.size()];
        ia += a.x * b.y - a.y * b.x;
    }
    ia = std::abs(ia) / 2;
    const double ua = pageSize.area() + std::abs(cv::contourArea(hull)) - ia;
    return ua > 0 ? std::clamp(ia / ua, 0.0, 1.0) : 0;
}

double maxCornerErrorPercent(const Quad& gt, const Quad& detected, cv::Size2d pageSize)
{
    std::vector<cv::Point2f> s;
    if (!toDocFrame(gt, detected, pageSize, s)) return 100;
    const cv::Point2f g[4] = {{0, 0}, {float(pageSize.width), 0}, {float(pageSize.width), float(pageSize.height)}, {0, float(pageSize.height)}};
    double best = 1e18;
    for (int dir = 0; dir < 2; ++dir)
        for (int shift = 0; shift < 4; ++shift) {
            double worst = 0;
            for (int i = 0; i < 4; ++i) {
                const int j = dir == 0 ? (i + shift) % 4 : (shift - i + 4) % 4;
                worst = std::max(worst, double(cv::norm(g[i] - s[size_t(j)])));
            }
            best = std::min(best, worst);
        }
    return 100.0 * best / std::hypot(pageSize.width, pageSize.height);
}

} // namespace mtb::synth
