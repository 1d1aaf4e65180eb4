// SPDX-License-Identifier: GPL-3.0-or-later
#include "marker_tooltips.h"

#include <qcustomplot.h>

#include <QMouseEvent>
#include <QToolTip>

#include <cmath>

namespace gridshare::gui {

void showMarkerTooltip(const std::vector<MarkerTooltip>& markers, QCustomPlot* plot, QMouseEvent* event)
{
    constexpr double kReach = 12; // pixels
    const QPointF at = event->position();
    const MarkerTooltip* nearest = nullptr;
    double best = kReach;
    for (const MarkerTooltip& m : markers) {
        const double px = plot->xAxis->coordToPixel(m.x);
        const double top = plot->yAxis->coordToPixel(m.high);
        const double bottom = plot->yAxis->coordToPixel(m.low);
        const double dy = at.y() < top ? top - at.y() : at.y() > bottom ? at.y() - bottom : 0;
        const double distance = std::hypot(at.x() - px, dy);
        if (distance < best) {
            best = distance;
            nearest = &m;
        }
    }
    if (nearest)
        QToolTip::showText(event->globalPosition().toPoint(), nearest->text, plot);
    else
        QToolTip::hideText();
}

} // namespace gridshare::gui
