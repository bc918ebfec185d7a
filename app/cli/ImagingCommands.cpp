#include "ImagingCommands.h"

#include "PagePipeline.h"
#include "PageSource.h"
#include "PdfWriter.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace mtb {

namespace {

QJsonValue cornersJson(const Detection& d)
{
    if (!d.found)
        return QJsonValue::Null; // no page outline: the whole frame was used
    QJsonArray corners;
    for (const cv::Point2f& p : d.corners.pts)
        corners.append(QJsonArray{double(p.x), double(p.y)});
    return corners;
}

QJsonArray issuesJson(const QualityReport& q)
{
    QJsonArray issues;
    for (QualityIssue i : q.issues)
        issues.append(qualityIssueKey(i));
    return issues;
}

QStringList issueTexts(const QualityReport& q)
{
    QStringList texts;
    for (QualityIssue i : q.issues)
        texts << qualityIssueText(i);
    return texts;
}

double round1(double v)
{
    return std::round(v * 10) / 10;
}

} // namespace

ImagingCommands::ImagingCommands(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}

QString ImagingCommands::detectUsage()
{
    return tr("Usage: mtbdesk-cli detect [--json] IMAGE...\n"
              "Finds the page in each image and checks its quality (the first page of a TIFF or PDF).\n"
              "Exit code: 0 when every file was read, 1 when some file could not be read (its entry "
              "says why; the others are still checked), 2 for a usage error.");
}

QString ImagingCommands::scanUsage()
{
    return tr("Usage: mtbdesk-cli scan IMAGE_OR_PDF... -o OUT.pdf [--mode color|gray|bw] [--dpi N] [--json]\n"
              "Straightens, cleans and checks every page and writes them into one PDF.\n"
              "Exit code: 0 when every file was read, 1 when some file or page could not be read (the "
              "PDF holds the others; nothing is written when no page could be read), 2 for a usage error.");
}

int ImagingCommands::detect(const QStringList& args)
{
    bool json = false;
    QStringList files;
    for (const QString& a : args) {
        if (a == u"--json")
            json = true;
        else if (a == u"--help" || a == u"-h") {
            m_out << detectUsage() << '\n';
            return 0;
        } else if (a.startsWith(u"--")) {
            m_err << tr("Unknown option: %1").arg(a) << '\n' << detectUsage() << '\n';
            return 2;
        } else
            files << a;
    }
    if (files.isEmpty()) {
        m_err << detectUsage() << '\n';
        return 2;
    }

    int exitCode = 0;
    QJsonArray results;
    PipelineOptions options;
    options.analyseOnly = true;
    for (const QString& file : std::as_const(files)) {
        QElapsedTimer timer;
        timer.start();
        QJsonObject o{{"file", file}};
        auto source = PageSource::open(file);
        SourcePage page = source->pageCount() > 0 ? source->page(0) : SourcePage{};
        QString error = source->openError();
        if (error.isEmpty())
            error = page.error;
        if (error.isEmpty() && page.bgr.empty())
            error = tr("%1: the file could not be read.").arg(QFileInfo(file).fileName());
        if (!error.isEmpty()) {
            exitCode = 1;
            o.insert(QStringLiteral("corners"), QJsonValue::Null);
            o.insert(QStringLiteral("complete"), false);
            o.insert(QStringLiteral("issues"), QJsonArray());
            o.insert(QStringLiteral("error"), error);
            if (!json)
                m_err << error << '\n';
        } else {
            options.sourceDpi = page.sourceDpi;
            options.skipDetection = page.digitalPage;
            const ProcessedPage p = PagePipeline().process(page.bgr, options);
            page.bgr.release();
            o.insert(QStringLiteral("corners"), cornersJson(p.detection));
            o.insert(QStringLiteral("complete"), p.detection.complete);
            o.insert(QStringLiteral("issues"), issuesJson(p.quality));
            if (!json) {
                const QStringList texts = issueTexts(p.quality);
                m_out << (texts.isEmpty() ? tr("%1: the page looks fine.").arg(file)
                                          : tr("%1: %2").arg(file, texts.join(u' ')))
                      << '\n';
            }
        }
        o.insert(QStringLiteral("ms"), round1(timer.nsecsElapsed() / 1e6));
        results.append(o);
    }
    if (json)
        m_out << QJsonDocument(results).toJson(QJsonDocument::Indented);
    m_out.flush();
    return exitCode;
}

int ImagingCommands::scan(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("OUT.pdf"));
    const QCommandLineOption modeOption(QStringLiteral("mode"), QString(), QStringLiteral("MODE"), QStringLiteral("color"));
    const QCommandLineOption dpiOption(QStringLiteral("dpi"), QString(), QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({outOption, modeOption, dpiOption, jsonOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("scan")} + args)) {
        m_err << parser.errorText() << '\n' << scanUsage() << '\n';
        return 2;
    }
    if (parser.isSet(helpOption)) {
        m_out << scanUsage() << '\n';
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    const QString outPath = parser.value(outOption);
    if (files.isEmpty() || outPath.isEmpty()) {
        m_err << (outPath.isEmpty() ? tr("Missing output file: use -o OUT.pdf.") + u'\n' : QString()) << scanUsage() << '\n';
        return 2;
    }
    PipelineOptions options;
    const QString mode = parser.value(modeOption);
    if (mode == u"color" || mode == u"colour")
        options.mode = ColorMode::Color;
    else if (mode == u"gray" || mode == u"grey")
        options.mode = ColorMode::Gray;
    else if (mode == u"bw")
        options.mode = ColorMode::BlackWhite;
    else {
        m_err << tr("Unknown mode %1: use color, gray or bw.").arg(mode) << '\n';
        return 2;
    }
    bool dpiOk = false;
    options.dpi = parser.value(dpiOption).toInt(&dpiOk);
    if (!dpiOk || options.dpi < 72 || options.dpi > 600) {
        m_err << tr("The resolution must be between 72 and 600 dpi.") << '\n';
        return 2;
    }
    const bool json = parser.isSet(jsonOption);

    // The PDF goes to a temporary file next to OUT.pdf and replaces it only when complete.
    QSaveFile save(outPath);
    if (!save.open(QIODevice::WriteOnly)) {
        m_err << tr("Cannot write %1: %2").arg(outPath, save.errorString()) << '\n';
        return 1;
    }
    PdfWriter writer(&save);
    int exitCode = 0;
    int pagesWritten = 0;
    QJsonArray results;
    const auto fail = [&](const QString& file, int pageNumber, const QString& error) {
        exitCode = 1;
        QJsonObject o{{"file", file}, {"error", error}};
        if (pageNumber > 0)
            o.insert(QStringLiteral("page"), pageNumber);
        results.append(o);
        m_err << error << '\n';
    };
    for (const QString& file : files) {
        auto source = PageSource::open(file, options.dpi);
        if (source->pageCount() == 0) {
            fail(file, 0, source->openError());
            continue;
        }
        // One page at a time: decoded, processed, written, released.
        for (int i = 0; i < source->pageCount(); ++i) {
            SourcePage page = source->page(i);
            if (!page.error.isEmpty() || page.bgr.empty()) {
                fail(file, i + 1, page.error.isEmpty() ? tr("%1, page %2: the page could not be read.")
                                                              .arg(QFileInfo(file).fileName())
                                                              .arg(i + 1)
                                                        : page.error);
                continue;
            }
            options.sourceDpi = page.sourceDpi;
            options.skipDetection = page.digitalPage;
            const ProcessedPage p = PagePipeline().process(page.bgr, options);
            page.bgr.release();
            QString error;
            if (p.encoded.isEmpty() ||
                !writer.addPage({p.encoded, p.encodedFormat, p.widthMm, p.heightMm}, &error)) {
                if (error.isEmpty())
                    error = tr("%1, page %2: the page could not be processed.").arg(QFileInfo(file).fileName()).arg(i + 1);
                fail(file, i + 1, error);
                if (!save.isOpen() || save.error() != QFileDevice::NoError)
                    return 1; // the output itself failed (disk full): nothing is committed
                continue;
            }
            ++pagesWritten;
            results.append(QJsonObject{{"file", file},
                                       {"page", i + 1},
                                       {"corners", cornersJson(p.detection)},
                                       {"complete", p.detection.complete},
                                       {"issues", issuesJson(p.quality)},
                                       {"bytes", p.encoded.size()}});
            if (!json) {
                const QStringList texts = issueTexts(p.quality);
                if (!texts.isEmpty())
                    m_out << tr("%1, page %2: %3").arg(file).arg(i + 1).arg(texts.join(u' ')) << '\n';
            }
        }
    }
    QString error;
    if (pagesWritten == 0) {
        save.cancelWriting();
        m_err << tr("No page could be read; %1 was not written.").arg(outPath) << '\n';
        exitCode = 1;
    } else if (!writer.finish(&error) || !save.commit()) {
        m_err << tr("Cannot write %1: %2").arg(outPath, error.isEmpty() ? save.errorString() : error) << '\n';
        return 1;
    } else if (!json) {
        m_out << tr("%1 pages written to %2.").arg(pagesWritten).arg(outPath) << '\n';
    }
    if (json)
        m_out << QJsonDocument(results).toJson(QJsonDocument::Indented);
    m_out.flush();
    return exitCode;
}

} // namespace mtb
