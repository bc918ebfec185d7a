#pragma once

#include "Application.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUuid>
#include <QVector>

namespace mtb {

// One row of the application list: what the table shows and searches, without the full document.
struct DraftSummary
{
    QUuid uuid;
    LocalState state = LocalState::Draft;
    QString psnName;
    QString certno; // full number, for searching; views mask it
    QString tel;
    QString applicationNumber;
    QString diseaseNames;
    QString remoteStatus; // the central service's status code, once sent
    QDateTime updatedAt;
    QDateTime deletedAt; // valid when the row is in the trash

    bool inTrash() const { return deletedAt.isValid(); }
    static DraftSummary of(const Application& a);
};

} // namespace mtb

Q_DECLARE_METATYPE(mtb::DraftSummary)
Q_DECLARE_METATYPE(QVector<mtb::DraftSummary>)
