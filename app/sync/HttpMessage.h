#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>
#include <optional>

namespace mtb {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One HTTP/1.1 request as HttpConnection sends it. Host and Content-Length are added by the connection.
struct HttpRequest
{
    QByteArray method;
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
};

// A complete response; header names compare case-insensitively, as HTTP says.
struct HttpResponse
{
    int status = 0;
    QByteArray reason;
    HttpHeaders headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

// What came of a request: a response, or a transport failure described the way QNetworkReply does
// (error code and a sentence), with TLS refusals marked so that staff are told and nothing is retried.
struct HttpOutcome
{
    std::optional<HttpResponse> response;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;
    bool tlsFailure = false;
};

} // namespace mtb
