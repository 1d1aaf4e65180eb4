// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/shaped_text_item.h"

#include "gui/charts/screen_painting.h"
#include "gui/charts/shaped_text.h"

#include <utility>

namespace gridshare::gui {

ShapedTextItem::ShapedTextItem(QCustomPlot* plot, std::shared_ptr<ShapedTexts> shapes)
    : QCPItemText(plot), shapes_(std::move(shapes))
{}

void ShapedTextItem::draw(QCPPainter* painter)
{
    // QCPItemText::draw, with the text measured and shaped once.
    const int flags = Qt::TextDontClip | int(mTextAlignment);
    const ShapedTexts::Shaped* text = nullptr;
    if (shapes_ && paintsOnScreen(*painter)) {
        painter->setFont(mainFont());
        text = shapes_->shaped(*painter, mText, flags);
    }
    if (!text) {
        QCPItemText::draw(painter);
        return;
    }
    const QPointF pos(position->pixelPosition());
    QTransform transform = painter->transform();
    transform.translate(pos.x(), pos.y());
    if (!qFuzzyIsNull(mRotation))
        transform.rotate(mRotation);
    QRect textRect = text->bounds;
    QRect textBoxRect = textRect.adjusted(-mPadding.left(), -mPadding.top(), mPadding.right(), mPadding.bottom());
    // At (0, 0): the transform places it.
    const QPointF textPos = getTextDrawPoint(QPointF(0, 0), textBoxRect, mPositionAlignment);
    textRect.moveTopLeft(textPos.toPoint() + QPoint(mPadding.left(), mPadding.top()));
    textBoxRect.moveTopLeft(textPos.toPoint());
    const int clipPad = int(mainPen().widthF()); // as QCustomPlot rounds it
    const QRect boundingRect = textBoxRect.adjusted(-clipPad, -clipPad, clipPad, clipPad);
    if (!transform.mapRect(boundingRect).intersects(painter->transform().mapRect(clipRect())))
        return;
    painter->setTransform(transform);
    if ((mainBrush().style() != Qt::NoBrush && mainBrush().color().alpha() != 0)
        || (mainPen().style() != Qt::NoPen && mainPen().color().alpha() != 0)) {
        painter->setPen(mainPen());
        painter->setBrush(mainBrush());
        painter->drawRect(textBoxRect);
    }
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(mainColor()));
    ShapedTexts::draw(*painter, *text, textRect, flags);
}

} // namespace gridshare::gui
