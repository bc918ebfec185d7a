#pragma once

#include "OutboxItem.h"

#include <QDialog>

namespace mtb {

// What the outbox tried for one application, when, and what came back: the request ID lets IT
// support find the same attempt in the central service's log.
class SendHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    SendHistoryDialog(const QList<SendAttempt>& attempts, QWidget* parent = nullptr);
};

} // namespace mtb
