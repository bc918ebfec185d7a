#include "PdfProcessPageSource.h"

#include "PdfPageSource.h"
#include "PdfRenderProtocol.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>

#include <opencv2/core.hpp>

namespace mtb {

using namespace pdfrender;

namespace {

constexpr int kPollMs = 100; // how often a wait looks at the cancel flag
constexpr int kDefaultPageSeconds = 30;

template <typename T> QByteArray bytesOf(T value)
{
    return QByteArray(reinterpret_cast<const char*>(&value), sizeof value);
}

} // namespace

PdfProcessPageSource::PdfProcessPageSource(QString helper, QString name, int dpi,
                                           std::function<bool()> cancelled)
    : m_helper(std::move(helper)), m_name(std::move(name)), m_dpi(dpi > 0 ? dpi : 200),
      m_cancelled(std::move(cancelled))
{
}

std::unique_ptr<PdfProcessPageSource> PdfProcessPageSource::fromPath(const QString& helper,
                                                                     const QString& path, int dpi,
                                                                     std::function<bool()> cancelled)
{
    std::unique_ptr<PdfProcessPageSource> source(
        new PdfProcessPageSource(helper, QFileInfo(path).fileName(), dpi, std::move(cancelled)));
    source->open(kFromPath, path.toUtf8());
    return source;
}

std::unique_ptr<PdfProcessPageSource> PdfProcessPageSource::fromBytes(const QString& helper,
                                                                      const QByteArray& bytes,
                                                                      const QString& name, int dpi,
                                                                      std::function<bool()> cancelled)
{
    std::unique_ptr<PdfProcessPageSource> source(
        new PdfProcessPageSource(helper, name, dpi, std::move(cancelled)));
    source->open(kFromBytes, bytes); // shared, not copied
    return source;
}

void PdfProcessPageSource::open(quint32 kind, const QByteArray& source)
{
    m_kind = kind;
    m_source = source;
    const Wait opened = start();
    if (opened != Wait::Done && m_error.isEmpty())
        m_error = failureMessage(opened, -1);
}

PdfProcessPageSource::~PdfProcessPageSource()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->closeWriteChannel(); // end of input: the helper exits by itself
        if (!m_process->waitForFinished(2000))
            stopHelper();
    }
}

QString PdfProcessPageSource::helperPath()
{
    const QString forced = qEnvironmentVariable("MTBDESK_PDF_RENDER");
    if (!forced.isEmpty())
        return forced;
#ifdef Q_OS_WIN
    const QString exe = QStringLiteral("mtbdesk-pdf-render.exe");
#else
    const QString exe = QStringLiteral("mtbdesk-pdf-render");
#endif
    QStringList candidates;
    if (QCoreApplication::instance()) {
        const QString dir = QCoreApplication::applicationDirPath();
        candidates << dir + u'/' + exe << dir + QStringLiteral("/../libexec/mtbdesk/") + exe;
    }
#ifdef MTB_PDF_RENDER_BUILD_PATH
    candidates << QStringLiteral(MTB_PDF_RENDER_BUILD_PATH); // tests and programs run from the build tree
#endif
    for (const QString& candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return {};
}

int PdfProcessPageSource::pageTimeLimitSeconds()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("MTBDESK_PDF_PAGE_SECONDS", &ok);
    return ok && seconds >= 1 && seconds <= 3600 ? seconds : kDefaultPageSeconds;
}

PdfProcessPageSource::Wait PdfProcessPageSource::start()
{
    stopHelper();
    m_process = std::make_unique<QProcess>();
    // The helper's warnings go straight to our stderr instead of piling up in a buffer.
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(m_helper, {});
    const QDeadlineTimer deadline(pageTimeLimitSeconds() * 1000);
    if (!m_process->waitForStarted(int(deadline.remainingTime()))) {
        m_error = QCoreApplication::translate(
                      "PageSource", "%1: the PDF cannot be opened: MTB Desk's PDF reader (%2) did not "
                                    "start. Reinstall MTB Desk.")
                      .arg(m_name, QFileInfo(m_helper).fileName());
        stopHelper();
        return Wait::Died;
    }
    QByteArray request =
        bytesOf(kMagic) + bytesOf(quint32(m_dpi)) + bytesOf(m_kind) + bytesOf(quint64(m_source.size()));
    Wait w = writeAll(request, deadline);
    if (w == Wait::Done)
        w = writeAll(m_source, deadline);
    quint32 status = 0, pages = 0;
    if (w == Wait::Done)
        w = readExactly(reinterpret_cast<char*>(&status), sizeof status, deadline);
    if (w == Wait::Done)
        w = readExactly(reinterpret_cast<char*>(&pages), sizeof pages, deadline);
    if (w != Wait::Done) {
        stopHelper();
        return w;
    }
    if (status != quint32(OpenStatus::Ok) || pages == 0) {
        OpenStatus why = status > quint32(OpenStatus::NoPages) ? OpenStatus::Damaged : OpenStatus(status);
        if (why == OpenStatus::Ok)
            why = OpenStatus::NoPages;
        m_error = PdfPageSource::openMessage(why, m_name);
        m_pageCount = 0;
        return Wait::Done;
    }
    m_pageCount = int(std::min<quint32>(pages, 1'000'000));
    return Wait::Done;
}

PdfProcessPageSource::Wait PdfProcessPageSource::readExactly(char* out, qint64 n,
                                                             const QDeadlineTimer& deadline)
{
    qint64 got = 0;
    while (got < n) {
        const qint64 r = m_process->read(out + got, n - got);
        if (r < 0)
            return Wait::Died;
        got += r;
        if (got == n)
            break;
        if (m_cancelled && m_cancelled())
            return Wait::Cancelled;
        if (deadline.hasExpired())
            return Wait::TimedOut;
        if (!m_process->waitForReadyRead(kPollMs) && m_process->state() == QProcess::NotRunning &&
            m_process->bytesAvailable() == 0)
            return Wait::Died;
    }
    return Wait::Done;
}

PdfProcessPageSource::Wait PdfProcessPageSource::writeAll(const QByteArray& bytes,
                                                          const QDeadlineTimer& deadline)
{
    if (m_process->write(bytes) != bytes.size())
        return Wait::Died;
    while (m_process->bytesToWrite() > 0) {
        if (m_cancelled && m_cancelled())
            return Wait::Cancelled;
        if (deadline.hasExpired())
            return Wait::TimedOut;
        if (!m_process->waitForBytesWritten(kPollMs) && m_process->state() == QProcess::NotRunning)
            return Wait::Died;
    }
    return Wait::Done;
}

void PdfProcessPageSource::stopHelper()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

QString PdfProcessPageSource::failureMessage(Wait why, int index) const
{
    const int seconds = pageTimeLimitSeconds();
    switch (why) {
    case Wait::Done:
        return {};
    case Wait::Cancelled:
        return QCoreApplication::translate("PageSource", "%1: cancelled.").arg(m_name);
    case Wait::TimedOut:
        if (index < 0)
            return QCoreApplication::translate(
                       "PageSource", "%1: the PDF took longer than %2 s to open and was skipped. The file "
                                     "may be damaged: open it in a PDF viewer, or scan the paper instead.")
                .arg(m_name)
                .arg(seconds);
        return QCoreApplication::translate(
                   "PageSource", "%1, page %2: the page took longer than %3 s to render and was skipped. "
                                 "The file may be damaged: scan this page from paper instead.")
            .arg(m_name)
            .arg(index + 1)
            .arg(seconds);
    case Wait::Died:
        break;
    }
    return index < 0 ? PdfPageSource::openMessage(OpenStatus::Damaged, m_name)
                     : PdfPageSource::unreadablePageMessage(m_name, index);
}

SourcePage PdfProcessPageSource::page(int index)
{
    SourcePage page;
    if (!m_error.isEmpty()) {
        page.error = m_error;
        return page;
    }
    if (index < 0 || index >= m_pageCount) {
        page.error = PdfPageSource::unreadablePageMessage(m_name, index);
        return page;
    }
    // After a page that timed out or killed the helper, the next page gets a fresh one.
    if (!m_process) {
        const Wait restarted = start();
        if (restarted != Wait::Done || !m_error.isEmpty()) {
            page.error = m_error.isEmpty() ? failureMessage(restarted, index) : m_error;
            m_error.clear(); // a later page may still open
            return page;
        }
    }
    const QDeadlineTimer deadline(pageTimeLimitSeconds() * 1000);
    quint32 status = 0, width = 0, height = 0, digital = 0;
    double dpi = 0;
    Wait w = writeAll(bytesOf(quint32(index)), deadline);
    if (w == Wait::Done)
        w = readExactly(reinterpret_cast<char*>(&status), sizeof status, deadline);
    if (w == Wait::Done && status == kPageRendered) {
        w = readExactly(reinterpret_cast<char*>(&width), sizeof width, deadline);
        if (w == Wait::Done)
            w = readExactly(reinterpret_cast<char*>(&height), sizeof height, deadline);
        if (w == Wait::Done)
            w = readExactly(reinterpret_cast<char*>(&dpi), sizeof dpi, deadline);
        if (w == Wait::Done)
            w = readExactly(reinterpret_cast<char*>(&digital), sizeof digital, deadline);
        // The helper renders within PageSource::kMaxPixels; anything else is not to be allocated.
        if (w == Wait::Done && (width == 0 || height == 0 || qint64(width) * height > kMaxPixels + 1'000'000))
            w = Wait::Died;
        if (w == Wait::Done) {
            page.bgr.create(int(height), int(width), CV_8UC3);
            w = readExactly(reinterpret_cast<char*>(page.bgr.data), qint64(width) * height * 3, deadline);
        }
    }
    if (w != Wait::Done) {
        stopHelper();
        page.bgr.release();
        page.error = failureMessage(w, index);
        return page;
    }
    if (status != kPageRendered) {
        page.error = PdfPageSource::unreadablePageMessage(m_name, index);
        return page;
    }
    page.sourceDpi = dpi;
    page.digitalPage = digital != 0;
    return page;
}

} // namespace mtb
