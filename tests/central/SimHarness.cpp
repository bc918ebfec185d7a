#include "SimHarness.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

namespace mtb::test {

bool CentralSimProcess::start(const QString& dataDir, const QString& certDir, const QString& certName,
                              const QStringList& extraArgs, quint16 port)
{
    kill();
    m_output.clear();
    const QDir certs(certDir);
    QStringList args{QStringLiteral("serve"),
                     QStringLiteral("--data"),
                     dataDir,
                     QStringLiteral("--port"),
                     QString::number(port),
                     QStringLiteral("--cert"),
                     certs.filePath(certName + QStringLiteral(".pem")),
                     QStringLiteral("--key"),
                     certs.filePath(certName + QStringLiteral(".key")),
                     QStringLiteral("--admin-token"),
                     QStringLiteral("test-admin")};
    args << extraArgs;
    m_process.setProgram(QStringLiteral(MTB_CENTRAL_SIM_BINARY));
    m_process.setArguments(args);
    m_process.start();
    if (!m_process.waitForStarted(5000))
        return false;
    static const QRegularExpression ready(QStringLiteral("listening on https://[^:]+:(\\d+)"));
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        m_output += m_process.readAllStandardOutput();
        const auto match = ready.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
    }
    m_output += m_process.readAllStandardError();
    return false;
}

void CentralSimProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
        m_stderr += m_process.readAllStandardError();
    }
}

QByteArray CentralSimProcess::stderrLog()
{
    if (m_process.state() != QProcess::NotRunning)
        m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

QString CentralSimProcess::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1/api/v1").arg(m_port);
}

QByteArray TestHttp::Response::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString TestHttp::Response::errorCode() const
{
    return json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

QJsonObject TestHttp::Response::details() const
{
    return json.value(QLatin1String("error")).toObject().value(QLatin1String("details")).toObject();
}

TestHttp::TestHttp(const QString& caFile) : m_ssl(QSslConfiguration::defaultConfiguration())
{
    if (!caFile.isEmpty())
        m_ssl.setCaCertificates(QSslCertificate::fromPath(caFile, QSsl::Pem));
}

TestHttp::Response TestHttp::send(const QByteArray& method, const QString& path, const QByteArray& body,
                                  const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(QUrl(m_base + path));
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(20000);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto& h : headers)
        request.setRawHeader(h.first, h.second);

    QElapsedTimer clock;
    clock.start();
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    Response r;
    r.elapsedMs = clock.elapsed();
    r.error = reply->error();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

TestHttp::Response TestHttp::postJson(const QString& path, const QJsonObject& json,
                                      const QList<QPair<QByteArray, QByteArray>>& headers)
{
    return send("POST", path, QJsonDocument(json).toJson(QJsonDocument::Compact), headers);
}

TestHttp::Response TestHttp::login(const QString& user, const QString& password)
{
    m_token.clear();
    const Response r = postJson(QStringLiteral("/auth/login"),
                                {{"username", user}, {"password", password}, {"device_id", "test-device"}});
    if (r.status == 200)
        m_token = r.json.value(QLatin1String("access_token")).toString();
    return r;
}

} // namespace mtb::test
