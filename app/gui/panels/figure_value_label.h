// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A key figure's number, selectable so that it can be copied.

#include "gui/panels/tile_label.h"

#include <QFont>
#include <QTextLayout>

namespace gridshare::gui {

// A selectable label lays its text out as a document, to measure it (which TileLabel does once
// for each form of the text) and again to paint it. One line of text with nothing selected is
// painted from the label's own layout, where the document would place it: the same pixels
// (tst_key_figures_paint). A selection, and text of several lines, QLabel paints.
class FigureValueLabel : public TileLabel {
public:
    using TileLabel::TileLabel;

    // Whether the label paints its text itself, as it stands.
    bool paintsItself() const;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    // The text laid out as one line, as the document lays it out: not wrapped.
    QTextLine laidOut();

    QTextLayout layout_;
    QFont laidOutFont_;
};

} // namespace gridshare::gui
