#pragma once

#include <QImage>
#include <QString>

namespace mtb::test {

// A quick stand-in for a phone photo of a record: a white page with Chinese text lines and a red
// seal, tilted on a dark desk, sharp enough and large enough (about 180 dpi across the page) to pass
// the quality gate unless `blurred`. For the accuracy work the synthetic generator in tests/synth
// is the real thing; this one is for UI tests and screenshots.
QImage samplePhoto(bool blurred = false, int variant = 0);
bool saveSamplePhoto(const QString& path, bool blurred = false, int variant = 0);

} // namespace mtb::test
