#pragma once
// The pipe protocol between MTB Desk and its PDF render helper (mtbdesk-pdf-render): why the helper
// exists is in PdfProcessPageSource.h. Both ends are built from this tree, so the protocol is not
// versioned beyond the magic number; all integers are little-endian as the machine writes them.
//
//   parent -> helper   u32 kMagic, u32 dpi, u32 kind (kFromBytes | kFromPath), u64 n, n bytes
//                      (the PDF itself, or the UTF-8 path of the file: never on the command line,
//                      where a patient's file name would show in the process list)
//   helper -> parent   u32 OpenStatus, u32 page count
//   parent -> helper   u32 page index ... (kQuit or end of input: the helper exits)
//   helper -> parent   u32 0, u32 width, u32 height, f64 dpi, u32 digital, width*height*3 bytes (BGR)
//                      or u32 1 when the page cannot be rendered

#include <QtGlobal>

namespace mtb::pdfrender {

inline constexpr quint32 kMagic = 0x5244504du; // "MPDR"
inline constexpr quint32 kFromBytes = 0;
inline constexpr quint32 kFromPath = 1;
inline constexpr quint32 kQuit = 0xffffffffu;
inline constexpr quint32 kPageRendered = 0;
inline constexpr quint32 kPageUnreadable = 1;

// How the document opened; the parent turns it into the user's message (PdfPageSource::openMessage).
enum class OpenStatus : quint32 { Ok = 0, Password, UnsupportedSecurity, NotFound, Damaged, NoPages };

} // namespace mtb::pdfrender
