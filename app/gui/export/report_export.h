// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The report: one PDF with the charts, the key figures, what the scenario implies, every parameter
// with its value, unit, default and source, and the full citation list.

#include "document/scenario_snapshot.h"

#include <QByteArray>

#include <functional>

class QCustomPlot;

namespace gridshare::gui {

// Applied to each of the report's charts after it is drawn and before it is painted on the page:
// gridshare-bench draws the grid lines dotted, as charts drew them before, to time the difference.
using ReportChartAdjustment = std::function<void(QCustomPlot&)>;

// A4 portrait. Draws its own chart pages in the light palette, whatever the window uses. The key
// figures are in GW as the window's with View > Key Figures in GW.
QByteArray reportPdf(const ScenarioSnapshot& snapshot, const Dataset& data, bool keyFiguresInGigawatts,
                     const ReportChartAdjustment& adjust = {});

} // namespace gridshare::gui
