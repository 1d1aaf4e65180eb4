// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The published figures drawn on a chart: the shape that says what a projection measures, and
// tooltips: each marker (a point, or a bar from low to high) knows what hovering over it says; the
// nearest within a few pixels answers.

#include "document/scenario_snapshot.h"

#include <qcustomplot.h>

#include <QLocale>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QCustomPlot;
class QMouseEvent;

namespace gridshare::gui {

// Energy: a square for all data centres, a diamond for AI alone. Power: a square for capacity, a
// circle for average load, a triangle for peak demand.
QCPScatterStyle::ScatterShape projectionShape(const Projection& projection);

struct MarkerTooltip {
    double x = 0;
    double low = 0; // in the value axis' units
    double high = 0;
    // What hovering says, written only when asked for (a chart is redrawn at every step; a tooltip
    // is read on hover).
    std::function<QString()> describe;

    QString said() const { return describe ? describe() : QString(); }
};

// Shows the tooltip of the marker nearest the mouse, or hides any tooltip when none is close.
void showMarkerTooltip(const std::vector<MarkerTooltip>& markers, QCustomPlot* plot, QMouseEvent* event);

// What hovering over a published projection says: its "[n]" label and name with the publication
// date; its value and scope; then `placement` (how the chart placed it, where it did), the edition
// that replaced it, its note and its verification level.
QString projectionTooltipText(const Projection& projection, const QString& label, const ScenarioSnapshot& snapshot,
                              const QLocale& locale, const QStringList& placement = {});

} // namespace gridshare::gui
