// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/measured_text.h"

#include "gui/charts/legend_icon_stamps.h"
#include "gui/charts/screen_painting.h"
#include "gui/charts/shaped_text.h"

#include <QFontMetricsF>
#include <QTextLine>

#include <cmath>
#include <utility>

namespace gridshare::gui {
namespace {

// QCPAbstractPlottable::drawLegendIcon is protected, for QCustomPlot's own legend entry (a friend)
// to call: a measured entry reaches it through a class that makes it public.
struct LegendIcon : QCPAbstractPlottable {
    using QCPAbstractPlottable::drawLegendIcon;
};

} // namespace

bool MeasuredTextElement::Measured::matches(const QCPTextElement& element) const
{
    return text == element.text() && font == element.font() && margins == element.margins();
}

QSize MeasuredTextElement::minimumOuterSizeHint() const
{
    // QCustomPlot gives an empty text a line's height: a subtitle left out would leave its room.
    if (text().isEmpty())
        return QSize(0, 0);
    if (!minimum_ || !minimum_->matches(*this))
        minimum_ = Measured{text(), font(), margins(), QCPTextElement::minimumOuterSizeHint()};
    return minimum_->size;
}

QSize MeasuredTextElement::maximumOuterSizeHint() const
{
    if (text().isEmpty())
        return QSize(QWIDGETSIZE_MAX, 0);
    if (!maximum_ || !maximum_->matches(*this))
        maximum_ = Measured{text(), font(), margins(), QCPTextElement::maximumOuterSizeHint()};
    return maximum_->size;
}

void MeasuredTextElement::draw(QCPPainter* painter)
{
    // QCPTextElement::draw: drawText centres the text in the element's rectangle. One line is drawn
    // from its shaped layout, placed as drawText places it: centred across, and down by half the
    // room it leaves, below the font's leading rounded up to a whole pixel.
    const ShapedTexts::Shaped* text = nullptr;
    if (shapes_ && paintsOnScreen(*painter) && (mTextFlags & ~Qt::TextWordWrap) == Qt::AlignCenter) {
        painter->setFont(mainFont());
        text = shapes_->shaped(*painter, mText, Qt::AlignHCenter | Qt::AlignTop);
    }
    if (!text || text->layout.lineAt(0).horizontalAdvance() > mRect.width()) {
        QCPTextElement::draw(painter);
        return;
    }
    const QTextLine line = text->layout.lineAt(0);
    const double top = std::ceil(QFontMetricsF(painter->font()).leading());
    const double lineHeight = line.ascent() + line.descent(); // as drawText counts it: not rounded up
    const double height = top + lineHeight;
    const double down = (mRect.height() - height) / 2;
    const double across = (mRect.width() - line.horizontalAdvance()) / 2;
    mTextBoundingRect = QRectF(mRect.x() + across, mRect.y() + down, line.naturalTextWidth(), height).toAlignedRect();
    painter->setPen(QPen(mainTextColor()));
    ShapedTexts::draw(*painter, *text, QRectF(mRect.x(), mRect.y() + down + top, mRect.width(), lineHeight),
                      Qt::AlignHCenter | Qt::AlignTop);
}

MeasuredLegendItem::MeasuredLegendItem(QCPLegend* legend, QCPAbstractPlottable* plottable,
                                       std::shared_ptr<LegendEntrySizes> sizes, std::shared_ptr<ShapedTexts> shapes,
                                       std::shared_ptr<LegendIconStamps> icons)
    : QCPPlottableLegendItem(legend, plottable), sizes_(std::move(sizes)), shapes_(std::move(shapes)),
      icons_(std::move(icons))
{}

QSize MeasuredLegendItem::minimumOuterSizeHint() const
{
    if (!mPlottable)
        return QCPPlottableLegendItem::minimumOuterSizeHint();
    const QFont font = getFont();
    const QSize iconSize = mParentLegend->iconSize();
    const int padding = mParentLegend->iconTextPadding();
    auto it = sizes_->byText.find(mPlottable->name());
    if (it == sizes_->byText.end() || it->font != font || it->iconSize != iconSize || it->iconTextPadding != padding
        || it->margins != margins())
        it = sizes_->byText.insert(
            mPlottable->name(), {font, iconSize, padding, margins(), QCPPlottableLegendItem::minimumOuterSizeHint()});
    return it->size;
}

void MeasuredLegendItem::draw(QCPPainter* painter)
{
    // QCPPlottableLegendItem::draw, with the text shaped once; a border around the icon (none in
    // GridShare's charts) is left to it.
    const ShapedTexts::Shaped* text = nullptr;
    if (mPlottable && shapes_ && paintsOnScreen(*painter) && getIconBorderPen().style() == Qt::NoPen) {
        painter->setFont(getFont());
        text = shapes_->shaped(*painter, mPlottable->name(), Qt::TextDontClip, mParentLegend->iconSize().height());
    }
    if (!text) {
        QCPPlottableLegendItem::draw(painter);
        return;
    }
    painter->setPen(QPen(getTextColor()));
    const QSize iconSize = mParentLegend->iconSize();
    const QRect iconRect(mRect.topLeft(), iconSize);
    const int textHeight = qMax(text->bounds.height(), iconSize.height()); // as QCustomPlot places it
    ShapedTexts::draw(*painter, *text,
                      QRect(mRect.x() + iconSize.width() + mParentLegend->iconTextPadding(), mRect.y(),
                            text->bounds.width(), textHeight),
                      Qt::TextDontClip);
    const auto drawIcon = [this](QCPPainter* iconPainter, const QRect& rect) {
        (mPlottable->*&LegendIcon::drawLegendIcon)(iconPainter, rect);
    };
    const auto* graph = qobject_cast<const QCPGraph*>(mPlottable);
    if (icons_ && graph && icons_->draw(*painter, *graph, iconRect, drawIcon))
        return;
    painter->save();
    painter->setClipRect(iconRect, Qt::IntersectClip);
    drawIcon(painter, iconRect);
    painter->restore();
}

bool addMeasuredLegendEntry(QCPAbstractPlottable* plottable, const std::shared_ptr<LegendEntrySizes>& sizes,
                            const std::shared_ptr<ShapedTexts>& shapes, const std::shared_ptr<LegendIconStamps>& icons)
{
    QCPLegend* legend = plottable->parentPlot()->legend;
    if (!legend || legend->hasItemWithPlottable(plottable))
        return false;
    return legend->addItem(new MeasuredLegendItem(legend, plottable, sizes, shapes, icons));
}

} // namespace gridshare::gui
