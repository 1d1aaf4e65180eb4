// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/crowded_labels.h"

#include <QStringList>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace gridshare::gui {

CrowdedLabels::CrowdedLabels(QCustomPlot* plot) : plot_(plot)
{
    QObject::connect(plot, &QCustomPlot::afterLayout, plot, [this] { spread(); });
}

namespace {

// "[9–11,14]": runs of three or more as a range, as a reference list writes them.
QString citationText(std::vector<int> numbers)
{
    std::sort(numbers.begin(), numbers.end());
    QStringList parts;
    for (std::size_t i = 0; i < numbers.size();) {
        std::size_t j = i;
        while (j + 1 < numbers.size() && numbers[j + 1] == numbers[j] + 1)
            ++j;
        if (j >= i + 2) {
            parts.append(QStringLiteral("%1\u2013%2").arg(numbers[i]).arg(numbers[j]));
        } else {
            for (std::size_t k = i; k <= j; ++k)
                parts.append(QString::number(numbers[k]));
        }
        i = j + 1;
    }
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

} // namespace

void CrowdedLabels::add(QCPItemText* text, int gap, double low)
{
    text->setPadding(QMargins(0, 0, 0, gap));
    Label label{text, gap, low, text->text(), text->color(), {}, {}, true};
    const QString& own = label.own;
    bool isNumber = false;
    const int number = own.size() > 2 && own.front() == QLatin1Char('[') && own.back() == QLatin1Char(']')
                           ? own.mid(1, own.size() - 2).toInt(&isNumber)
                           : 0;
    if (isNumber)
        label.ownCited.push_back(number);
    label.cited = label.ownCited;
    labels_.push_back(std::move(label));
}

void CrowdedLabels::spread()
{
    // Labels that climb past the top of the plot take the value axis up with them, so none is cut.
    // Each layout starts again from the chart's own range and the labels' own texts, so every size
    // and scale is laid out alike.
    QCPAxis* axis = plot_->yAxis;
    if (std::none_of(labels_.begin(), labels_.end(), [](const Label& l) { return !l.text.isNull(); })) {
        chartRange_.reset();
        return;
    }
    if (!chartRange_)
        chartRange_ = axis->range();
    for (Label& l : labels_)
        if (l.text && (!l.shown || l.cited != l.ownCited)) {
            l.text->setText(l.own);
            l.text->setColor(l.ownColour);
            l.text->setVisible(true);
            l.shown = true;
            l.cited = l.ownCited;
        }
    double highest = spreadWithinRange();
    while (highest < plot_->axisRect()->top() && mergeNeighbours())
        highest = spreadWithinRange();
    // The ticks and grid were placed during the layout, for the chart's own range.
    if (axis->range() != *chartRange_)
        plot_->axisRect()->update(QCPLayoutElement::upPreparation);
}

double CrowdedLabels::spreadWithinRange()
{
    QCPAxis* axis = plot_->yAxis;
    axis->setRange(*chartRange_);
    const double chartUpper = chartRange_->upper;
    // At most half as high again: a stack taller than that would flatten the lines it stands on.
    double highest = spreadOnce();
    for (int attempt = 0; attempt < 6; ++attempt) {
        if (highest >= plot_->axisRect()->top())
            break;
        // In steps of a tenth of the chart's range, so type that measures a pixel apart at another
        // scale or dpi gives the same axis.
        const double step = chartUpper / 10;
        const double wanted = std::min(std::ceil(axis->pixelToCoord(highest - 6) / step) * step, chartUpper * 1.5);
        if (wanted <= axis->range().upper)
            break;
        axis->setRangeUpper(wanted);
        highest = spreadOnce();
    }
    return highest;
}

bool CrowdedLabels::mergeNeighbours()
{
    // Where a label is, as last spread: the top and width of its box.
    struct Seen {
        Label* label;
        QPointF anchor;
        double top;
        double width;
    };
    std::vector<Seen> seen;
    for (Label& l : labels_)
        if (l.text && l.shown && !l.cited.empty()) {
            const QFontMetricsF metrics(l.text->font());
            const QPointF anchor = l.text->position->pixelPosition();
            const double top = l.text->positionAlignment() & Qt::AlignTop
                                   ? anchor.y() + l.text->padding().top()
                                   : anchor.y() - l.text->padding().bottom() - metrics.height();
            seen.push_back({&l, anchor, top, advanceOf(*l.text)});
        }
    // Highest first, each label still above the plot: in its column, the two of one colour whose
    // markers are nearest in height, else any two there; the upper one takes the other's numbers.
    std::sort(seen.begin(), seen.end(), [](const Seen& a, const Seen& b) { return a.top < b.top; });
    const Seen* upper = nullptr;
    const Seen* lower = nullptr;
    for (const bool sameColour : {true, false})
        for (const Seen& climbed : seen) {
            if (upper || climbed.top >= plot_->axisRect()->top())
                break;
            const auto inColumn = [&climbed](const Seen& s) {
                return std::abs(s.anchor.x() - climbed.anchor.x()) < (s.width + climbed.width) / 2;
            };
            double nearest = std::numeric_limits<double>::infinity();
            for (const Seen& a : seen)
                for (const Seen& b : seen) {
                    if (&a == &b || !inColumn(a) || !inColumn(b)
                        || (sameColour && a.label->text->color() != b.label->text->color()))
                        continue;
                    const double apart = b.anchor.y() - a.anchor.y();
                    if (apart < 0 || (apart == 0 && &a > &b))
                        continue; // each pair once, a above b
                    if (apart < nearest) {
                        nearest = apart;
                        upper = &a;
                        lower = &b;
                    }
                }
        }
    if (!upper)
        return false;
    Label& kept = *upper->label;
    kept.cited.insert(kept.cited.end(), lower->label->cited.begin(), lower->label->cited.end());
    kept.text->setText(citationText(kept.cited));
    // Sources of two kinds in one label: in the axes' colour, which claims neither.
    if (kept.text->color() != lower->label->text->color())
        kept.text->setColor(plot_->xAxis->labelColor());
    lower->label->shown = false;
    lower->label->text->setVisible(false);
    return true;
}

double CrowdedLabels::advanceOf(const QCPItemText& text)
{
    constexpr qsizetype kKept = 256; // merged labels ("[9–11]") add a few texts of their own
    if (text.font() != advancesFont_ || advances_.size() >= kKept) {
        advancesFont_ = text.font();
        advances_.clear();
    }
    if (const auto it = advances_.constFind(text.text()); it != advances_.constEnd())
        return *it;
    const double advance = QFontMetricsF(text.font()).horizontalAdvance(text.text());
    advances_.insert(text.text(), advance);
    return advance;
}

double CrowdedLabels::spreadOnce()
{
    constexpr double kPoint = 14; // a marker's box, and a range's end cap, in pixels
    constexpr double kCap = 6;
    constexpr double kBar = 4; // a range's bar, its pen with a pixel either side
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
            if (l.shown) // a merged label's marker is still in the way of the others
                placed.push_back({l.text, anchor, advanceOf(*l.text) + 2, metrics.height(), l.gap,
                                  bottom - anchor.y() < 1 ? anchor.y() + kPoint / 2 : bottom + kCap / 2});
            if (bottom - anchor.y() < 1) {
                markers.push_back({l.text, QRectF(anchor.x() - kPoint / 2, anchor.y() - kPoint / 2, kPoint, kPoint)});
            } else {
                markers.push_back({l.text, QRectF(anchor.x() - kPoint / 2, anchor.y() - kCap / 2, kPoint, kCap)});
                markers.push_back({l.text, QRectF(anchor.x() - kPoint / 2, bottom - kCap / 2, kPoint, kCap)});
                // and the bar between them, which a neighbour's label would otherwise cross
                markers.push_back({l.text, QRectF(anchor.x() - kBar / 2, anchor.y(), kBar, bottom - anchor.y())});
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
    // Found once: QCustomPlot finds an axis rectangle by walking its whole layout.
    const QRect plotArea = plot_->axisRect()->rect();
    const QRectF area = plotArea;
    double highest = plotArea.top();
    for (const Placed& p : placed) {
        // A wide label near the plot's side moves in from it (by padding on the far side; the item
        // centres text and padding together on the marker).
        const double left =
            std::clamp(p.anchor.x() - p.width / 2, area.left(), std::max(area.left(), area.right() - p.width));
        const int shift = int(std::lround(left - (p.anchor.x() - p.width / 2)));
        const auto sideways = [shift](QMargins m) {
            return shift > 0 ? QMargins(2 * shift, m.top(), 0, m.bottom())
                             : QMargins(0, m.top(), -2 * shift, m.bottom());
        };
        QRectF box(p.anchor.x() - p.width / 2 + shift, p.anchor.y() - p.gap - p.height, p.width, p.height);
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
            const QRectF under(box.left(), p.bottom + 2, p.width, p.height);
            const auto clear = [&] {
                if (under.bottom() > plotArea.bottom())
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
                p.text->setPadding(sideways(QMargins(0, int(std::lround(under.top() - p.anchor.y())), 0, 0)));
                continue;
            }
        }
        taken.push_back(box);
        p.text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        const int padding = int(std::lround(p.anchor.y() - box.bottom()));
        p.text->setPadding(sideways(QMargins(0, 0, 0, padding)));
        highest = std::min(highest, p.anchor.y() - padding - p.height); // where it is drawn, in whole pixels
    }
    return highest;
}

} // namespace gridshare::gui
