// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A key figure's number, selectable so that it can be copied.

#include <QFont>
#include <QLabel>
#include <QTextLayout>

#include <optional>

namespace gridshare::gui {

// A selectable label lays its text out as a document, at every change of the number to measure it
// and again to paint it: a tenth of a slider step. The strip gives the numbers their width itself
// (their width policy is Ignored), and their height follows from the font and the count of lines
// alone (none, when empty), so the label is measured again only when either changes. One line of
// text with nothing selected is painted from its own layout, where the document would place it: the
// same pixels (tst_key_figures_paint). A selection, and text of several lines, QLabel paints.
class FigureValueLabel : public QLabel {
public:
    using QLabel::QLabel;

    QSize sizeHint() const override { return measured().hint; }
    QSize minimumSizeHint() const override { return measured().minimum; }

    // Whether the label paints its text itself, as it stands.
    bool paintsItself() const;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    struct Sizes {
        QSize hint;
        QSize minimum;
    };

    const Sizes& measured() const;
    // The text laid out as one line, as the document lays it out: not wrapped.
    QTextLine laidOut();

    mutable std::optional<Sizes> sizes_;
    mutable QFont measuredFont_;
    mutable qsizetype measuredLines_ = 0;
    QTextLayout layout_;
    QFont laidOutFont_;
};

} // namespace gridshare::gui
