// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/figure_tile.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QPainter>

namespace gridshare::gui {

FigureTile::FigureTile(QRgb colour, QWidget* parent) : QFrame(parent), colour_(colour)
{
    setFrameShape(QFrame::StyledPanel);
    stack_.setSpacing(0);
}

void FigureTile::setColour(QRgb colour)
{
    colour_ = colour;
    update();
}

void FigureTile::addLabel(QLabel* label)
{
    stack_.addWidget(label);
}

void FigureTile::setLabelMargins(const QMargins& margins)
{
    stack_.setContentsMargins(margins);
}

QSize FigureTile::sizeHint() const
{
    ensurePolished();
    return stack_.sizeHint() + framesWidthAndHeight();
}

QSize FigureTile::minimumSizeHint() const
{
    ensurePolished();
    return stack_.minimumSize() + framesWidthAndHeight();
}

void FigureTile::relayout()
{
    stack_.invalidate();
    const std::pair<QSize, QSize> hints{sizeHint(), minimumSizeHint()};
    if (hints != hints_) {
        hints_ = hints;
        updateGeometry();
    }
    stack_.setGeometry(contentsRect());
}

bool FigureTile::event(QEvent* event)
{
    switch (event->type()) {
    case QEvent::LayoutRequest: // a label's text, font or visibility changed (posted to a layoutless parent)
    case QEvent::Show:          // changes while hidden post nothing
        relayout();
        break;
    case QEvent::ScreenChangeInternal: // the labels measure again once they have all heard of it
        QCoreApplication::postEvent(this, new QEvent(QEvent::LayoutRequest));
        break;
    default:
        break;
    }
    return QFrame::event(event);
}

void FigureTile::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    stack_.setGeometry(contentsRect());
}

void FigureTile::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.fillRect(QRect(0, 0, kStripe, height()), QColor(colour_));
}

QSize FigureTile::framesWidthAndHeight() const
{
    const QMargins m = contentsMargins();
    return {m.left() + m.right(), m.top() + m.bottom()};
}

} // namespace gridshare::gui
