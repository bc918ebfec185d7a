#pragma once

#include <QString>

class QWidget;

namespace mtb::test {

// Types text into a widget the way it arrives from a real keyboard: Latin characters as key
// presses, Chinese as an input-method commit (how Pinyin IMEs deliver 汉字).
void typeText(QWidget* widget, const QString& text);

} // namespace mtb::test
