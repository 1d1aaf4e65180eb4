// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The QCustomPlot a chart page draws in. It differs from QCustomPlot in how it reaches the screen,
// never in what it draws:
// - Until its first paint it replots once, at the next event-loop turn, however often a window
//   being shown resizes it (QCustomPlot replots at once on every resize, and allocates new paint
//   buffers each time); after that, resizes redraw at once as before, so a window being resized
//   never shows a stale chart.
// - Its first paint buffer is cleared to the chart's background where that is one opaque colour,
//   so the window copies it rather than blending it over a background it filled first.

#include <qcustomplot.h>

namespace gridshare::gui {

class ChartPlot : public QCustomPlot {
public:
    explicit ChartPlot(QWidget* parent);

    // The background as one opaque colour; invalid where it is not one.
    QColor opaqueBackground() const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    bool painted_ = false;
};

} // namespace gridshare::gui
