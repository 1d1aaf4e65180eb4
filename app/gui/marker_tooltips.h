// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Tooltips for the published figures drawn on a chart: each marker (a point, or a bar from low to
// high) knows what hovering over it says; the nearest within a few pixels answers.

#include <QString>

#include <vector>

class QCustomPlot;
class QMouseEvent;

namespace gridshare::gui {

struct MarkerTooltip {
    double x = 0;
    double low = 0; // in the value axis' units
    double high = 0;
    QString text;
};

// Shows the tooltip of the marker nearest the mouse, or hides any tooltip when none is close.
void showMarkerTooltip(const std::vector<MarkerTooltip>& markers, QCustomPlot* plot, QMouseEvent* event);

} // namespace gridshare::gui
