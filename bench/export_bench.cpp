// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_bench.h"

#include "gui/charts/chart_page.h"
#include "gui/export/report_export.h"

#include <qcustomplot.h>

#include <QElapsedTimer>

#include <algorithm>
#include <functional>
#include <vector>

namespace gridshare::bench {
namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? -1 : values[values.size() / 2];
}

double timedMs(const std::function<void()>& run)
{
    QElapsedTimer timer;
    timer.start();
    run();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

ExportTimes exportTimes(const gui::FigureContent& content, bool keyFiguresInGigawatts, int rounds)
{
    QCustomPlot* plot = content.page->plot();
    const QPen solid = plot->yAxis->grid()->pen();
    QPen dotted = solid; // as the grid was drawn before: dotted, alpha 40
    QColor ink = dotted.color();
    ink.setAlpha(40);
    dotted.setColor(ink);
    dotted.setStyle(Qt::DotLine);
    const gui::FigureSpec spec; // 1600x900 with its footer, as File > Export chart
    std::vector<double> dottedMs, solidMs, reportMs;
    ExportTimes times;
    for (int round = 0; round < rounds; ++round) {
        for (const bool dots : {true, false}) {
            plot->yAxis->grid()->setPen(dots ? dotted : solid);
            QByteArray pdf;
            (dots ? dottedMs : solidMs).push_back(timedMs([&] { pdf = gui::figurePdf(content, spec); }));
            (dots ? times.figurePdfDottedKb : times.figurePdfSolidKb) = static_cast<double>(pdf.size()) / 1024.0;
        }
        plot->yAxis->grid()->setPen(solid);
        QByteArray report;
        reportMs.push_back(
            timedMs([&] { report = gui::reportPdf(*content.snapshot, *content.data, keyFiguresInGigawatts); }));
        times.reportPdfKb = static_cast<double>(report.size()) / 1024.0;
    }
    times.figurePdfDottedMs = median(dottedMs);
    times.figurePdfSolidMs = median(solidMs);
    times.reportPdfMs = median(reportMs);
    return times;
}

} // namespace gridshare::bench
