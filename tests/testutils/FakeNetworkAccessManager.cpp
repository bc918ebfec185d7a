#include "FakeNetworkAccessManager.h"

#include <QTimer>

namespace mtb::test {

namespace {
class FakeReply : public QNetworkReply
{
public:
    FakeReply(const QNetworkRequest& request, const QByteArray& verb, const FakeResponse& response, QObject* parent)
        : QNetworkReply(parent), m_response(response)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(QNetworkAccessManager::CustomOperation);
        setAttribute(QNetworkRequest::CustomVerbAttribute, verb);
        open(QIODevice::ReadOnly);
        // Answer on the next turn of the event loop, never inside createRequest().
        QTimer::singleShot(0, this, [this] { respond(); });
    }
    void abort() override
    {
        if (isFinished())
            return;
        setError(OperationCanceledError, QStringLiteral("aborted"));
        setFinished(true);
        emit errorOccurred(OperationCanceledError);
        emit finished();
    }
    qint64 bytesAvailable() const override { return m_response.body.size() - m_offset + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_response.body.size() - m_offset);
        memcpy(data, m_response.body.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    void respond()
    {
        if (isFinished())
            return;
        if (m_response.networkError != NoError) {
            setError(m_response.networkError, QStringLiteral("simulated network error"));
            setFinished(true);
            emit errorOccurred(m_response.networkError);
            emit finished();
            return;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
        for (const auto& h : m_response.headers)
            setRawHeader(h.first, h.second);
        if (m_response.status >= 400)
            setError(m_response.status == 401 ? AuthenticationRequiredError : ProtocolInvalidOperationError,
                     QStringLiteral("HTTP %1").arg(m_response.status));
        emit metaDataChanged();
        emit readyRead();
        setFinished(true);
        emit finished();
    }
    FakeResponse m_response;
    qint64 m_offset = 0;
};
} // namespace

FakeNetworkAccessManager::FakeNetworkAccessManager(Handler handler, QObject* parent)
    : QNetworkAccessManager(parent), m_handler(std::move(handler))
{
}

int FakeNetworkAccessManager::count(const QByteArray& verb, const QString& pathPrefix) const
{
    int n = 0;
    for (const Seen& s : m_seen)
        n += (s.verb == verb && s.path.startsWith(pathPrefix)) ? 1 : 0;
    return n;
}

QNetworkReply* FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData)
{
    QByteArray verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    if (verb.isEmpty())
        verb = op == GetOperation ? "GET" : op == PostOperation ? "POST" : op == PutOperation ? "PUT" : op == HeadOperation ? "HEAD" : "DELETE";
    const QByteArray body = outgoingData ? outgoingData->readAll() : QByteArray();
    m_seen.append({verb, request.url().path(), body, request});
    return new FakeReply(request, verb, m_handler(verb, request, body), this);
}

} // namespace mtb::test
