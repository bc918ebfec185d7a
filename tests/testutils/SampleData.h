#pragma once

#include "Application.h"

#include <QRandomGenerator>
#include <QString>

namespace mtb::test {

// Realistic, reproducible applicants for tests and benchmarks: Nanchong region codes, valid ID
// numbers (correct check digit, real birth date), common surnames, mobile numbers. Nothing here is
// a real person.
class SampleData
{
public:
    explicit SampleData(quint32 seed = 20261124) : m_rng(seed) {}

    QString idNumber(const QString& regionCode, const QDate& birth, bool male);
    QString randomIdNumber();
    QString name();
    QString mobile();
    // A complete, valid application against the bundled catalogue (channel 1, one or two diseases).
    Application application();

private:
    QRandomGenerator m_rng;
};

} // namespace mtb::test
