#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>

namespace mtb {

// Writes pages that are already encoded (JPEG, or PNG for black and white) into a PDF without
// re-encoding them: the bytes in the PDF are the bytes that were checked and stored.
class PdfWriter
{
public:
    struct Page
    {
        QByteArray encoded;
        QString format; // "jpeg" or "png"
        double widthMm = 0;
        double heightMm = 0;
    };
    // Streams to `out`; pages are added one at a time so memory does not grow with the page count.
    explicit PdfWriter(QIODevice* out);
    bool addPage(const Page& page, QString* error);
    bool finish(QString* error);

private:
    QIODevice* m_out;
    QList<qint64> m_offsets;
    QList<int> m_pageObjects;
    int m_nextObject = 3; // 1: catalog, 2: pages tree (written at the end)
    qint64 m_written = 0;  // bytes written so far: object offsets without relying on QIODevice::pos()
    bool m_failed = false;
    bool writeObject(int number, const QByteArray& body, QString* error);
    bool write(const QByteArray& bytes, QString* error);
};

} // namespace mtb
