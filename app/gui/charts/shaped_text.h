// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// QPainter::drawText shapes its text anew at every call, and QCustomPlot measures legend entries
// and item texts (citation labels, end labels) the same way before drawing them: each of them was
// shaped twice at every replot, though few change between slider steps. ShapedTexts keeps each
// one shaped and measured for as long as its text, font and flags stay the same, and draws it from
// there: the same glyphs at the same places as drawText. On screen only: exports (PDF, SVG, print
// and every figure drawn through QCustomPlot::toPainter) draw plainly, as QCustomPlot does.

#include <QFont>
#include <QImage>
#include <QRect>
#include <QString>
#include <QTextLayout>

#include <memory>
#include <unordered_map>
#include <vector>

class QPainter;

namespace gridshare::gui {

class ShapedTexts {
public:
    struct Shaped {
        QRect bounds; // as painter.fontMetrics().boundingRect(QRect(0, 0, 0, height), flags, text)
        QTextLayout layout;
        // The glyphs drawn into an image, once the text has been drawn twice in one colour at one
        // place within a pixel (most chart text, from one replot to the next): copying the image
        // gives the same pixels as drawing the glyphs, in a tenth of the time.
        struct Stamp {
            QRgb colour = 0;
            QPointF phase; // where within a device pixel the line's origin fell
            QImage image;  // empty: seen once, not yet drawn into an image
        };
        mutable std::vector<Stamp> stamps;
    };

    // The text in the painter's font, measured and shaped; null for text drawText lays out in
    // ways draw() does not repeat (several lines, tabs, mnemonics, alignments other than left or
    // centred at the top, right-to-left text or painting), which is then drawn plainly.
    const Shaped* shaped(const QPainter& painter, const QString& text, int flags, int height = 0);

    // Draws shaped text where painter.drawText(rect, flags, text) draws it.
    static void draw(QPainter& painter, const Shaped& shaped, const QRectF& rect, int flags);

    int size() const { return int(texts_.size()); }
    // How many of the texts are drawn from an image.
    int stamped() const;

private:
    // Draws the line at origin from its stamp, once it has one; false, having drawn nothing, where
    // it is to be drawn as glyphs.
    static bool drawStamped(QPainter& painter, const Shaped& shaped, QPointF origin);

    struct Key {
        QString text;
        QFont font;
        int dpi;
        int flags;
        int height;
        bool operator==(const Key& other) const = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key& key) const;
    };
    // Texts that change at every step (an end label's value) come and go: past this many, the
    // cache starts again.
    static constexpr std::size_t kKept = 400;
    std::unordered_map<Key, std::unique_ptr<Shaped>, KeyHash> texts_;
};

} // namespace gridshare::gui
