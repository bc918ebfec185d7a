#include "TiffDirectory.h"

#include <QIODevice>

#include <algorithm>
#include <iterator>
#include <limits>

namespace mtb {

namespace {

constexpr quint64 kSaturated = std::numeric_limits<quint64>::max();

// a * b, or kSaturated when it would overflow.
quint64 times(quint64 a, quint64 b)
{
    if (a != 0 && b > kSaturated / a)
        return kSaturated;
    return a * b;
}

// The few field types the layout tags use, and their sizes in bytes.
int typeSize(quint16 type)
{
    switch (type) {
    case 1:
    case 6:
    case 7:
        return 1; // BYTE, SBYTE, UNDEFINED
    case 3:
    case 8:
        return 2; // SHORT, SSHORT
    case 4:
    case 9:
    case 13:
        return 4; // LONG, SLONG, IFD
    case 16:
    case 17:
    case 18:
        return 8; // LONG8, SLONG8, IFD8 (BigTIFF)
    default:
        return 0;
    }
}

class Reader
{
public:
    Reader(QIODevice& device, bool bigEndian) : m_device(device), m_bigEndian(bigEndian) {}

    std::optional<quint64> unsignedAt(quint64 offset, int bytes)
    {
        if (offset > quint64(std::numeric_limits<qint64>::max()) || !m_device.seek(qint64(offset)))
            return std::nullopt;
        char raw[8];
        if (m_device.read(raw, bytes) != bytes)
            return std::nullopt;
        quint64 value = 0;
        for (int i = 0; i < bytes; ++i) {
            const quint64 byte = quint8(raw[m_bigEndian ? i : bytes - 1 - i]);
            value = (value << 8) | byte;
        }
        return value;
    }

private:
    QIODevice& m_device;
    bool m_bigEndian;
};

// Directories followed before giving up (a loop in the chain, or a file of absurdly many pages).
constexpr int kMaxDirectories = 100000;
// Entries read from one directory; real files have a few dozen.
constexpr quint64 kMaxEntries = 4096;

} // namespace

quint64 TiffDirectory::largestBlockBytes() const
{
    // Bits to whole bytes (rounded up), a saturated count staying saturated.
    const auto bytes = [](quint64 bits) { return bits == kSaturated ? kSaturated : bits / 8 + 1; };
    const quint64 bitsPerPixel = times(samplesPerPixel, bitsPerSample);
    if (tileWidth > 0 && tileHeight > 0)
        return bytes(times(times(tileWidth, tileHeight), bitsPerPixel));
    const quint64 rows = rowsPerStrip == 0 ? height : std::min(rowsPerStrip, height);
    return times(bytes(times(width, bitsPerPixel)), std::max<quint64>(rows, 1));
}

std::optional<TiffDirectory> readTiffDirectory(QIODevice& device, int index)
{
    if (index < 0 || index >= kMaxDirectories || !device.seek(0))
        return std::nullopt;
    const QByteArray head = device.read(16);
    if (head.size() < 8 || (!head.startsWith("II") && !head.startsWith("MM")))
        return std::nullopt;
    Reader r(device, head.startsWith("MM"));
    const std::optional<quint64> version = r.unsignedAt(2, 2);
    if (!version || (*version != 42 && *version != 43))
        return std::nullopt;
    const bool big = *version == 43;
    // Classic: 2-byte entry count, 12-byte entries, 4-byte values and offsets. BigTIFF: 8, 20, 8.
    const int countBytes = big ? 8 : 2, entryBytes = big ? 20 : 12, valueBytes = big ? 8 : 4;
    std::optional<quint64> ifd = r.unsignedAt(big ? 8 : 4, valueBytes);
    for (int i = 0; i < index && ifd && *ifd != 0; ++i) {
        const std::optional<quint64> entries = r.unsignedAt(*ifd, countBytes);
        if (!entries || *entries > kMaxEntries)
            return std::nullopt;
        ifd = r.unsignedAt(*ifd + countBytes + *entries * entryBytes, valueBytes);
    }
    if (!ifd || *ifd == 0)
        return std::nullopt;
    const std::optional<quint64> entries = r.unsignedAt(*ifd, countBytes);
    if (!entries || *entries > kMaxEntries)
        return std::nullopt;

    // The layout tags, and where each goes. Every other entry is skipped unread: it may be damaged
    // without mattering here (a fuzzed page with a 548-value PageNumber pointing past the end of the
    // file hid its strip size so).
    struct LayoutTag
    {
        quint16 tag;
        quint64 TiffDirectory::*field;
    };
    static constexpr LayoutTag kLayoutTags[] = {
        {256, &TiffDirectory::width},         {257, &TiffDirectory::height},
        {258, &TiffDirectory::bitsPerSample}, {277, &TiffDirectory::samplesPerPixel},
        {278, &TiffDirectory::rowsPerStrip},  {322, &TiffDirectory::tileWidth},
        {323, &TiffDirectory::tileHeight}};
    TiffDirectory dir;
    for (quint64 e = 0; e < *entries; ++e) {
        const quint64 at = *ifd + countBytes + e * entryBytes;
        const std::optional<quint64> tag = r.unsignedAt(at, 2), type = r.unsignedAt(at + 2, 2);
        const std::optional<quint64> count = r.unsignedAt(at + 4, big ? 8 : 4);
        if (!tag || !type || !count)
            return std::nullopt;
        const auto known = std::find_if(std::begin(kLayoutTags), std::end(kLayoutTags),
                                        [&](const LayoutTag& t) { return t.tag == *tag; });
        const int size = typeSize(quint16(*type));
        if (known == std::end(kLayoutTags) || size == 0 || *count == 0)
            continue;
        // The first value: in the entry when all values fit there, else at the offset it holds. A
        // value that cannot be read leaves the TIFF default, as libtiff would not read it either.
        const quint64 valueAt = at + 4 + (big ? 8 : 4);
        std::optional<quint64> first = valueAt;
        if (times(*count, quint64(size)) > quint64(valueBytes))
            first = r.unsignedAt(valueAt, valueBytes);
        const std::optional<quint64> value = first ? r.unsignedAt(*first, size) : std::nullopt;
        if (!value)
            continue;
        // The larger of the default and each value given: every one of these only grows the buffer,
        // so a tag given twice counts with its larger value (rowsPerStrip's default, 0, stands for
        // the whole page and is replaced by any value given).
        quint64& field = dir.*(known->field);
        field = std::max(field, *value);
    }
    return dir;
}

} // namespace mtb
