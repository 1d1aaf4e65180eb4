// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/range_bar_pool.h"

#include "gui/charts/plot_items.h"

namespace gridshare::gui {

RangeBarPool::RangeBarPool(QCustomPlot* plot) : plot_(plot) {}

bool RangeBarPool::reclaim(QCPAbstractItem* item)
{
    auto* bar = dynamic_cast<RangeBarItem*>(item);
    if (!bar || !asMade_)
        return false;
    bar->setVisible(false);
    kept_.append(bar);
    return true;
}

RangeBarItem* RangeBarPool::take()
{
    if (kept_.isEmpty()) {
        auto* made = new RangeBarItem(plot_);
        if (!asMade_)
            asMade_ = State::of(*made);
        return made;
    }
    RangeBarItem* bar = kept_.takeFirst();
    asMade_->applyTo(*bar);
    bar->setLayer(asMade_->layer); // last on its layer, even where it was on it already
    moveToEndOfItems(*plot_, bar);
    return bar;
}

void RangeBarPool::dropUnused()
{
    for (RangeBarItem* bar : std::as_const(kept_))
        plot_->removeItem(bar);
    kept_.clear();
}

RangeBarPool::End RangeBarPool::End::of(const QCPItemPosition& at)
{
    return {at.typeX(), at.typeY(), at.keyAxis(), at.valueAxis(), at.axisRect(), at.coords()};
}

void RangeBarPool::End::applyTo(QCPItemPosition& at) const
{
    at.setParentAnchor(nullptr);
    at.setAxes(keyAxis, valueAxis);
    at.setAxisRect(axisRect);
    at.setTypeX(typeX);
    at.setTypeY(typeY);
    at.setCoords(coords);
}

RangeBarPool::State RangeBarPool::State::of(const QCPItemLine& item)
{
    return {item.pen(),          item.selectedPen(),   item.head(),       item.tail(),        item.clipToAxisRect(),
            item.clipAxisRect(), item.selectable(),    item.selected(),   item.antialiased(), item.visible(),
            item.layer(),        End::of(*item.start), End::of(*item.end)};
}

void RangeBarPool::State::applyTo(QCPItemLine& item) const
{
    item.setPen(pen);
    item.setSelectedPen(selectedPen);
    item.setHead(head);
    item.setTail(tail);
    item.setClipToAxisRect(clipToAxisRect);
    item.setClipAxisRect(clipAxisRect);
    item.setSelectable(selectable);
    item.setSelected(selected);
    item.setAntialiased(antialiased);
    item.setVisible(visible);
    start.applyTo(*item.start);
    end.applyTo(*item.end);
}

} // namespace gridshare::gui
