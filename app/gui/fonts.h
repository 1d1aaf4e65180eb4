#pragma once
// Type sizes relative to a widget's font, whether that font is set in points or in pixels (some
// platforms and style sheets give pixel sizes, whose point size reads -1).

#include <QFont>

#include <cmath>

namespace gridshare::gui {

inline QFont scaledFont(QFont font, double scale, bool bold = false)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    else if (font.pixelSize() > 0)
        font.setPixelSize(std::max(1, int(std::lround(font.pixelSize() * scale))));
    if (bold)
        font.setBold(true);
    return font;
}

} // namespace gridshare::gui
