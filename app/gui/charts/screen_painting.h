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

} // namespace gridshare::gui
