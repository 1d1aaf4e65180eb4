// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/text_item_pool.h"

#include "gui/charts/plot_items.h"
#include "gui/charts/shaped_text_item.h"

#include <utility>

namespace gridshare::gui {

TextItemPool::TextItemPool(QCustomPlot* plot, std::shared_ptr<ShapedTexts> shapes)
    : plot_(plot), shapes_(std::move(shapes))
{}

bool TextItemPool::reclaim(QCPAbstractItem* item)
{
    auto* text = dynamic_cast<ShapedTextItem*>(item);
    if (!text || !asMade_)
        return false;
    text->setVisible(false);
    kept_.append(text);
    return true;
}

ShapedTextItem* TextItemPool::take()
{
    if (kept_.isEmpty()) {
        auto* made = new ShapedTextItem(plot_, shapes_);
        if (!asMade_)
            asMade_ = State::of(*made);
        return made;
    }
    ShapedTextItem* item = kept_.takeFirst();
    asMade_->applyTo(*item);
    item->setLayer(asMade_->layer); // last on its layer, even where it was on it already
    moveToEndOfItems(*plot_, item);
    return item;
}

void TextItemPool::dropUnused()
{
    for (ShapedTextItem* item : std::as_const(kept_))
        plot_->removeItem(item);
    kept_.clear();
}

TextItemPool::State TextItemPool::State::of(const QCPItemText& item)
{
    const QCPItemPosition& at = *item.position;
    return {
        item.text(),          item.font(),        item.selectedFont(), item.color(),          item.selectedColor(),
        item.pen(),           item.selectedPen(), item.brush(),        item.selectedBrush(),  item.positionAlignment(),
        item.textAlignment(), item.rotation(),    item.padding(),      item.clipToAxisRect(), item.clipAxisRect(),
        item.selectable(),    item.selected(),    item.antialiased(),  item.visible(),        item.layer(),
        at.typeX(),           at.typeY(),         at.keyAxis(),        at.valueAxis(),        at.axisRect(),
        at.coords()};
}

void TextItemPool::State::applyTo(QCPItemText& item) const
{
    item.setText(text);
    item.setFont(font);
    item.setSelectedFont(selectedFont);
    item.setColor(color);
    item.setSelectedColor(selectedColor);
    item.setPen(pen);
    item.setSelectedPen(selectedPen);
    item.setBrush(brush);
    item.setSelectedBrush(selectedBrush);
    item.setPositionAlignment(positionAlignment);
    item.setTextAlignment(textAlignment);
    item.setRotation(rotation);
    item.setPadding(padding);
    item.setClipToAxisRect(clipToAxisRect);
    item.setClipAxisRect(clipAxisRect);
    item.setSelectable(selectable);
    item.setSelected(selected);
    item.setAntialiased(antialiased);
    item.setVisible(visible);
    QCPItemPosition& at = *item.position;
    at.setParentAnchor(nullptr);
    at.setAxes(keyAxis, valueAxis);
    at.setAxisRect(axisRect);
    at.setTypeX(typeX);
    at.setTypeY(typeY);
    at.setCoords(coords);
}

} // namespace gridshare::gui
