#include "SamplePhoto.h"

#include <QPainter>

namespace mtb::test {

QImage samplePhoto(bool blurred, int variant)
{
    QImage page(1400, 1980, QImage::Format_RGB32); // A4 at ~170 dpi
    page.fill(Qt::white);
    {
        QPainter p(&page);
        p.setPen(QPen(Qt::black, 2));
        QFont f = p.font();
        f.setPixelSize(40);
        f.setBold(true);
        p.setFont(f);
        p.drawText(QRect(0, 50, 1400, 60), Qt::AlignCenter,
                   variant % 2 ? QStringLiteral("南充市中心医院 诊断证明书") : QStringLiteral("川北医学院附属医院 出院小结"));
        f.setPixelSize(28);
        f.setBold(false);
        p.setFont(f);
        for (int y = 170; y < 1850; y += 46)
            p.drawText(80, y, QStringLiteral("诊断：高血压病 2 级 血压 160/100 mmHg，建议长期服药，定期复查 %1").arg(y / 36));
        p.setPen(QPen(QColor(200, 30, 30), 8));
        p.drawEllipse(QPoint(1050, 1600), 140, 140);
    }
    QImage photo(2100, 2500, QImage::Format_RGB32);
    photo.fill(QColor(45, 40, 38));
    {
        QPainter p(&photo);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        QTransform t;
        t.translate(420 + 20 * variant, 180);
        t.rotate(5 - 2 * variant);
        p.setTransform(t);
        p.drawImage(0, 0, page);
    }
    if (blurred)
        photo = photo.scaled(262, 312, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                    .scaled(2100, 2500, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return photo;
}

bool saveSamplePhoto(const QString& path, bool blurred, int variant)
{
    return samplePhoto(blurred, variant).save(path, "JPEG", 90);
}

} // namespace mtb::test
