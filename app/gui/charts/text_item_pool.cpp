// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/text_item_pool.h"

#include <utility>

namespace gridshare::gui {

TextItemPool::TextItemPool(QCustomPlot* plot, std::shared_ptr<ShapedTexts> shapes)
    : KeptItems(plot, [plot, shapes = std::move(shapes)] { return new ShapedTextItem(plot, shapes); })
{}

TextItemState TextItemState::of(const QCPItemText& item)
{
    return {item.text(),
            item.font(),
            item.selectedFont(),
            item.color(),
            item.selectedColor(),
            item.pen(),
            item.selectedPen(),
            item.brush(),
            item.selectedBrush(),
            item.positionAlignment(),
            item.textAlignment(),
            item.rotation(),
            item.padding(),
            ItemState::of(item),
            PositionState::of(*item.position)};
}

void TextItemState::applyTo(QCPItemText& item) const
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
    common.applyTo(item);
    position.applyTo(*item.position);
}

} // namespace gridshare::gui
