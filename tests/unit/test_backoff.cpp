// The outbox backoff: exponential, capped, jittered, never shorter than a server's Retry-After.
#include "BackoffPolicy.h"

#include <QTest>

using namespace mtb;
using namespace std::chrono_literals;

class TestBackoff : public QObject
{
    Q_OBJECT
private slots:
    void growsExponentiallyWithinJitterBounds();
    void isCapped();
    void retryAfterWins();
    void retryAfterIsBounded();
    void jitterSpreadsClients();
    void environmentShortensTimings();
};

void TestBackoff::growsExponentiallyWithinJitterBounds()
{
    BackoffPolicy policy(10s, 15min);
    QRandomGenerator rng(1);
    for (int attempt = 1; attempt <= 6; ++attempt) {
        const auto ceiling = std::chrono::milliseconds(10'000LL << (attempt - 1));
        for (int i = 0; i < 200; ++i) {
            const auto d = policy.delay(attempt, std::nullopt, rng);
            QVERIFY2(d >= ceiling / 2 && d <= ceiling, qPrintable(QString::number(d.count())));
        }
    }
}

void TestBackoff::isCapped()
{
    BackoffPolicy policy(10s, 15min);
    QRandomGenerator rng(2);
    for (int attempt : {10, 20, 64, 1000}) {
        const auto d = policy.delay(attempt, std::nullopt, rng);
        QVERIFY(d <= 15min);
        QVERIFY(d >= 7min + 30s);
    }
}

void TestBackoff::retryAfterWins()
{
    BackoffPolicy policy(10s, 15min);
    QRandomGenerator rng(3);
    QCOMPARE(policy.delay(1, std::chrono::milliseconds(120s), rng), std::chrono::milliseconds(120s));
    // A short Retry-After does not shorten a long backoff.
    QVERIFY(policy.delay(8, std::chrono::milliseconds(1s), rng) > 1s);
}

void TestBackoff::retryAfterIsBounded()
{
    BackoffPolicy policy(10s, 15min);
    QRandomGenerator rng(5);
    // What a server could send: 2^31 - 1 seconds (68 years). Waited for a day at most.
    QCOMPARE(policy.delay(1, std::chrono::milliseconds(std::chrono::seconds(2147483647)), rng),
             BackoffPolicy::kMaxRetryAfter);
    QCOMPARE(policy.delay(1, std::chrono::milliseconds(std::chrono::hours(23)), rng),
             std::chrono::milliseconds(std::chrono::hours(23)));
}

void TestBackoff::jitterSpreadsClients()
{
    BackoffPolicy policy(10s, 15min);
    QRandomGenerator rng(4);
    QSet<qint64> seen;
    for (int i = 0; i < 50; ++i)
        seen.insert(policy.delay(3, std::nullopt, rng).count());
    QVERIFY2(seen.size() > 40, "delays for the same attempt should differ between clients");
}

void TestBackoff::environmentShortensTimings()
{
    qputenv("MTB_BACKOFF_BASE_MS", "50");
    qputenv("MTB_BACKOFF_CAP_MS", "400");
    const BackoffPolicy policy = BackoffPolicy::fromEnvironment();
    QCOMPARE(policy.base(), std::chrono::milliseconds(50));
    QCOMPARE(policy.cap(), std::chrono::milliseconds(400));
    qunsetenv("MTB_BACKOFF_BASE_MS");
    qunsetenv("MTB_BACKOFF_CAP_MS");
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "test_backoff.moc"
