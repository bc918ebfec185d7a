#include "PdfPageSource.h"
#include "PdfRenderSize.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPdfDocument>

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>

namespace mtb {

PdfPageSource::PdfPageSource(const QString& path, int dpi)
    : m_name(QFileInfo(path).fileName()), m_dpi(dpi > 0 ? dpi : 200), m_doc(std::make_unique<QPdfDocument>())
{
    // PDFium reads the file through QFile as it needs it: pages are parsed and rendered one at a
    // time, so a 200-page PDF is never in memory as a whole.
    readLoadResult(int(m_doc->load(path)));
}

PdfPageSource::PdfPageSource(const QByteArray& bytes, const QString& name, int dpi)
    : m_name(name), m_dpi(dpi > 0 ? dpi : 200), m_buffer(std::make_unique<QBuffer>()),
      m_doc(std::make_unique<QPdfDocument>())
{
    m_buffer->setData(bytes);
    m_buffer->open(QIODevice::ReadOnly);
    // A random-access device whose bytes are all there: QtPdf loads it before load() returns.
    m_doc->load(m_buffer.get());
    if (m_doc->status() != QPdfDocument::Status::Ready && m_doc->error() == QPdfDocument::Error::None) {
        readLoadResult(int(QPdfDocument::Error::Unknown)); // still loading: cannot happen with a buffer
        return;
    }
    readLoadResult(int(m_doc->error()));
}

void PdfPageSource::readLoadResult(int error)
{
    using pdfrender::OpenStatus;
    switch (QPdfDocument::Error(error)) {
    case QPdfDocument::Error::None:
        m_pageCount = std::max(0, m_doc->pageCount());
        m_status = m_pageCount > 0 ? OpenStatus::Ok : OpenStatus::NoPages;
        break;
    case QPdfDocument::Error::IncorrectPassword: m_status = OpenStatus::Password; break;
    case QPdfDocument::Error::UnsupportedSecurityScheme: m_status = OpenStatus::UnsupportedSecurity; break;
    case QPdfDocument::Error::FileNotFound: m_status = OpenStatus::NotFound; break;
    default: m_status = OpenStatus::Damaged; break;
    }
    if (m_status != OpenStatus::Ok) {
        m_pageCount = 0;
        m_error = openMessage(m_status, m_name);
    }
}

QString PdfPageSource::openMessage(pdfrender::OpenStatus status, const QString& name)
{
    using pdfrender::OpenStatus;
    switch (status) {
    case OpenStatus::Ok:
        return {};
    case OpenStatus::Password:
        return QCoreApplication::translate("PageSource", "%1: the PDF is protected by a password. Save a copy without "
                                                         "the password and add that instead.").arg(name);
    case OpenStatus::UnsupportedSecurity:
        return QCoreApplication::translate("PageSource", "%1: the PDF is encrypted in a way that cannot be read.").arg(name);
    case OpenStatus::NotFound:
        return QCoreApplication::translate("PageSource", "%1: the file cannot be opened (%2).")
            .arg(name, QCoreApplication::translate("PageSource", "not found"));
    case OpenStatus::NoPages:
        return QCoreApplication::translate("PageSource", "%1: the PDF has no pages.").arg(name);
    case OpenStatus::Damaged:
        break;
    }
    return QCoreApplication::translate("PageSource", "%1: the PDF is damaged or incomplete.").arg(name);
}

QString PdfPageSource::unreadablePageMessage(const QString& name, int index)
{
    return QCoreApplication::translate("PageSource",
                                       "%1, page %2: the page cannot be read (the file is damaged or incomplete).")
        .arg(name)
        .arg(index + 1);
}

PdfPageSource::~PdfPageSource() = default;

SourcePage PdfPageSource::page(int index)
{
    SourcePage page;
    if (!m_error.isEmpty()) {
        page.error = m_error;
        return page;
    }
    const auto cannotRender = [&] { return unreadablePageMessage(m_name, index); };
    if (index < 0 || index >= m_pageCount) {
        page.error = cannotRender();
        return page;
    }
    const QSizeF points = m_doc->pagePointSize(index);
    if (!(points.width() > 0 && points.height() > 0) || !std::isfinite(points.width() * points.height())) {
        page.error = cannotRender();
        return page;
    }
    const PdfRenderSize size = pdfRenderSize(points, m_dpi, kMaxPixels);
    QImage image = m_doc->render(index, size.pixels);
    if (image.isNull()) {
        page.error = cannotRender();
        return page;
    }
    // PDFium leaves unpainted areas transparent: composite on white paper.
    if (image.hasAlphaChannel()) {
        image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        QImage white(image.size(), QImage::Format_RGB32);
        white.fill(Qt::white);
        for (int y = 0; y < image.height(); ++y) {
            const auto* src = reinterpret_cast<const QRgb*>(image.constScanLine(y));
            auto* dst = reinterpret_cast<QRgb*>(white.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const QRgb p = src[x]; // premultiplied
                const int a = qAlpha(p);
                dst[x] = qRgb(qRed(p) + 255 - a, qGreen(p) + 255 - a, qBlue(p) + 255 - a);
            }
        }
        image = white;
    }
    const QImage bgr = image.convertToFormat(QImage::Format_BGR888);
    page.bgr = cv::Mat(bgr.height(), bgr.width(), CV_8UC3, const_cast<uchar*>(bgr.constBits()), size_t(bgr.bytesPerLine()))
                   .clone();
    page.sourceDpi = size.dpi;
    page.digitalPage = true;
    return page;
}

} // namespace mtb
