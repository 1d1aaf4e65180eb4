// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/figure_value_label.h"

#include <QEvent>
#include <QPainter>
#include <QTextOption>

#include <algorithm>

namespace gridshare::gui {

bool FigureValueLabel::paintsItself() const
{
    return !hasSelectedText() && !text().contains(QLatin1Char('\n'))
           && alignment() == (Qt::AlignLeft | Qt::AlignVCenter) && layoutDirection() == Qt::LeftToRight && margin() == 0
           && indent() <= 0 && !wordWrap();
}

bool FigureValueLabel::event(QEvent* event)
{
    if (event->type() == QEvent::ScreenChangeInternal) // another resolution: laid out anew
        layout_.clearLayout();
    return TileLabel::event(event);
}

void FigureValueLabel::paintEvent(QPaintEvent* event)
{
    if (!paintsItself()) {
        QLabel::paintEvent(event);
        return;
    }
    QPainter painter(this);
    drawFrame(&painter);
    const QRect area = contentsRect();
    const QTextLine line = laidOut();
    // As QLabel places a document: centred, then down to a whole pixel.
    const double top = area.y() + std::max((area.height() - line.height()) / 2, 0.0);
    painter.setPen(palette().color(foregroundRole()));
    layout_.draw(&painter, QRectF(area.x(), top, area.width(), area.height()).toAlignedRect().topLeft());
}

QTextLine FigureValueLabel::laidOut()
{
    if (layout_.lineCount() == 0 || layout_.text() != text() || laidOutFont_ != font()) {
        laidOutFont_ = font();
        layout_.clearLayout();
        layout_.setText(text());
        layout_.setFont(QFont(font(), this)); // at the label's resolution
        QTextOption option(Qt::AlignLeft);
        option.setWrapMode(QTextOption::NoWrap);
        layout_.setTextOption(option);
        layout_.beginLayout();
        QTextLine line = layout_.createLine();
        line.setPosition(QPointF(0, 0));
        layout_.endLayout();
    }
    return layout_.lineAt(0);
}

} // namespace gridshare::gui
