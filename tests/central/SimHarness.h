#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

namespace mtb::test {

// Runs the real mtbdesk-central-sim binary: start waits for its "listening on" line.
class CentralSimProcess
{
public:
    ~CentralSimProcess() { kill(); }
    // Returns false (and leaves the output in lastOutput()) if it does not come up within 15 s.
    bool start(const QString& dataDir, const QString& certDir,
               const QString& certName = QStringLiteral("server"), const QStringList& extraArgs = {},
               quint16 port = 0);
    void kill(); // SIGKILL: a crash, not a clean stop
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    QByteArray lastOutput() const { return m_output; }
    QByteArray stderrLog();

private:
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_output;
    QByteArray m_stderr;
};

// A synchronous HTTPS client for the tests: QNetworkAccessManager trusting exactly the given CA
// (never ignoreSslErrors), one request at a time.
class TestHttp
{
public:
    struct Response
    {
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QList<QNetworkReply::RawHeaderPair> headers;
        qint64 elapsedMs = 0;
        QByteArray header(const QByteArray& name) const;
        QString errorCode() const; // json.error.code
        QJsonObject details() const;
    };

    // caFile empty: the system's default CAs only (which do not include the project CA).
    explicit TestHttp(const QString& caFile = {});
    void setBaseUrl(const QString& base) { m_base = base; }
    void setToken(const QString& token) { m_token = token; }
    QString token() const { return m_token; }

    Response send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                  const QList<QPair<QByteArray, QByteArray>>& headers = {});
    Response postJson(const QString& path, const QJsonObject& json,
                      const QList<QPair<QByteArray, QByteArray>>& headers = {});
    // Signs in and keeps the access token; returns the login response.
    Response login(const QString& user, const QString& password);

private:
    QNetworkAccessManager m_nam;
    QSslConfiguration m_ssl;
    QString m_base;
    QString m_token;
};

} // namespace mtb::test
