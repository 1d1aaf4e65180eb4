// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Type sizes relative to a widget's font, whether that font is set in points or in pixels (some
// platforms and style sheets give pixel sizes, whose point size reads -1).
//
// Chart and figure type is sized in pixels of the layout, never in points. A point size is resolved
// against the dots per inch of whatever is painted on: a chart laid out on a 96 dpi screen and
// painted onto a 300 dpi image, a printer or an SVG would get its text several times too large (or
// too small) for the room the layout kept for it. A pixel size is the same on every device; the
// device's resolution then changes only how sharp the type is.

#include "gui/chart_typeface.h"

#include <QFont>
#include <QGuiApplication>
#include <QScreen>

#include <algorithm>
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

// The pixels a point takes on screen, where the window lays its charts out.
inline double layoutPixelsPerPoint()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    return (screen ? screen->logicalDotsPerInchY() : 96.0) / 72.0;
}

// The font scaled, in pixels of the layout, in the chart typeface (GridShare Sans once registered,
// otherwise the family that is really drawn, never a generic alias like "Sans Serif").
inline QFont layoutFont(QFont font, double scale = 1.0, bool bold = false)
{
    const double pixels = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * layoutPixelsPerPoint();
    font.setFamily(chartFamily(font));
    font.setPixelSize(std::max(1, int(std::lround(pixels * scale))));
    if (bold)
        font.setBold(true);
    return font;
}

} // namespace gridshare::gui
