// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/chart_graph.h"

#include "gui/charts/scatter_stamps.h"
#include "gui/charts/screen_painting.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace gridshare::gui {
namespace {

bool allFinite(const QVector<QPointF>& points)
{
    return std::all_of(points.begin(), points.end(),
                       [](const QPointF& p) { return std::isfinite(p.x()) && std::isfinite(p.y()); });
}

// The unit normal at each point: at a bend, that of the bend's bisector, so the passes stay as far
// apart along the whole line.
QVector<QPointF> normalsOf(const QVector<QPointF>& points)
{
    auto normalOf = [](QPointF from, QPointF to) {
        const QPointF d = to - from;
        const double length = std::hypot(d.x(), d.y());
        return length > 0 ? QPointF(-d.y() / length, d.x() / length) : QPointF();
    };
    QVector<QPointF> normals(points.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        QPointF n = (i > 0 ? normalOf(points[i - 1], points[i]) : QPointF())
                    + (i + 1 < points.size() ? normalOf(points[i], points[i + 1]) : QPointF());
        const double length = std::hypot(n.x(), n.y());
        normals[i] = length > 0 ? n / length : QPointF(0, 1);
    }
    return normals;
}

} // namespace

ChartGraph::ChartGraph(QCPAxis* keyAxis, QCPAxis* valueAxis, std::shared_ptr<ScatterStamps> stamps)
    : QCPGraph(keyAxis, valueAxis), stamps_(std::move(stamps))
{}

void ChartGraph::drawScatterPlot(QCPPainter* painter, const QVector<QPointF>& scatters,
                                 const QCPScatterStyle& style) const
{
    // As QCPGraph::drawScatterPlot, each mark from a stamp where one will do.
    applyScattersAntialiasingHint(painter);
    style.applyTo(painter, mPen);
    for (const QPointF& at : scatters)
        if (!stamps_ || !stamps_->draw(*painter, style, at.x(), at.y()))
            style.drawShape(painter, at.x(), at.y());
}

bool ChartGraph::drawnInPasses(const QPen& pen)
{
    return pen.style() != Qt::SolidLine && pen.style() != Qt::NoPen && pen.capStyle() == Qt::FlatCap
           && !pen.isCosmetic() && pen.widthF() > 1 && pen.widthF() <= 3 && pen.brush().style() == Qt::SolidPattern;
}

bool ChartGraph::drawnInSegments(const QPen& pen) const
{
    // Each joint and end under an opaque disc that is wider than the line by a pixel either side.
    const QCPScatterStyle& marks = scatterStyle();
    return lineStyle() == lsLine && scatterSkip() == 0 && marks.shape() == QCPScatterStyle::ssDisc
           && marks.pen().color().alpha() == 255 && marks.size() >= pen.widthF() + 2 && pen.style() == Qt::SolidLine
           && pen.color().alpha() == 255 && !pen.isCosmetic() && pen.brush().style() == Qt::SolidPattern;
}

void ChartGraph::drawLinePlot(QCPPainter* painter, const QVector<QPointF>& lines) const
{
    const QPen pen = painter->pen();
    if (paintsOnScreen(*painter) && drawnInSegments(pen) && lines.size() >= 2 && allFinite(lines)) {
        // Flat ends: Qt draws a straight line with flat or square ends by its own fast rasterizer,
        // and strokes one with round ends or joins as a shape. Where the segments meet, the discs
        // cover the difference.
        QVector<QLineF> segments(lines.size() - 1);
        for (qsizetype i = 1; i < lines.size(); ++i)
            segments[i - 1] = QLineF(lines[i - 1], lines[i]);
        QPen flat = pen;
        flat.setCapStyle(Qt::FlatCap);
        applyDefaultAntialiasingHint(painter);
        painter->setPen(flat);
        painter->drawLines(segments);
        painter->setPen(pen);
        return;
    }
    if (!paintsOnScreen(*painter) || !drawnInPasses(pen) || !paintsPixelForPixel(*painter) || pen.color().alpha() != 255
        || lines.size() < 2 || !allFinite(lines)) {
        QCPGraph::drawLinePlot(painter, lines);
        return;
    }
    // The dashes keep their lengths: a pen's pattern is in units of its width.
    const double width = pen.widthF();
    QList<qreal> pattern = pen.dashPattern();
    for (qreal& length : pattern)
        length *= width;
    QPen thin = pen;
    thin.setWidthF(1);
    thin.setDashPattern(pattern);
    thin.setDashOffset(pen.dashOffset() * width);
    // Passes a pixel wide, no further apart than a pixel, spanning the pen's width.
    const int passes = int(std::ceil(width));
    const double spacing = (width - 1) / (passes - 1);
    const QVector<QPointF> normals = normalsOf(lines);
    applyDefaultAntialiasingHint(painter);
    QVector<QPointF> shifted(lines.size());
    for (int pass = 0; pass < passes; ++pass) {
        const double offset = (pass - (passes - 1) / 2.0) * spacing;
        for (qsizetype i = 0; i < lines.size(); ++i)
            shifted[i] = lines[i] + normals[i] * offset;
        painter->setPen(thin);
        painter->drawPolyline(shifted.constData(), int(shifted.size()));
    }
    painter->setPen(pen);
}

} // namespace gridshare::gui
