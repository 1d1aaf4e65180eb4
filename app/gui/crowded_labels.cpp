// SPDX-License-Identifier: GPL-3.0-or-later
#include "crowded_labels.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace gridshare::gui {

CrowdedLabels::CrowdedLabels(QCustomPlot* plot) : plot_(plot)
{
    QObject::connect(plot, &QCustomPlot::afterLayout, plot, [this] { spread(); });
}

void CrowdedLabels::add(QCPItemText* text, int gap, double low)
{
    text->setPadding(QMargins(0, 0, 0, gap));
    labels_.push_back({text, gap, low});
}

void CrowdedLabels::spread()
{
    // Labels that climb past the top of the plot take the value axis up with them, so none is cut.
    // Each layout starts again from the chart's own range, so every size and scale is laid out alike.
    QCPAxis* axis = plot_->yAxis;
    if (std::none_of(labels_.begin(), labels_.end(), [](const Label& l) { return !l.text.isNull(); })) {
        chartRange_.reset();
        return;
    }
    if (!chartRange_)
        chartRange_ = axis->range();
    axis->setRange(*chartRange_);
    const double chartUpper = chartRange_->upper;
    // At most half as high again: a stack taller than that would flatten the lines it stands on.
    bool spreadOnRange = false;
    for (int attempt = 0; attempt < 6 && !spreadOnRange; ++attempt) {
        const double highest = spreadOnce();
        spreadOnRange = true;
        if (highest >= plot_->axisRect()->top() || plot_->axisRect()->height() < 40)
            break;
        // In steps of a tenth of the chart's range, so type that measures a pixel apart at another
        // scale or dpi gives the same axis.
        const double step = chartUpper / 10;
        const double wanted = std::min(std::ceil(axis->pixelToCoord(highest - 6) / step) * step, chartUpper * 1.5);
        if (wanted > axis->range().upper) {
            axis->setRangeUpper(wanted);
            spreadOnRange = false;
        }
    }
    if (!spreadOnRange)
        spreadOnce();
    // The ticks and grid were placed during the layout, for the chart's own range.
    if (axis->range() != *chartRange_)
        plot_->axisRect()->update(QCPLayoutElement::upPreparation);
}

double CrowdedLabels::spreadOnce()
{
    constexpr double kPoint = 14; // a marker's box, and a range's end cap, in pixels
    constexpr double kCap = 6;
    struct Placed {
        QCPItemText* text;
        QPointF anchor;
        double width;
        double height;
        int gap;
        double bottom; // of the marker, in pixels
    };
    std::vector<Placed> placed;
    std::vector<std::pair<QCPItemText*, QRectF>> markers; // what a label must not cover, but its own
    for (const Label& l : labels_)
        if (l.text) {
            const QFontMetricsF metrics(l.text->font());
            const QPointF anchor = l.text->position->pixelPosition();
            const double bottom = plot_->yAxis->coordToPixel(l.low);
            placed.push_back({l.text, anchor, metrics.horizontalAdvance(l.text->text()) + 2, metrics.height(), l.gap,
                              bottom - anchor.y() < 1 ? anchor.y() + kPoint / 2 : bottom + kCap / 2});
            if (bottom - anchor.y() < 1) {
                markers.push_back({l.text, QRectF(anchor.x() - kPoint / 2, anchor.y() - kPoint / 2, kPoint, kPoint)});
            } else {
                markers.push_back({l.text, QRectF(anchor.x() - kPoint / 2, anchor.y() - kCap / 2, kPoint, kCap)});
                markers.push_back({l.text, QRectF(anchor.x() - kPoint / 2, bottom - kCap / 2, kPoint, kCap)});
            }
        }
    for (const QPointer<QCPGraph>& line : lines_)
        if (line)
            for (auto it = line->data()->constBegin(); it != line->data()->constEnd(); ++it) {
                const QPointF at(line->keyAxis()->coordToPixel(it->key), line->valueAxis()->coordToPixel(it->value));
                markers.push_back({nullptr, QRectF(at.x() - kPoint / 2, at.y() - kPoint / 2, kPoint, kPoint)});
            }
    // Lowest first: each label keeps its place unless something is in the way, then it climbs just
    // above that (and past anything else it meets there). A label a line's point would push off its
    // marker stands under the marker instead, where there is room.
    std::stable_sort(placed.begin(), placed.end(),
                     [](const Placed& a, const Placed& b) { return a.anchor.y() > b.anchor.y(); });
    std::vector<QRectF> taken;
    double highest = plot_->axisRect()->top();
    for (const Placed& p : placed) {
        QRectF box(p.anchor.x() - p.width / 2, p.anchor.y() - p.gap - p.height, p.width, p.height);
        auto climbPast = [&box](const QRectF& other) {
            if (!box.intersects(other))
                return false;
            box.moveBottom(other.top() - 1);
            return true;
        };
        bool pastLine = false;
        for (bool moved = true; moved;) {
            moved = false;
            for (const QRectF& other : taken)
                moved = climbPast(other) || moved;
            for (const auto& [owner, other] : markers)
                if (owner != p.text && climbPast(other)) {
                    moved = true;
                    pastLine = pastLine || !owner;
                }
        }
        if (pastLine) {
            const QRectF under(p.anchor.x() - p.width / 2, p.bottom + 2, p.width, p.height);
            const auto clear = [&] {
                if (under.bottom() > plot_->axisRect()->bottom())
                    return false;
                for (const QRectF& other : taken)
                    if (under.intersects(other))
                        return false;
                for (const auto& [owner, other] : markers)
                    if (owner != p.text && under.intersects(other))
                        return false;
                return true;
            };
            if (clear()) {
                taken.push_back(under);
                p.text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
                p.text->setPadding(QMargins(0, int(std::lround(under.top() - p.anchor.y())), 0, 0));
                continue;
            }
        }
        taken.push_back(box);
        p.text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        p.text->setPadding(QMargins(0, 0, 0, int(std::lround(p.anchor.y() - box.bottom()))));
        highest = std::min(highest, box.top());
    }
    return highest;
}

} // namespace gridshare::gui
