// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

#include <QList>
#include <QPointer>

#include <optional>

namespace gridshare::gui {

// A range bar: a line item only the pool makes, so that a drawing takes back its bars and no
// other line items.
class RangeBarItem : public QCPItemLine {
public:
    using QCPItemLine::QCPItemLine;
};

// A chart's range bars, kept from one drawing to the next as TextItemPool keeps its text items:
// making a line item (two positions, each finding its axis rectangle by walking the plot's
// layout) and deleting it again at every slider step was a fiftieth of the step. A drawing takes
// them back hidden; each bar given out again is as a new one would be, and stands last in the
// drawing order, as a new one would; those not given out again are removed when the drawing ends.
class RangeBarPool {
public:
    explicit RangeBarPool(QCustomPlot* plot);

    // Keeps the item, hidden, when it is a bar the pool made; false, leaving it, otherwise.
    bool reclaim(QCPAbstractItem* item);
    // A bar as made, from those kept where there is one.
    RangeBarItem* take();
    // Removes from the plot the bars kept and not given out again.
    void dropUnused();

private:
    // What a line item draws and how, as set by the plot's setters.
    struct End {
        QCPItemPosition::PositionType typeX, typeY;
        QPointer<QCPAxis> keyAxis, valueAxis;
        QPointer<QCPAxisRect> axisRect;
        QPointF coords;

        static End of(const QCPItemPosition& at);
        void applyTo(QCPItemPosition& at) const;
    };
    struct State {
        QPen pen, selectedPen;
        QCPLineEnding head, tail;
        bool clipToAxisRect;
        QPointer<QCPAxisRect> clipAxisRect;
        bool selectable, selected, antialiased, visible;
        QCPLayer* layer;
        End start, end;

        static State of(const QCPItemLine& item);
        void applyTo(QCPItemLine& item) const;
    };

    QCustomPlot* plot_;
    QList<RangeBarItem*> kept_;
    std::optional<State> asMade_; // of the first bar made
};

} // namespace gridshare::gui
