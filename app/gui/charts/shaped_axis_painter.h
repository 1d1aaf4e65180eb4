// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// QCustomPlot draws an axis' title with drawText at every replot, shaping and measuring it anew
// each time: a twentieth of a slider step, for titles that do not change. This painter draws the
// title shaped once (shaped_text.h) on screen, where QCustomPlot's own painter draws it, and
// everything else as QCustomPlot does; exports, and titles of several lines, QCustomPlot draws.

#include "gui/charts/shaped_text.h"

#include <qcustomplot.h>

#include <memory>

namespace gridshare::gui {

class ShapedAxisPainter : public QCPAxisPainterPrivate {
public:
    ShapedAxisPainter(QCustomPlot* plot, std::shared_ptr<ShapedTexts> shapes);

    // Gives the axis this painter in place of its own, with all its settings.
    static void install(QCPAxis& axis, std::shared_ptr<ShapedTexts> shapes);

    void draw(QCPPainter* painter) override;

protected:
    void placeTickLabel(QCPPainter* painter, double position, int distanceToAxis, const QString& text,
                        QSize* tickLabelsSize) override;

private:
    void drawTitle(QCPPainter& painter, const ShapedTexts::Shaped& shaped);

    std::shared_ptr<ShapedTexts> shapes_;
    QSize tickLabelsSize_; // as the last draw placed the tick labels, for where the title goes
};

} // namespace gridshare::gui
