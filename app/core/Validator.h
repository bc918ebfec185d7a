#pragma once

#include "Application.h"
#include "Catalog.h"
#include "FieldIssue.h"

#include <QCoreApplication>
#include <QDate>

namespace mtb {

// Checks an application against the catalogue's rules. It never blocks saving a draft: it only says
// what is wrong, field by field, in the UI language. "Mark ready" requires no Error-severity issue.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)
public:
    explicit Validator(const Catalog& catalog, QDate today = QDate::currentDate());

    QList<FieldIssue> validate(const Application& application) const;

    // Fields that must be filled for this application: the catalogue's base list, plus what its
    // channel and its diseases ask for, plus the agent block when an agent is present.
    QStringList requiredFields(const Application& application) const;

    // Single-field checks the form uses while typing.
    QList<FieldIssue> checkCertificate(const QString& field, const QString& certType,
                                       const QString& number) const;
    QList<FieldIssue> checkPhone(const QString& field, const QString& phone) const;

private:
    void checkRequired(const Application& a, QList<FieldIssue>& out) const;
    void checkApplicant(const Application& a, QList<FieldIssue>& out) const;
    void checkDiseases(const Application& a, QList<FieldIssue>& out) const;
    void checkProvenance(const Application& a, QList<FieldIssue>& out) const;
    void checkAgent(const Application& a, QList<FieldIssue>& out) const;

    const Catalog& m_catalog;
    QDate m_today;
};

// Value of a field by its national name, as text; used for "is it filled in" checks.
QString fieldValue(const Application& application, const QString& field);

} // namespace mtb
