#include "SampleData.h"

#include "IdNumber.h"

namespace mtb::test {

namespace {
const char* const kRegions[] = {"511302", "511303", "511304", "511321", "511322",
                                "511323", "511324", "511325", "511381"};
const char* const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
                                 "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"};
const char* const kGiven[] = {"明", "华", "芳", "军", "静", "丽", "强", "敏", "磊", "洋",
                              "勇", "艳", "杰", "娟", "涛", "超", "秀英", "建国", "志强", "桂兰"};
const char* const kDiseases[][2] = {{"M03900", "高血压病"}, {"M01600", "糖尿病"},
                                    {"M04600", "冠心病"},   {"M05300", "慢性阻塞性肺疾病"},
                                    {"M07803", "慢性肾功能不全（血透治疗）"}};
const char* const kHospitals[][2] = {{"H51130200001", "川北医学院附属医院"}, {"H51130200002", "南充市中心医院"}};
} // namespace

QString SampleData::idNumber(const QString& regionCode, const QDate& birth, bool male)
{
    int seq = int(m_rng.bounded(0, 999));
    if ((seq % 2 == 1) != male)
        seq = (seq + 1) % 1000;
    const QString first17 =
        regionCode + birth.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

QString SampleData::randomIdNumber()
{
    const QDate birth = QDate(1940, 1, 1).addDays(m_rng.bounded(0, 365 * 60));
    return idNumber(QString::fromLatin1(kRegions[m_rng.bounded(9)]), birth, m_rng.bounded(2) == 0);
}

QString SampleData::name()
{
    return QString::fromUtf8(kSurnames[m_rng.bounded(20)]) + QString::fromUtf8(kGiven[m_rng.bounded(20)]);
}

QString SampleData::mobile()
{
    return QStringLiteral("1%1%2").arg(3 + m_rng.bounded(7)).arg(m_rng.bounded(100000000, 999999999));
}

Application SampleData::application()
{
    Application a = Application::createNew(QDateTime::currentDateTimeUtc());
    const QString id = randomIdNumber();
    const IdNumber parsed = IdNumber::parse(id);
    a.applicant.psnName = name();
    a.applicant.psnCertType = QStringLiteral("01");
    a.applicant.certno = id;
    a.applicant.gend = parsed.gender() == IdNumber::Gender::Male ? QStringLiteral("1") : QStringLiteral("2");
    a.applicant.brdy = parsed.birthDate();
    a.applicant.naty = QStringLiteral("01");
    a.applicant.tel = mobile();
    a.applicant.addr = QStringLiteral("四川省南充市顺庆区人民中路%1号").arg(m_rng.bounded(1, 300));
    a.applicant.insutype = m_rng.bounded(2) ? QStringLiteral("310") : QStringLiteral("390");
    a.applicant.insuAdmdvs = QString::fromLatin1(kRegions[m_rng.bounded(9)]);
    const int first = int(m_rng.bounded(5));
    a.diseases.append({QString::fromLatin1(kDiseases[first][0]), QString::fromUtf8(kDiseases[first][1])});
    if (m_rng.bounded(3) == 0) {
        const int second = (first + 1) % 5;
        a.diseases.append({QString::fromLatin1(kDiseases[second][0]), QString::fromUtf8(kDiseases[second][1])});
    }
    const int h = int(m_rng.bounded(2));
    a.provenance.fixmedinsNo = QString::fromLatin1(kHospitals[h][0]);
    a.provenance.fixmedinsName = QString::fromUtf8(kHospitals[h][1]);
    a.provenance.hospIdeDate = QDate::currentDate().addDays(-int(m_rng.bounded(1, 700)));
    a.provenance.diagDrName = name();
    a.provenance.diagDrCodg = QStringLiteral("D511302%1").arg(m_rng.bounded(10000, 99999));
    a.acceptance.channel = QStringLiteral("1");
    a.acceptance.operatorName = QStringLiteral("窗口01");
    a.acceptance.site = QStringLiteral("511300");
    return a;
}

} // namespace mtb::test
