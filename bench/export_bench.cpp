// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_bench.h"

#include "gui/charts/chart_page.h"
#include "gui/export/report_export.h"

#include <qcustomplot.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

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

// The grid's pen as charts drew it before: dotted, alpha 40.
QPen dottedLike(const QPen& solid)
{
    QPen dotted = solid;
    QColor ink = dotted.color();
    ink.setAlpha(40);
    dotted.setColor(ink);
    dotted.setStyle(Qt::DotLine);
    return dotted;
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
    const QPen dotted = dottedLike(solid);
    const gui::FigureSpec spec; // 1600x900 with its footer, as File > Export chart
    std::vector<double> dottedMs, solidMs, reportMs, reportDottedMs;
    const gui::ReportChartAdjustment dottedGrids = [](QCustomPlot& chart) {
        for (QCPAxis* axis : chart.axisRect()->axes())
            axis->grid()->setPen(dottedLike(axis->grid()->pen()));
    };
    ExportTimes times;
    for (int round = 0; round < rounds; ++round) {
        for (const bool dots : {true, false}) {
            plot->yAxis->grid()->setPen(dots ? dotted : solid);
            QByteArray pdf;
            (dots ? dottedMs : solidMs).push_back(timedMs([&] { pdf = gui::figurePdf(content, spec); }));
            (dots ? times.figurePdfDottedKb : times.figurePdfSolidKb) = static_cast<double>(pdf.size()) / 1024.0;
        }
        plot->yAxis->grid()->setPen(solid);
        for (const bool dots : {true, false}) {
            QByteArray report;
            (dots ? reportDottedMs : reportMs).push_back(timedMs([&] {
                report = gui::reportPdf(*content.snapshot, *content.data, keyFiguresInGigawatts,
                                        dots ? dottedGrids : gui::ReportChartAdjustment());
            }));
            (dots ? times.reportPdfDottedKb : times.reportPdfKb) = static_cast<double>(report.size()) / 1024.0;
        }
    }
    times.figurePdfDottedMs = median(dottedMs);
    times.figurePdfSolidMs = median(solidMs);
    times.reportPdfMs = median(reportMs);
    times.reportPdfDottedMs = median(reportDottedMs);
    return times;
}

ChartPdfTimes chartPdfTimes(QCustomPlot* plot, int rounds)
{
    const QPen solid = plot->yAxis->grid()->pen();
    const QPen dotted = dottedLike(solid);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("grid.pdf"));
    std::vector<double> dottedMs, solidMs;
    ChartPdfTimes times;
    for (int round = 0; round < rounds; ++round) {
        for (const bool dots : {true, false}) {
            plot->yAxis->grid()->setPen(dots ? dotted : solid);
            (dots ? dottedMs : solidMs).push_back(timedMs([&] { plot->savePdf(file, 1600, 900); }));
            (dots ? times.dottedKb : times.solidKb) = static_cast<double>(QFileInfo(file).size()) / 1024.0;
        }
    }
    plot->yAxis->grid()->setPen(solid);
    times.dottedMs = median(dottedMs);
    times.solidMs = median(solidMs);
    return times;
}

} // namespace gridshare::bench
