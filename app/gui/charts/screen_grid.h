// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Qt strokes a one-pixel line pixel by pixel: the value axis' grid lines were a twenty-fifth of a
// slider step. On screen, a crisp (not antialiased) solid grid line one pixel wide covers exactly
// the pixels of a rectangle one pixel high (or wide) between its ends: this grid fills those
// rectangles, the same pixels in the same colour. Everything else (exports, a scaled painter,
// antialiased or thinner lines, a zero line or sub grid) QCustomPlot's grid draws itself.

#include <qcustomplot.h>

namespace gridshare::gui {

class ScreenGrid : public QCPGrid {
public:
    explicit ScreenGrid(QCPAxis* axis);

    // Gives the axis this grid in place of its own, with all its settings.
    static void install(QCPAxis& axis);

protected:
    void draw(QCPPainter* painter) override;

private:
    bool fillsOn(const QCPPainter& painter) const;
};

} // namespace gridshare::gui
