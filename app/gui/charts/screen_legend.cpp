// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/screen_legend.h"

#include "gui/charts/screen_painting.h"

namespace gridshare::gui {
namespace {

// A pen Qt's stroker draws, moved half a pixel, over exactly the pixels of each side: one pixel
// wide, solid, with the ends and joins QPen has by default (the ones tst_screen_legend draws).
bool onePixelFrame(const QPen& pen)
{
    return pen.style() == Qt::SolidLine && (pen.widthF() == 1 || pen.widthF() == 0)
           && pen.brush().style() == Qt::SolidPattern && pen.capStyle() == Qt::SquareCap
           && pen.joinStyle() == Qt::BevelJoin;
}

} // namespace

void ScreenLegend::install(QCustomPlot& plot)
{
    QCPLegend* own = plot.legend;
    QCPLayoutInset* inset = plot.axisRect()->insetLayout();
    auto* legend = new ScreenLegend;
    const int index = int(inset->elements(false).indexOf(own));
    inset->addElement(legend, inset->insetAlignment(index));
    inset->setInsetPlacement(inset->elementCount() - 1, inset->insetPlacement(index));
    legend->setLayer(own->layer());
    legend->setVisible(own->visible());
    legend->setAntialiased(own->antialiased());
    legend->setBorderPen(own->borderPen());
    legend->setBrush(own->brush());
    legend->setFont(own->font());
    legend->setTextColor(own->textColor());
    legend->setIconSize(own->iconSize());
    legend->setIconTextPadding(own->iconTextPadding());
    legend->setIconBorderPen(own->iconBorderPen());
    legend->setMargins(own->margins());
    legend->setRowSpacing(own->rowSpacing());
    legend->setColumnSpacing(own->columnSpacing());
    legend->setSelectableParts(own->selectableParts());
    inset->remove(own); // deletes it
    plot.legend = legend;
}

bool ScreenLegend::fills(const QCPPainter& painter, const QPen& frame, const QBrush& fill, QSize size)
{
    return paintsOnScreen(painter) && paintsPixelForPixel(painter) && painter.antialiasing()
           && (frame.style() == Qt::NoPen || onePixelFrame(frame))
           && (fill.style() == Qt::NoBrush || fill.style() == Qt::SolidPattern) && size.width() >= 4
           && size.height() >= 4;
}

void ScreenLegend::draw(QCPPainter* painter)
{
    const QPen pen = getBorderPen();
    const QBrush brush = getBrush();
    if (!fills(*painter, pen, brush, mOuterRect.size())) {
        QCPLegend::draw(painter);
        return;
    }
    const bool framed = pen.style() != Qt::NoPen;
    // QCustomPlot draws mOuterRect moved half a pixel: the fill from x + 0.5 to x + w + 0.5, the
    // frame's sides through the middles of the pixels in columns x and x + w, rows y and y + h.
    const int x = mOuterRect.x();
    const int y = mOuterRect.y();
    const int w = mOuterRect.width();
    const int h = mOuterRect.height();
    painter->save();
    painter->setAntialiasing(false); // back on whole pixels
    if (brush.style() != Qt::NoBrush) {
        painter->fillRect(QRect(x + 1, y + 1, w - 1, h - 1), brush);
        // The half-covered edge, antialiased as the whole box is; the corners here only where
        // no frame draws them below.
        painter->setRenderHint(QPainter::Antialiasing, true);
        const double c = framed ? 1 : 0.5;
        painter->fillRect(QRectF(x + c, y + 0.5, w + 1 - 2 * c, 0.5), brush);
        painter->fillRect(QRectF(x + c, y + h, w + 1 - 2 * c, 0.5), brush);
        painter->fillRect(QRectF(x + 0.5, y + 1, 0.5, h - 1), brush);
        painter->fillRect(QRectF(x + w, y + 1, 0.5, h - 1), brush);
        painter->setRenderHint(QPainter::Antialiasing, false);
    }
    if (framed) {
        const QColor colour = pen.color();
        painter->fillRect(QRect(x + 1, y, w - 1, 1), colour);
        painter->fillRect(QRect(x + 1, y + h, w - 1, 1), colour);
        painter->fillRect(QRect(x, y + 1, 1, h - 1), colour);
        painter->fillRect(QRect(x + w, y + 1, 1, h - 1), colour);
        // Each corner as the stroker leaves a box's corner (partly covered): a two-pixel box
        // sharing it, drawn as QCustomPlot draws, clipped to that one pixel.
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->translate(0.5, 0.5);
        painter->setPen(pen);
        painter->setBrush(brush);
        for (const QPoint corner : {QPoint(x, y), QPoint(x + w, y), QPoint(x, y + h), QPoint(x + w, y + h)}) {
            painter->save();
            painter->setClipRect(QRectF(corner.x() - 0.5, corner.y() - 0.5, 1, 1), Qt::IntersectClip);
            painter->drawRect(QRect(corner.x() == x ? x : x + w - 2, corner.y() == y ? y : y + h - 2, 2, 2));
            painter->restore();
        }
    }
    painter->restore();
}

} // namespace gridshare::gui
