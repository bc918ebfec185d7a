#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <functional>

namespace mtb::test {

// A canned answer for one request.
struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError; // e.g. ConnectionRefusedError
};

// The ownCloud FakeQNAM pattern, shrunk to our REST API: every request goes through createRequest(),
// where a handler decides the answer; replies finish asynchronously like real ones, so production
// code runs unmodified. For unit tests of error paths only — integration tests use the real service.
class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using Handler = std::function<FakeResponse(const QByteArray& verb, const QNetworkRequest&, const QByteArray& body)>;
    explicit FakeNetworkAccessManager(Handler handler, QObject* parent = nullptr);

    struct Seen
    {
        QByteArray verb;
        QString path;
        QByteArray body;
        QNetworkRequest request;
    };
    QList<Seen> requests() const { return m_seen; }
    int count(const QByteArray& verb, const QString& pathPrefix) const;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override;

private:
    Handler m_handler;
    QList<Seen> m_seen;
};

} // namespace mtb::test
