// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

#include <QImage>

#include <cstddef>
#include <unordered_map>

namespace gridshare::gui {

// Scatter marks drawn once into small images and stamped where they go. A chart draws the same
// few marks (the published projections' squares and diamonds, the scenario's dots) at every
// replot, and stroking each outline anew was a tenth of a slider step. A mark is drawn at its
// position to an eighth of a pixel, so a stamp covers the pixels the mark itself would, within a
// sixteenth of a pixel. Only for the screen: exports draw every mark itself.
class ScatterStamps {
public:
    // Draws the style's shape centred at (x, y) with the painter's pen and brush, as
    // QCPScatterStyle::drawShape does; false, having drawn nothing, where a stamp would not do:
    // not on screen, scaled, unantialiased, or a pixmap or custom shape.
    bool draw(QCPPainter& painter, const QCPScatterStyle& style, double x, double y);

    std::size_t size() const { return stamps_.size(); }

private:
    struct Key {
        int shape;
        double size;
        QRgb pen;
        double penWidth;
        int penStyle;
        QRgb brush;
        int brushStyle;
        int phaseX; // eighths of a pixel
        int phaseY;
        bool operator==(const Key&) const = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key& key) const;
    };
    struct Stamp {
        QImage image;
        int half; // pixels from the image's corner to the mark's whole-pixel centre
    };
    static constexpr std::size_t kKept = 1024; // marks by style and eighth of a pixel; far more than a chart draws
    std::unordered_map<Key, Stamp, KeyHash> stamps_;
};

} // namespace gridshare::gui
