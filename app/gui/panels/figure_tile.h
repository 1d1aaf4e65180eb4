// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A key figure's tile: a panel with a coloured bar down its left side, drawn from the palette so
// it follows the theme, and its labels one under the other.

#include <QFrame>
#include <QVBoxLayout>

#include <utility>

class QLabel;

namespace gridshare::gui {

// The labels are stacked by a box layout the tile keeps to itself rather than installs: an
// installed layout, at every new text of a label, lays out the tile and then has its parent lay
// out again, and so on up to the window (a twentieth of a slider step). The tile places its labels
// itself and asks its parent to lay out again only when its own size hints change.
class FigureTile : public QFrame {
public:
    static constexpr int kStripe = 5; // the coloured bar's width

    FigureTile(QRgb colour, QWidget* parent);

    void setColour(QRgb colour);
    void addLabel(QLabel* label);
    void setLabelMargins(const QMargins& margins);

    // As an installed layout would make them: the stack's hints and the frame around it, once the
    // style has set the labels' fonts and the frame's width.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Measures the labels anew and places them; the parent lays out again if the tile's hints changed.
    void relayout();

protected:
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QSize framesWidthAndHeight() const; // the frame's width on both sides, and above and below

    QRgb colour_;
    QVBoxLayout stack_; // without a parent widget: it places what it is given, nothing more
    std::pair<QSize, QSize> hints_;
};

} // namespace gridshare::gui
