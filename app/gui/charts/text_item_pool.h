// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

#include <QList>
#include <QPointer>

#include <memory>
#include <optional>

namespace gridshare::gui {

class ShapedTexts;
class ShapedTextItem;

// A chart's text items, kept from one drawing to the next. A chart draws its labels anew at every
// slider step, and making a text item (its position and eight anchors, each found its axis rectangle
// by walking the plot's layout) and deleting it again was a twentieth of the step. A drawing takes
// them back hidden; each item given out again is as a new one would be, and stands last in the
// drawing order, as a new one would; those not given out again are removed when the drawing ends.
class TextItemPool {
public:
    TextItemPool(QCustomPlot* plot, std::shared_ptr<ShapedTexts> shapes);

    // Keeps the item, hidden, when it is of the kind the pool gives out; false, leaving it, otherwise.
    bool reclaim(QCPAbstractItem* item);
    // A text item as made, from those kept where there is one.
    ShapedTextItem* take();
    // Removes from the plot the items kept and not given out again.
    void dropUnused();

private:
    // What a text item says and how, as set by the plot's setters: all QCustomPlot lets a caller set.
    struct State {
        QString text;
        QFont font, selectedFont;
        QColor color, selectedColor;
        QPen pen, selectedPen;
        QBrush brush, selectedBrush;
        Qt::Alignment positionAlignment, textAlignment;
        double rotation;
        QMargins padding;
        bool clipToAxisRect;
        QPointer<QCPAxisRect> clipAxisRect;
        bool selectable, selected, antialiased, visible;
        QCPLayer* layer;
        QCPItemPosition::PositionType typeX, typeY;
        QPointer<QCPAxis> keyAxis, valueAxis;
        QPointer<QCPAxisRect> axisRect;
        QPointF coords;

        static State of(const QCPItemText& item);
        void applyTo(QCPItemText& item) const;
    };

    QCustomPlot* plot_;
    std::shared_ptr<ShapedTexts> shapes_;
    QList<ShapedTextItem*> kept_;
    std::optional<State> asMade_; // of the first item made
};

} // namespace gridshare::gui
