// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

namespace gridshare::gui {

// Whether a chart is being painted for the screen: by the raster engine, and not for an export
// (PDF, SVG and print are vectorized; every export is uncached). Only the screen takes the
// shortcuts that draw the same picture faster.
inline bool paintsOnScreen(const QCPPainter& painter)
{
    return !painter.modes().testFlag(QCPPainter::pmVectorized) && !painter.modes().testFlag(QCPPainter::pmNoCaching)
           && painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
}

// Whether the painter draws a unit as one device pixel, at most moved (QCustomPlot moves
// antialiased drawing by half a pixel): scaled (a high-density screen, an export at 2x), the
// shortcuts that copy images or rely on Qt's one-pixel lines would not draw the same picture.
inline bool paintsPixelForPixel(const QPainter& painter)
{
    return painter.deviceTransform().type() <= QTransform::TxTranslate;
}

} // namespace gridshare::gui
