// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// QCustomPlot draws the legend's box antialiased and moved half a pixel, which puts its one-pixel
// frame on whole pixels: Qt strokes that frame pixel by pixel and fills the box through its
// antialiasing rasterizer, a twentieth of a replot for a box this size. On screen this legend
// fills the same pixels in the same colours: the inside and the frame as rectangles, the fill's
// half-covered edge under the frame as the rasterizer covers it, and the frame's corners (which
// the stroker covers only in part) from a two-pixel box's corner. Exports, a scaled painter and
// other pens or brushes are QCustomPlot's legend's.

#include <qcustomplot.h>

namespace gridshare::gui {

class ScreenLegend : public QCPLegend {
public:
    // Gives a new plot this legend in place of its own, where QCustomPlot put it (the axis
    // rectangle's inset layout), with the settings QCustomPlot gave it: before the legend is moved
    // or anything is added to it (its entries are not moved over).
    static void install(QCustomPlot& plot);

    // Whether a box of this size, frame and fill is filled on this painter rather than drawn by
    // QCustomPlot's legend.
    static bool fills(const QCPPainter& painter, const QPen& frame, const QBrush& fill, QSize size);

protected:
    void draw(QCPPainter* painter) override;
};

} // namespace gridshare::gui
