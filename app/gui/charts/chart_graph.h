// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

#include <memory>

namespace gridshare::gui {

class ScatterStamps;

// A chart's line graph. On screen, a line of dashes with flat ends that is wider than a pixel (a
// band's median) is drawn by Qt's fast one-pixel line drawing, in passes side by side that make up
// the pen's width: stroking every dash as a shape of its own took most of the time a chart spent
// drawing its lines. A solid line with a disc on every point (the scenario's) is drawn on screen as
// segments with flat ends, which Qt rasterizes directly where it strokes round ends and joints as
// shapes; the discs cover where they meet. Exports, and every other pen, draw the pen itself. Given
// stamps, its scatter marks are stamped on screen (scatter_stamps.h).
class ChartGraph : public QCPGraph {
public:
    ChartGraph(QCPAxis* keyAxis, QCPAxis* valueAxis, std::shared_ptr<ScatterStamps> stamps = nullptr);

    // Whether this pen's line is drawn in one-pixel passes on screen.
    static bool drawnInPasses(const QPen& pen);

protected:
    void drawLinePlot(QCPPainter* painter, const QVector<QPointF>& lines) const override;
    void drawScatterPlot(QCPPainter* painter, const QVector<QPointF>& scatters,
                         const QCPScatterStyle& style) const override;

private:
    // Whether this pen's line is drawn on screen as segments with flat ends: where its scatter marks
    // hide every joint.
    bool drawnInSegments(const QPen& pen) const;

    std::shared_ptr<ScatterStamps> stamps_;
};

} // namespace gridshare::gui
