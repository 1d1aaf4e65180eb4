// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/charts/plot_items.h"
#include "gui/charts/shaped_text_item.h"

#include <memory>

namespace gridshare::gui {

class ShapedTexts;

// What a text item says and how, as set by the plot's setters: all QCustomPlot lets a caller set.
struct TextItemState {
    QString text;
    QFont font, selectedFont;
    QColor color, selectedColor;
    QPen pen, selectedPen;
    QBrush brush, selectedBrush;
    Qt::Alignment positionAlignment, textAlignment;
    double rotation;
    QMargins padding;
    ItemState common;
    PositionState position;

    static TextItemState of(const QCPItemText& item);
    void applyTo(QCPItemText& item) const;
};

// A chart's text items (citation and end labels), kept from one drawing to the next (plot_items.h):
// making a text item and deleting it again was a twentieth of a slider step.
class TextItemPool : public KeptItems<ShapedTextItem, TextItemState> {
public:
    TextItemPool(QCustomPlot* plot, std::shared_ptr<ShapedTexts> shapes);
};

} // namespace gridshare::gui
