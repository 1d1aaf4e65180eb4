// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A line of a key figure's tile: its caption, number, detail or comparison.

#include <QFont>
#include <QLabel>
#include <QString>

#include <optional>

namespace gridshare::gui {

// QLabel measures its text anew at every change, laying it out three times (a selectable one as a
// document): together a twentieth of a slider step for the tiles. The tile gives its labels their
// width (their width policy is Ignored), and a label's height follows from its font, its lines and
// which fonts draw its characters, whatever its numbers are: every font has the digits and the
// separators. So a label is measured again only when its font changes or its text changes other
// than in its numbers. (Its width hint is that of the text it was measured with; nothing lays it
// out by it.)
class TileLabel : public QLabel {
public:
    using QLabel::QLabel;

    QSize sizeHint() const override { return measured().hint; }
    QSize minimumSizeHint() const override { return measured().minimum; }

    // The text with each number, separators and all, read as a zero: texts of one form are measured once.
    static QString formOf(const QString& text);

protected:
    bool event(QEvent* event) override;

private:
    struct Sizes {
        QSize hint;
        QSize minimum;
    };

    const Sizes& measured() const;

    mutable std::optional<Sizes> sizes_;
    mutable QFont measuredFont_;
    mutable QString measuredForm_;
    mutable QString formedText_; // the text last asked about, and its form
    mutable QString form_;
};

} // namespace gridshare::gui
