#pragma once

#include "Application.h"

#include <QCoreApplication>
#include <QRectF>

class QPagedPaintDevice;
class QPainter;

namespace mtb {

class Catalog;

// The filled-in application form (门诊慢特病病种待遇认定申请表) on one A4 page, for the applicant to sign
// at the counter; the signed paper is scanned back as the material "application_form". It holds the
// applicant's own data in full (this is their form), so it is painted straight onto the printer: never
// through a temporary file.
class ApplicationFormPainter
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationFormPainter)
public:
    // Code -> name lookups (certificate types, regions, diseases, channel) go through `catalog`, in
    // English when `english` is set (as the form shows them), in Chinese otherwise.
    explicit ApplicationFormPainter(const Catalog& catalog, bool english = false);

    // Sets `device` to A4 portrait and paints the form on its first page. False if painting could not
    // begin (no printer, invalid output).
    bool print(const Application& application, QPagedPaintDevice* device) const;

    // Paints the form into `area` (device pixels) with an active painter; the area's aspect should be
    // that of A4 less the margins (180 x 267 mm).
    void paint(const Application& application, QPainter* painter, const QRectF& area) const;

    static QString title();
    static QString applicantSignatureLabel();
    static QString agentSignatureLabel();

private:
    const Catalog& m_catalog;
    bool m_english;
};

} // namespace mtb
