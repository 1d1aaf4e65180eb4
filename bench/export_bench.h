// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// gridshare-bench's export measures: what File > Export chart writes as PDF (the chart with its
// footer) and the multi-page report, as the window and `gridshare export` / `report` make them.

#include "gui/export/figure_export.h"

class QCustomPlot;

namespace gridshare::bench {

struct ExportTimes {
    double figurePdfDottedMs = -1; // the chart's grid dotted, as charts drew it before
    double figurePdfSolidMs = -1;  // as now
    double figurePdfDottedKb = 0;
    double figurePdfSolidKb = 0;
    double reportPdfMs = -1; // as now
    double reportPdfKb = 0;
    double reportPdfDottedMs = -1; // every chart's grid dotted, as charts drew them before
    double reportPdfDottedKb = 0;
};

// Medians of `rounds` runs; the two figure variants alternate on the same chart, and so do the
// report's.
ExportTimes exportTimes(const gui::FigureContent& content, bool keyFiguresInGigawatts, int rounds);

struct ChartPdfTimes {
    double dottedMs = -1; // the grid dotted, as charts drew it before
    double solidMs = -1;  // as now
    double dottedKb = 0;
    double solidKb = 0;
};

// The chart alone through QCustomPlot's savePdf at 1600x900 into a file, the grid dotted and solid
// alternating: medians of `rounds` runs each. The grid's pen is put back.
ChartPdfTimes chartPdfTimes(QCustomPlot* plot, int rounds);

} // namespace gridshare::bench
