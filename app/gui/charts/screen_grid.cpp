// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/screen_grid.h"

#include "gui/charts/screen_painting.h"

#include <cmath>
#include <utility>

namespace gridshare::gui {
namespace {

// An axis' grid is protected: reached through a class that makes it public.
struct GridOf : QCPAxis {
    using QCPAxis::mGrid;
};

// A pen Qt draws, unantialiased, over exactly the pixels from one end to the other.
bool onePixelSolid(const QPen& pen)
{
    return pen.style() == Qt::SolidLine && pen.capStyle() == Qt::SquareCap && (pen.widthF() == 1 || pen.widthF() == 0)
           && pen.brush().style() == Qt::SolidPattern;
}

} // namespace

ScreenGrid::ScreenGrid(QCPAxis* axis) : QCPGrid(axis) {}

void ScreenGrid::install(QCPAxis& axis)
{
    QCPGrid*& own = axis.*&GridOf::mGrid;
    auto* grid = new ScreenGrid(&axis);
    grid->setLayer(own->layer());
    grid->setVisible(own->visible());
    grid->setAntialiased(own->antialiased());
    grid->setSubGridVisible(own->subGridVisible());
    grid->setAntialiasedSubGrid(own->antialiasedSubGrid());
    grid->setAntialiasedZeroLine(own->antialiasedZeroLine());
    grid->setPen(own->pen());
    grid->setSubGridPen(own->subGridPen());
    grid->setZeroLinePen(own->zeroLinePen());
    delete std::exchange(own, grid);
}

bool ScreenGrid::fillsOn(const QCPPainter& painter) const
{
    const QCPRange range = mParentAxis->range();
    const bool zeroLine = mZeroLinePen.style() != Qt::NoPen && range.lower < 0 && range.upper > 0;
    return paintsOnScreen(painter) && paintsPixelForPixel(painter) && !painter.antialiasing() && !zeroLine
           && !(mParentAxis->subTicks() && subGridVisible()) && onePixelSolid(mPen);
}

void ScreenGrid::draw(QCPPainter* painter)
{
    applyDefaultAntialiasingHint(painter);
    if (!fillsOn(*painter)) {
        QCPGrid::draw(painter);
        return;
    }
    // As QCPGrid draws them: a line at each tick across the axis rectangle, its ends rounded to
    // whole pixels (QCPPainter::drawLine, unantialiased), both ends drawn (square caps).
    const QRect rect = mParentAxis->axisRect()->rect();
    const bool vertical = mParentAxis->orientation() == Qt::Horizontal;
    const QColor colour = mPen.color();
    for (const double tick : mParentAxis->tickVector()) {
        const double t = mParentAxis->coordToPixel(tick);
        if (!std::isfinite(t) || std::abs(t) > 1e6)
            continue;
        if (vertical) {
            const QLine line = QLineF(t, rect.bottom(), t, rect.top()).toLine();
            painter->fillRect(QRect(QPoint(line.x1(), line.y2()), QPoint(line.x1(), line.y1())), colour);
        } else {
            const QLine line = QLineF(rect.left(), t, rect.right(), t).toLine();
            painter->fillRect(QRect(QPoint(line.x1(), line.y1()), QPoint(line.x2(), line.y1())), colour);
        }
    }
}

} // namespace gridshare::gui
