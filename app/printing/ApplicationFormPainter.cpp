#include "ApplicationFormPainter.h"

#include "Catalog.h"
#include "FieldLabels.h"

#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>

namespace mtb {

namespace {
// Layout units: tenths of a millimetre on a 180 x 267 mm area (A4 less 15 mm margins).
constexpr qreal kWidth = 1800;
constexpr qreal kHeight = 2670;
constexpr qreal kMarginMm = 15;
constexpr qreal kLabelWidth = 300;
constexpr qreal kPad = 18;
constexpr qreal kRowHeight = 80;

QFont formFont(int pixelSize, bool bold = false)
{
    // Latin text and digits in a Latin face, Chinese in the CJK face (fonts-noto-cjk); fontconfig
    // falls back to whatever is installed. Latin runs shaped with the CJK face come out as alternate
    // digit glyphs that the PDF's text layer cannot map back to characters (search, copy), so the
    // Latin face comes first.
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
                      QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                      QStringLiteral("WenQuanYi Micro Hei")});
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

struct Cell
{
    QString label;
    QString value;
    bool full = false; // spans the whole row instead of half of it
};

class Sheet
{
public:
    explicit Sheet(QPainter* p) : m_p(p) {}

    qreal y = 0;

    void section(const QString& title)
    {
        const QRectF r(0, y, kWidth, 70);
        m_p->fillRect(r, QColor(0xe8, 0xe8, 0xe8));
        m_p->setPen(QPen(Qt::black, 4));
        m_p->drawRect(r);
        m_p->setFont(formFont(36, true));
        m_p->drawText(r.adjusted(kPad, 0, -kPad, 0), Qt::AlignVCenter | Qt::AlignLeft, title);
        y += r.height();
    }

    // One row of one full-width cell or two half-width cells.
    void row(const QList<Cell>& cells)
    {
        qreal height = kRowHeight;
        for (const Cell& c : cells)
            height = std::max(height, cellHeight(c));
        qreal x = 0;
        for (const Cell& c : cells) {
            const qreal width = c.full ? kWidth : kWidth / 2;
            const QRectF label(x, y, kLabelWidth, height);
            const QRectF value(x + kLabelWidth, y, width - kLabelWidth, height);
            m_p->setPen(QPen(Qt::black, 4));
            m_p->fillRect(label, QColor(0xf5, 0xf5, 0xf5));
            m_p->drawRect(label);
            m_p->drawRect(value);
            m_p->setFont(formFont(30));
            m_p->drawText(label.adjusted(kPad, 0, -kPad, 0), Qt::AlignVCenter | Qt::TextWordWrap, c.label);
            m_p->setFont(formFont(34));
            m_p->drawText(value.adjusted(kPad, kPad, -kPad, -kPad), Qt::AlignVCenter | Qt::TextWordWrap,
                          c.value);
            x += width;
        }
        y += height;
    }

    void gap(qreal h) { y += h; }

    qreal textHeight(const QFont& font, qreal width, const QString& text) const
    {
        m_p->setFont(font);
        return m_p->boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap, text).height();
    }

private:
    qreal cellHeight(const Cell& c) const
    {
        const qreal width = (c.full ? kWidth : kWidth / 2) - kLabelWidth - 2 * kPad;
        return std::max(textHeight(formFont(34), width, c.value),
                        textHeight(formFont(30), kLabelWidth - 2 * kPad, c.label)) +
               2 * kPad;
    }

    QPainter* m_p;
};

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

ApplicationFormPainter::ApplicationFormPainter(const Catalog& catalog, bool english)
    : m_catalog(catalog), m_english(english)
{
}

QString ApplicationFormPainter::title()
{
    return tr("Application for Recognition of Outpatient Chronic and Special Disease Benefits");
}

QString ApplicationFormPainter::applicantSignatureLabel()
{
    return tr("Applicant's signature:");
}

QString ApplicationFormPainter::agentSignatureLabel()
{
    return tr("Agent's signature:");
}

bool ApplicationFormPainter::print(const Application& application, QPagedPaintDevice* device) const
{
    if (!device)
        return false;
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                      QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(device))
        return false;
    paint(application, &painter, QRectF(0, 0, device->width(), device->height()));
    return painter.end();
}

void ApplicationFormPainter::paint(const Application& a, QPainter* painter, const QRectF& area) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(area.topLeft());
    const qreal scale = std::min(area.width() / kWidth, area.height() / kHeight);
    painter->scale(scale, scale);
    painter->setPen(Qt::black);

    auto dictionaryName = [this](const char* dictionary, const QString& code) {
        const CodeEntry* e = m_catalog.dictionaryEntry(QString::fromLatin1(dictionary), code);
        return e ? e->displayName(m_english) : code;
    };
    auto regionName = [this](const QString& code) {
        QStringList names;
        for (const Region* r = m_catalog.region(code); r && names.size() < 4;
             r = m_catalog.region(r->parent)) {
            names.prepend(r->displayName(m_english));
            if (r->parent.isEmpty() || r->parent == r->code)
                break;
        }
        if (names.isEmpty())
            return code;
        return tr("%1 (%2)").arg(names.join(m_english ? QStringLiteral(", ") : QString()), code);
    };
    auto codeAndName = [](const QString& name, const QString& code) {
        if (code.isEmpty())
            return name;
        return name.isEmpty() ? code : tr("%1 (%2)").arg(name, code);
    };

    Sheet sheet(painter);
    // Title and the numbers the office files it under.
    painter->setFont(formFont(62, true));
    const qreal titleHeight = sheet.textHeight(formFont(62, true), kWidth, title());
    painter->setFont(formFont(62, true));
    painter->drawText(QRectF(0, 0, kWidth, titleHeight), Qt::AlignHCenter | Qt::TextWordWrap, title());
    sheet.gap(titleHeight + 30);
    painter->setFont(formFont(28));
    const QString numbers =
        tr("Application no.: %1")
            .arg(a.applicationNumber.isEmpty() ? tr("not assigned yet") : a.applicationNumber);
    painter->drawText(QRectF(0, sheet.y, kWidth, 40), Qt::AlignLeft | Qt::AlignVCenter, numbers);
    painter->drawText(QRectF(0, sheet.y, kWidth, 40), Qt::AlignRight | Qt::AlignVCenter,
                      tr("Local ID: %1").arg(a.uuid.toString(QUuid::WithoutBraces)));
    sheet.gap(60);

    const Applicant& p = a.applicant;
    sheet.section(tr("Applicant"));
    sheet.row({{fieldLabel(QStringLiteral("psn_name")), p.psnName},
               {fieldLabel(QStringLiteral("gend")), dictionaryName("gend", p.gend)}});
    sheet.row({{fieldLabel(QStringLiteral("psn_cert_type")), dictionaryName("psn_cert_type", p.psnCertType)},
               {fieldLabel(QStringLiteral("certno")), p.certno}});
    sheet.row({{fieldLabel(QStringLiteral("brdy")), isoDate(p.brdy)},
               {fieldLabel(QStringLiteral("naty")), dictionaryName("naty", p.naty)}});
    sheet.row({{fieldLabel(QStringLiteral("tel")), p.tel},
               {fieldLabel(QStringLiteral("insutype")), dictionaryName("insutype", p.insutype)}});
    sheet.row({{fieldLabel(QStringLiteral("insu_admdvs")), regionName(p.insuAdmdvs), true}});
    sheet.row({{fieldLabel(QStringLiteral("addr")), p.addr, true}});
    sheet.gap(30);

    sheet.section(tr("Diseases applied for"));
    QStringList diseases;
    for (const DiseaseLine& line : a.diseases) {
        const Disease* d = m_catalog.disease(line.code);
        diseases.append(codeAndName(d ? d->displayName(m_english) : line.name, line.code));
    }
    sheet.row({{fieldLabel(QStringLiteral("diseases")), diseases.join(u'\n'), true}});
    if (!a.appyRea.trimmed().isEmpty())
        sheet.row({{fieldLabel(QStringLiteral("appy_rea")), a.appyRea.trimmed(), true}});
    sheet.gap(30);

    const Provenance& h = a.provenance;
    sheet.section(tr("Designated hospital and diagnosis"));
    const Institution* inst = m_catalog.institution(h.fixmedinsNo);
    sheet.row({{fieldLabel(QStringLiteral("ide_fixmedins_no")),
                codeAndName(h.fixmedinsName.isEmpty() && inst ? inst->name : h.fixmedinsName, h.fixmedinsNo),
                true}});
    sheet.row({{fieldLabel(QStringLiteral("hosp_ide_date")), isoDate(h.hospIdeDate)},
               {fieldLabel(QStringLiteral("diag_dr_name")), codeAndName(h.diagDrName, h.diagDrCodg)}});
    sheet.gap(30);

    const Agent& g = a.agent;
    if (g.enabled) {
        sheet.section(tr("Agent (applying on the applicant's behalf)"));
        sheet.row({{fieldLabel(QStringLiteral("agnter_name")), g.name},
                   {fieldLabel(QStringLiteral("agnter_rlts")), dictionaryName("agnter_rlts", g.rlts)}});
        sheet.row(
            {{fieldLabel(QStringLiteral("agnter_cert_type")), dictionaryName("psn_cert_type", g.certType)},
             {fieldLabel(QStringLiteral("agnter_certno")), g.certno}});
        sheet.row({{fieldLabel(QStringLiteral("agnter_tel")), g.tel, true}});
        sheet.gap(30);
    }

    const Acceptance& acc = a.acceptance;
    sheet.section(tr("Acceptance"));
    const Channel* channel = m_catalog.channel(acc.channel);
    sheet.row(
        {{fieldLabel(QStringLiteral("optins")), regionName(acc.site)},
         {fieldLabel(QStringLiteral("dcla_souc")), channel ? channel->displayName(m_english) : acc.channel}});
    sheet.row({{fieldLabel(QStringLiteral("opter_name")), acc.operatorName},
               {tr("Accepted at"), acc.acceptedAt.isValid() ? acc.acceptedAt.toLocalTime().toString(
                                                                  QStringLiteral("yyyy-MM-dd HH:mm"))
                                                            : QString()}});
    sheet.gap(50);

    // The declaration and the lines the applicant (and an agent) sign on.
    const QString declaration =
        tr("I declare that the information above and the materials provided are true, "
           "complete and valid, and I accept responsibility for any false statement.");
    const qreal declarationHeight = sheet.textHeight(formFont(32), kWidth, declaration);
    painter->setFont(formFont(32));
    painter->drawText(QRectF(0, sheet.y, kWidth, declarationHeight), Qt::TextWordWrap, declaration);
    sheet.gap(declarationHeight + 90);

    auto signatureLine = [&](const QString& label) {
        painter->setFont(formFont(34));
        painter->setPen(QPen(Qt::black, 4));
        const QRectF labelRect(0, sheet.y, 380, 60);
        painter->drawText(labelRect, Qt::AlignLeft | Qt::AlignBottom, label);
        painter->drawLine(QPointF(390, sheet.y + 60), QPointF(1050, sheet.y + 60));
        const QString date = tr("Date:");
        painter->drawText(QRectF(1120, sheet.y, 160, 60), Qt::AlignLeft | Qt::AlignBottom, date);
        painter->drawLine(QPointF(1290, sheet.y + 60), QPointF(kWidth, sheet.y + 60));
        sheet.gap(140);
    };
    signatureLine(applicantSignatureLabel());
    signatureLine(agentSignatureLabel());

    painter->setFont(formFont(24));
    painter->setPen(QColor(0x55, 0x55, 0x55));
    painter->drawText(QRectF(0, kHeight - 40, kWidth, 40), Qt::AlignRight | Qt::AlignBottom,
                      tr("Printed by MTB Desk on %1")
                          .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    painter->restore();
}

} // namespace mtb
