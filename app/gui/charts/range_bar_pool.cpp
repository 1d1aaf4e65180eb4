// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/range_bar_pool.h"

namespace gridshare::gui {

RangeBarPool::RangeBarPool(QCustomPlot* plot) : KeptItems(plot, [plot] { return new RangeBarItem(plot); }) {}

LineItemState LineItemState::of(const QCPItemLine& item)
{
    return {item.pen(),
            item.selectedPen(),
            item.head(),
            item.tail(),
            ItemState::of(item),
            PositionState::of(*item.start),
            PositionState::of(*item.end)};
}

void LineItemState::applyTo(QCPItemLine& item) const
{
    item.setPen(pen);
    item.setSelectedPen(selectedPen);
    item.setHead(head);
    item.setTail(tail);
    common.applyTo(item);
    start.applyTo(*item.start);
    end.applyTo(*item.end);
}

} // namespace gridshare::gui
