// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/shaped_axis_painter.h"

#include "gui/charts/screen_painting.h"
#include "gui/charts/shaped_text.h"

#include <utility>

namespace gridshare::gui {
namespace {

// An axis' painter is protected: reached through a class that makes it public.
struct AxisPainterOf : QCPAxis {
    using QCPAxis::mAxisPainter;
};

// QCustomPlot centres the title in a box its own height (rounded up): drawn at the top, lowered by
// the rounding's half.
constexpr int kTitleFlags = Qt::TextDontClip | Qt::AlignHCenter | Qt::AlignTop;

// The text's height as drawText centres it: not rounded up, as QTextLine::height() is.
double textHeight(const ShapedTexts::Shaped& shaped)
{
    const QTextLine line = shaped.layout.lineAt(0);
    return line.ascent() + line.descent();
}

} // namespace

ShapedAxisPainter::ShapedAxisPainter(QCustomPlot* plot, std::shared_ptr<ShapedTexts> shapes)
    : QCPAxisPainterPrivate(plot), shapes_(std::move(shapes))
{}

void ShapedAxisPainter::install(QCPAxis& axis, std::shared_ptr<ShapedTexts> shapes)
{
    QCPAxisPainterPrivate*& own = axis.*&AxisPainterOf::mAxisPainter;
    auto* painter = new ShapedAxisPainter(axis.parentPlot(), std::move(shapes));
    // The axis' setters write into its painter: every setting it holds comes along.
    painter->type = own->type;
    painter->basePen = own->basePen;
    painter->lowerEnding = own->lowerEnding;
    painter->upperEnding = own->upperEnding;
    painter->labelPadding = own->labelPadding;
    painter->labelFont = own->labelFont;
    painter->labelColor = own->labelColor;
    painter->label = own->label;
    painter->tickLabelPadding = own->tickLabelPadding;
    painter->tickLabelRotation = own->tickLabelRotation;
    painter->tickLabelSide = own->tickLabelSide;
    painter->substituteExponent = own->substituteExponent;
    painter->numberMultiplyCross = own->numberMultiplyCross;
    painter->tickLengthIn = own->tickLengthIn;
    painter->tickLengthOut = own->tickLengthOut;
    painter->subTickLengthIn = own->subTickLengthIn;
    painter->subTickLengthOut = own->subTickLengthOut;
    painter->tickPen = own->tickPen;
    painter->subTickPen = own->subTickPen;
    painter->tickLabelFont = own->tickLabelFont;
    painter->tickLabelColor = own->tickLabelColor;
    painter->axisRect = own->axisRect;
    painter->viewportRect = own->viewportRect;
    painter->offset = own->offset;
    painter->abbreviateDecimalPowers = own->abbreviateDecimalPowers;
    painter->reversedEndings = own->reversedEndings;
    painter->subTickPositions = own->subTickPositions;
    painter->tickPositions = own->tickPositions;
    painter->tickLabels = own->tickLabels;
    delete std::exchange(own, painter);
}

void ShapedAxisPainter::placeTickLabel(QCPPainter* painter, double position, int distanceToAxis, const QString& text,
                                       QSize* tickLabelsSize)
{
    QCPAxisPainterPrivate::placeTickLabel(painter, position, distanceToAxis, text, tickLabelsSize);
    tickLabelsSize_ = *tickLabelsSize; // the largest so far, which the title keeps clear of
}

void ShapedAxisPainter::draw(QCPPainter* painter)
{
    const ShapedTexts::Shaped* shaped = nullptr;
    if (!label.isEmpty() && shapes_ && paintsOnScreen(*painter)) {
        painter->setFont(labelFont);
        shaped = shapes_->shaped(*painter, label, kTitleFlags);
    }
    if (!shaped) { // an export, no title, or one drawText lays out itself (several lines, say)
        QCPAxisPainterPrivate::draw(painter);
        return;
    }
    // The axis without its title, then the title.
    const QString title = std::exchange(label, QString());
    tickLabelsSize_ = QSize();
    QCPAxisPainterPrivate::draw(painter);
    label = title;
    drawTitle(*painter, *shaped);
}

void ShapedAxisPainter::drawTitle(QCPPainter& painter, const ShapedTexts::Shaped& shaped)
{
    // Where QCPAxisPainterPrivate::draw puts it: beyond the ticks and the widest tick label.
    const bool horizontal = QCPAxis::orientation(type) == Qt::Horizontal;
    int margin = qMax(0, qMax(tickLengthOut, subTickLengthOut));
    if (!tickLabels.isEmpty() && tickLabelSide == QCPAxis::lsOutside)
        margin += tickLabelPadding + (horizontal ? tickLabelsSize_.height() : tickLabelsSize_.width());
    margin += labelPadding;
    painter.setFont(labelFont);
    painter.setPen(QPen(labelColor));
    const int height = shaped.bounds.height();
    QPoint origin;
    switch (type) {
    case QCPAxis::atLeft:
        origin = axisRect.bottomLeft() + QPoint(-offset, 0);
        break;
    case QCPAxis::atRight:
        origin = axisRect.bottomRight() + QPoint(offset, 0);
        break;
    case QCPAxis::atTop:
        origin = axisRect.topLeft() + QPoint(0, -offset);
        break;
    case QCPAxis::atBottom:
        origin = axisRect.bottomLeft() + QPoint(0, offset);
        break;
    }
    const QTransform before = painter.transform();
    QRect box;
    if (type == QCPAxis::atLeft) {
        painter.translate(origin.x() - margin - height, origin.y());
        painter.rotate(-90);
        box = QRect(0, 0, axisRect.height(), height);
    } else if (type == QCPAxis::atRight) {
        painter.translate(origin.x() + margin + height, origin.y() - axisRect.height());
        painter.rotate(90);
        box = QRect(0, 0, axisRect.height(), height);
    } else if (type == QCPAxis::atTop) {
        box = QRect(origin.x(), origin.y() - margin - height, axisRect.width(), height);
    } else {
        box = QRect(origin.x(), origin.y() + margin, axisRect.width(), height);
    }
    // drawText centres the text's height in the box's, which is that rounded up.
    ShapedTexts::draw(painter, shaped, QRectF(box).translated(0, (height - textHeight(shaped)) / 2), kTitleFlags);
    painter.setTransform(before);
    // The title's box for hit tests, as QCustomPlot sets it (drawn without a title, it set none).
    const int from = margin;
    const int to = margin + height;
    if (type == QCPAxis::atLeft)
        mLabelSelectionBox.setCoords(origin.x() - to, axisRect.top(), origin.x() - from, axisRect.bottom());
    else if (type == QCPAxis::atRight)
        mLabelSelectionBox.setCoords(origin.x() + to, axisRect.top(), origin.x() + from, axisRect.bottom());
    else if (type == QCPAxis::atTop)
        mLabelSelectionBox.setCoords(axisRect.left(), origin.y() - to, axisRect.right(), origin.y() - from);
    else
        mLabelSelectionBox.setCoords(axisRect.left(), origin.y() + to, axisRect.right(), origin.y() + from);
    mLabelSelectionBox = mLabelSelectionBox.normalized();
}

} // namespace gridshare::gui
