// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/legend_icon_stamps.h"

#include "gui/charts/screen_painting.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace gridshare::gui {

bool LegendIconStamps::draw(QCPPainter& painter, const QCPGraph& graph, const QRect& rect, const DrawIcon& drawIcon)
{
    if (!stampable(painter, graph) || rect.isEmpty())
        return false;
    const Look look = lookOf(painter, graph, rect);
    const QImage* stamp = find(look);
    if (!stamp) {
        // A pixel wider and taller: the icon is clipped to its rectangle as the painter stands, half
        // a pixel on where antialiased.
        QImage image(rect.size() + QSize(1, 1), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QCPPainter iconPainter(&image);
            iconPainter.setAntialiasing(look.painterAntialiased);
            const QRect at(QPoint(0, 0), rect.size());
            iconPainter.setClipRect(at, Qt::IntersectClip);
            drawIcon(&iconPainter, at);
        }
        stamp = &keep(look, std::move(image));
    }
    // At the icon's whole pixels: the painter's own half-pixel step, were it on, is taken back, the
    // stamp having been drawn with it.
    const QTransform& device = painter.deviceTransform();
    painter.drawImage(
        QPointF(rect.x() - (device.dx() - std::floor(device.dx())), rect.y() - (device.dy() - std::floor(device.dy()))),
        *stamp);
    return true;
}

bool LegendIconStamps::stampable(const QCPPainter& painter, const QCPGraph& graph)
{
    const QCPScatterStyle& mark = graph.scatterStyle();
    return paintsOnScreen(painter) && paintsPixelForPixel(painter) && mark.shape() != QCPScatterStyle::ssPixmap
           && mark.shape() != QCPScatterStyle::ssCustom;
}

LegendIconStamps::Look LegendIconStamps::lookOf(const QCPPainter& painter, const QCPGraph& graph, const QRect& rect)
{
    const QCPScatterStyle& mark = graph.scatterStyle();
    const QCustomPlot* plot = graph.parentPlot();
    return {graph.pen(),
            graph.brush(),
            int(graph.lineStyle()),
            int(mark.shape()),
            mark.size(),
            mark.pen(),
            mark.brush(),
            graph.antialiased(),
            graph.antialiasedFill(),
            graph.antialiasedScatters(),
            plot ? int(plot->antialiasedElements()) : 0,
            plot ? int(plot->notAntialiasedElements()) : 0,
            rect.size(),
            painter.antialiasing()};
}

const QImage* LegendIconStamps::find(const Look& look) const
{
    const auto it = std::find_if(stamps_.begin(), stamps_.end(), [&](const auto& kept) { return kept.first == look; });
    return it == stamps_.end() ? nullptr : &it->second;
}

const QImage& LegendIconStamps::keep(Look look, QImage image)
{
    if (stamps_.size() >= kKept)
        stamps_.clear();
    stamps_.emplace_back(std::move(look), std::move(image));
    return stamps_.back().second;
}

} // namespace gridshare::gui
