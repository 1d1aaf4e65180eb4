// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Items of one kind kept from one drawing of a chart to the next (text_item_pool.h,
// range_bar_pool.h). A chart draws its labels and bars anew at every slider step, and making an
// item (its positions and anchors, each finding its axis rectangle by walking the plot's layout)
// and deleting it again was a good part of the step. A drawing takes them back hidden; each item
// given out again is as a new one would be (State: all the plot's setters set), and stands last
// in the drawing order, as a new one would; those not given out again are removed when the
// drawing ends. Only items the pool made are its to take back.

#include <qcustomplot.h>

#include <QList>
#include <QPointer>

#include <functional>
#include <optional>
#include <utility>

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

// Where an item's position points, as the plot's setters set it.
struct PositionState {
    QCPItemPosition::PositionType typeX, typeY;
    QPointer<QCPAxis> keyAxis, valueAxis;
    QPointer<QCPAxisRect> axisRect;
    QPointF coords;

    static PositionState of(const QCPItemPosition& at)
    {
        return {at.typeX(), at.typeY(), at.keyAxis(), at.valueAxis(), at.axisRect(), at.coords()};
    }
    void applyTo(QCPItemPosition& at) const
    {
        at.setParentAnchor(nullptr);
        at.setAxes(keyAxis, valueAxis);
        at.setAxisRect(axisRect);
        at.setTypeX(typeX);
        at.setTypeY(typeY);
        at.setCoords(coords);
    }
};

// What every kind of item holds, as the plot's setters set it.
struct ItemState {
    bool clipToAxisRect;
    QPointer<QCPAxisRect> clipAxisRect;
    bool selectable, selected, antialiased, visible;
    QCPLayer* layer;

    static ItemState of(const QCPAbstractItem& item)
    {
        return {item.clipToAxisRect(), item.clipAxisRect(), item.selectable(), item.selected(),
                item.antialiased(),    item.visible(),      item.layer()};
    }
    void applyTo(QCPAbstractItem& item) const
    {
        item.setClipToAxisRect(clipToAxisRect);
        item.setClipAxisRect(clipAxisRect);
        item.setSelectable(selectable);
        item.setSelected(selected);
        item.setAntialiased(antialiased);
        item.setVisible(visible);
    }
};

// State: of(item) and applyTo(item), with the ItemState of every item as `common`.
template <typename Item, typename State> class KeptItems {
public:
    KeptItems(QCustomPlot* plot, std::function<Item*()> make) : plot_(plot), make_(std::move(make)) {}

    // Keeps the item, hidden, when it is one the pool made; false, leaving it, otherwise.
    bool reclaim(QCPAbstractItem* item)
    {
        auto* kept = dynamic_cast<Item*>(item);
        if (!kept || !asMade_)
            return false;
        kept->setVisible(false);
        kept_.append(kept);
        return true;
    }

    // An item as made, from those kept where there is one.
    Item* take()
    {
        if (kept_.isEmpty()) {
            Item* made = make_();
            if (!asMade_)
                asMade_ = State::of(*made);
            return made;
        }
        Item* item = kept_.takeFirst();
        asMade_->applyTo(*item);
        item->setLayer(asMade_->common.layer); // last on its layer, even where it was on it already
        moveToEndOfItems(*plot_, item);
        return item;
    }

    // Removes from the plot the items kept and not given out again.
    void dropUnused()
    {
        for (Item* item : std::as_const(kept_))
            plot_->removeItem(item);
        kept_.clear();
    }

private:
    QCustomPlot* plot_;
    std::function<Item*()> make_;
    QList<Item*> kept_;
    std::optional<State> asMade_; // of the first item made
};

} // namespace gridshare::gui
