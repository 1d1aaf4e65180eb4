// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/regions_chart_page.h"

#include "common/data_text.h"
#include "common/quantity_text.h"

#include <QFontMetricsF>
#include <qcustomplot.h>

#include <algorithm>
#include <numeric>

namespace gridshare::gui {
namespace {
constexpr double kTickType = 1.1;         // the region names' type, as every chart's ticks
constexpr double kSmallestTickType = 0.8; // where it stops stepping down for many regions
constexpr double kBarWidth = 0.62;
constexpr double kLabelGap = 8; // pixels between a bar's end and its value

// A short upright bar: the base year's mark, in the legend as on the bars. QCPScatterStyle draws a
// custom shape scaled by size / 6, and a filled shape with no outline scales alike in every format.
QCPScatterStyle baseYearStyle(const QColor& colour, double size)
{
    QPainterPath bar;
    bar.addRect(QRectF(-0.8, -3, 1.6, 6));
    return QCPScatterStyle(bar, Qt::NoPen, colour, size);
}
} // namespace

RegionsChartPage::RegionsChartPage(QWidget* parent) : ChartPage(parent)
{
    setLegendOutside(true); // bars reach the plot's corners: inside, the legend would cover one
}

std::optional<QByteArray> RegionsChartPage::csvTable() const
{
    return QByteArray::fromStdString(toCsv(comparison_));
}

void RegionsChartPage::draw(const ScenarioSnapshot& s)
{
    beginDrawing();
    valueLabels_.clear();
    order_.clear();
    if (!s.data)
        return;
    const Dataset& dataset = *s.data;
    std::vector<std::string> ids;
    for (const QString& id : regions_)
        ids.push_back(id.toStdString());
    if (ids.empty())
        for (const Region& r : dataset.regions)
            ids.push_back(r.id);
    comparison_ = compareRegions(s.resolved, dataset, ids);

    const bool ai = measure_ == Measure::AiShare;
    const auto endOf = [ai](const RegionShares& r) { return (ai ? r.aiShareEnd : r.datacenterShareEnd) * 100; };
    const auto baseOf = [ai](const RegionShares& r) { return (ai ? r.aiShareBase : r.datacenterShareBase) * 100; };
    std::vector<const RegionShares*> rows;
    for (const RegionShares& r : comparison_.regions)
        rows.push_back(&r);
    std::stable_sort(rows.begin(), rows.end(),
                     [&](const RegionShares* a, const RegionShares* b) { return endOf(*a) > endOf(*b); });

    const int baseYear = s.resolved.baseYear;
    const int endYear = s.resolved.endYear;
    const QRgb colour = ai ? palette::kAi : palette::kDatacentres;
    auto* bars = new QCPBars(plot()->yAxis, plot()->xAxis);
    addToLegend(bars);
    bars->setObjectName(QStringLiteral("regions_end"));
    bars->setName(tr("In %1").arg(endYear));
    bars->setWidth(kBarWidth);
    bars->setPen(Qt::NoPen);
    bars->setBrush(lineColour(colour));
    const QColor markColour = palette().color(QPalette::Base);
    auto* legendMark = addGraph(plot()->yAxis, plot()->xAxis); // no data: its legend entry only
    legendMark->setName(tr("In %1").arg(baseYear));
    legendMark->setLineStyle(QCPGraph::lsNone);
    legendMark->setScatterStyle(baseYearStyle(foreground(), 14));
    legendMark->setObjectName(QStringLiteral("regions_base_legend"));
    if (std::any_of(rows.begin(), rows.end(), [&](const RegionShares* r) { return r->region == s.resolved.region; })) {
        auto* ownMark = addGraph(plot()->yAxis, plot()->xAxis); // no data: its legend entry only
        ownMark->setName(tr("This scenario's region"));
        ownMark->setLineStyle(QCPGraph::lsNone);
        ownMark->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssSquare, QPen(foreground(), 2), QBrush(lineColour(colour)), 12));
        ownMark->setObjectName(QStringLiteral("regions_own_legend"));
    }

    QSharedPointer<QCPAxisTickerText> names(new QCPAxisTickerText);
    const int count = static_cast<int>(rows.size());
    largest_ = 0;
    for (int i = 0; i < count; ++i) {
        const RegionShares& r = *rows[static_cast<std::size_t>(i)];
        const Region* region = dataset.region(r.region);
        order_.push_back(r.region);
        const double key = count - 1 - i; // largest at the top
        bars->addData(key, endOf(r));
        names->addTick(key, dataText(region->name));
        // The value first: the base year's mark, where it stands right of the bar, is drawn over
        // the value's background.
        QCPItemText* label = addText();
        label->position->setAxes(plot()->yAxis, plot()->xAxis);
        label->position->setCoords(key, std::max(endOf(r), baseOf(r)));
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setPadding(QMargins(int(kLabelGap), 0, 0, 0));
        label->setText(tr("%1 (%2: %3)")
                           .arg(formatPercent(endOf(r) / 100, locale()))
                           .arg(baseYear)
                           .arg(formatPercent(baseOf(r) / 100, locale())));
        label->setColor(foreground());
        label->setBrush(QBrush(markColour)); // grid lines (solid in high contrast) pass behind it
        label->setFont(chartFont(kTickType));
        label->setClipToAxisRect(false);
        valueLabels_.append(label);
        // A wide stroke of the background's colour under one of the text's, so the mark reads on
        // the bar and beside it alike.
        for (const QPen& pen : {QPen(markColour, 7), QPen(foreground(), 3)}) {
            auto* mark = new QCPItemLine(plot());
            mark->start->setAxes(plot()->yAxis, plot()->xAxis);
            mark->end->setAxes(plot()->yAxis, plot()->xAxis);
            mark->start->setCoords(key - kBarWidth / 2, baseOf(r));
            mark->end->setCoords(key + kBarWidth / 2, baseOf(r));
            mark->setPen(pen);
        }
        // The scenario's own region, outlined: the bar the other views show.
        if (r.region == s.resolved.region) {
            auto* outline = new QCPItemRect(plot());
            outline->setObjectName(QStringLiteral("regions_own"));
            outline->topLeft->setAxes(plot()->yAxis, plot()->xAxis);
            outline->bottomRight->setAxes(plot()->yAxis, plot()->xAxis);
            outline->topLeft->setCoords(key + kBarWidth / 2, 0);
            outline->bottomRight->setCoords(key - kBarWidth / 2, endOf(r));
            outline->setPen(QPen(foreground(), 2));
            outline->setBrush(Qt::NoBrush);
        }
        largest_ = std::max({largest_, endOf(r), baseOf(r)});
    }
    plot()->yAxis->setTicker(names);
    plot()->yAxis->setTickLength(0, 0);
    plot()->yAxis->grid()->setVisible(false);
    plot()->yAxis->setRange(-0.6, count - 0.4);
    plot()->xAxis->grid()->setVisible(true);
    plot()->xAxis->setRange(0, std::max(1.0, largest_ * 1.3));
    // "Each region's", never "national": Virginia is a grid inside a country.
    plot()->xAxis->setLabel(ai ? tr("AI share of each region's electricity (%)")
                               : tr("Data-centre share of each region's electricity (%)"));
    plot()->setInteractions({});

    const QString title = ai ? tr("AI's share of electricity in %1, region by region").arg(endYear)
                             : tr("Data centres' share of electricity in %1, region by region").arg(endYear);
    QString subtitle = tr("The assumptions of %1 for every region: each keeps its own consumption, data centres, AI "
                          "use in %2, prices and carbon; growth and per-request settings are the scenario's")
                           .arg(s.displayName())
                           .arg(baseYear);
    if (!comparison_.refused.empty()) {
        QStringList left;
        for (const auto& [id, issues] : comparison_.refused)
            if (const Region* region = dataset.region(id))
                left.append(dataText(region->name));
        subtitle += QStringLiteral("\n")
                    + tr("Left out: %1 (these settings would give data centres more than the region's electricity)")
                          .arg(left.join(QStringLiteral(", ")));
    }
    setTitle(title, subtitle);
}

void RegionsChartPage::fitPlotArea(const QRect& axisRect)
{
    const int count = static_cast<int>(order_.size());
    if (count == 0 || axisRect.width() <= 0)
        return;
    // Many regions on a short chart: the names and values step down in size until each row has room.
    const double height = axisRect.height();
    double type = kTickType;
    while (type > kSmallestTickType && (QFontMetricsF(chartFont(type)).lineSpacing() + 2) * count > height)
        type -= 0.05;
    plot()->yAxis->setTickLabelFont(chartFont(type));
    // The value axis ends where the widest value, written after its bar, still fits in the plot.
    double widest = 0;
    for (QCPItemText* label : std::as_const(valueLabels_)) {
        label->setFont(chartFont(type));
        widest = std::max(widest, QFontMetricsF(label->font()).horizontalAdvance(label->text()) + kLabelGap + 4);
    }
    const double room = std::max(0.2, 1 - widest / axisRect.width());
    plot()->xAxis->setRange(0, std::max(1.0, largest_ / room * 1.02));
}

} // namespace gridshare::gui
