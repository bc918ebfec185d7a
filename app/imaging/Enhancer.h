#pragma once

#include <opencv2/core.hpp>

namespace mtb {

enum class ColorMode { Color, Gray, BlackWhite };

// Makes a rectified page legible and compact: flattens uneven lighting and shadows, whitens the
// background, darkens the text. Colour is kept by default so red hospital seals stay visible.
class Enhancer
{
public:
    cv::Mat enhance(const cv::Mat& bgrPage, ColorMode mode) const; // BGR for Color, 8-bit gray otherwise
};

} // namespace mtb
