// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/charts/plot_items.h"

namespace gridshare::gui {

// A range bar: a line item only the pool makes, so that a drawing takes back its bars and no
// other line items.
class RangeBarItem : public QCPItemLine {
public:
    using QCPItemLine::QCPItemLine;
};

// What a line item draws and how, as set by the plot's setters.
struct LineItemState {
    QPen pen, selectedPen;
    QCPLineEnding head, tail;
    ItemState common;
    PositionState start, end;

    static LineItemState of(const QCPItemLine& item);
    void applyTo(QCPItemLine& item) const;
};

// A chart's range bars, kept from one drawing to the next (plot_items.h): making a line item and
// deleting it again at every slider step was a fiftieth of the step.
class RangeBarPool : public KeptItems<RangeBarItem, LineItemState> {
public:
    explicit RangeBarPool(QCustomPlot* plot);
};

} // namespace gridshare::gui
