// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

namespace gridshare::gui {

// Moves an item to the end of the plot's list of its items, where a new one would stand.
// QCustomPlot's list is protected: reached through a class that makes it public.
inline void moveToEndOfItems(QCustomPlot& plot, QCPAbstractItem* item)
{
    struct ItemList : QCustomPlot {
        using QCustomPlot::mItems;
    };
    QList<QCPAbstractItem*>& items = plot.*&ItemList::mItems;
    items.removeOne(item);
    items.append(item);
}

} // namespace gridshare::gui
