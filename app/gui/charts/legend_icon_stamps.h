// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

#include <QImage>

#include <cstddef>
#include <functional>
#include <utility>
#include <vector>

namespace gridshare::gui {

// Legend icons drawn once into images and stamped at every replot. A chart draws the same few
// icons at every replot (its lines' and markers' samples), and drawing each anew (a round-capped
// line, a mark's outline) was a fortieth of a slider step. An icon is drawn as the legend draws
// it, at the same place within a pixel, so its stamp is the same picture. Only for the screen:
// exports draw every icon.
class LegendIconStamps {
public:
    // Draws the graph's legend icon in rect, as QCPGraph::drawLegendIcon does (drawIcon is that
    // function, reached by the legend entry); false, having drawn nothing, where a stamp would not
    // do: not on screen, scaled, or a pixmap or custom mark.
    using DrawIcon = std::function<void(QCPPainter* painter, const QRect& rect)>;
    bool draw(QCPPainter& painter, const QCPGraph& graph, const QRect& rect, const DrawIcon& drawIcon);

    std::size_t size() const { return stamps_.size(); }

private:
    // What a graph's icon looks like.
    struct Look {
        QPen pen;
        QBrush brush;
        int lineStyle;
        int shape;
        double size;
        QPen markPen;
        QBrush markBrush;
        bool antialiased;
        bool antialiasedFill;
        bool antialiasedScatters;
        int antialiasedElements; // the plot's
        int notAntialiasedElements;
        QSize iconSize;
        bool painterAntialiased; // QCustomPlot's painter stands half a pixel on while antialiased
        bool operator==(const Look&) const = default;
    };
    static Look lookOf(const QCPPainter& painter, const QCPGraph& graph, const QRect& rect);
    static bool stampable(const QCPPainter& painter, const QCPGraph& graph);
    const QImage* find(const Look& look) const;
    const QImage& keep(Look look, QImage image);

    static constexpr std::size_t kKept = 64; // icons by look; far more than a chart's legend holds
    std::vector<std::pair<Look, QImage>> stamps_;
};

} // namespace gridshare::gui
