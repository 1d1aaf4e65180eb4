// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/share_chart_page.h"

#include "common/data_text.h"
#include "common/evidence_text.h"
#include "gui/charts/chart_series.h"

#include "common/quantity_text.h"
#include "gridshare/projections.h"

#include <qcustomplot.h>

#include <algorithm>
#include <map>
#include <numeric>

namespace gridshare::gui {
ShareChartPage::ShareChartPage(QWidget* parent) : ChartPage(parent), crowdedLabels_(plot())
{
    connect(plot(), &QCustomPlot::mouseMove, this, &ShareChartPage::showProjectionTooltip);
}

QStringList ShareChartPage::citationLabels() const
{
    return citationLabels_;
}

void ShareChartPage::draw(const ScenarioSnapshot& s)
{
    beginDrawing();
    const Evaluation& e = s.evaluation;
    years_ = e.years;
    citationLabels_.clear();
    citedNumbers_.clear();

    const YearSpan span = setYearsBeside(e, projectionsVisible() ? s.projections : std::vector<const Projection*>{});
    const int firstYear = span.first;
    endLabelOffset_ = span.endLabelOffset;

    const QVector<double> years = yearsOf(e.years);

    drawBands(s, years);
    QCPGraph* dc = addLine(QStringLiteral("datacenter_share"), tr("All data centres (this scenario)"),
                           palette::kDatacentres, years, valuesOf(e.years, &YearResult::datacenterShare, 100));
    QCPGraph* ai = addLine(QStringLiteral("ai_share"), tr("AI (this scenario)"), palette::kAi, years,
                           valuesOf(e.years, &YearResult::aiShare, 100));
    for (QCPGraph* g : {dc, ai}) {
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, g->pen().color(), 7));
        // As the key figures write it.
        addEndLabel(g, g == ai ? palette::kAi : palette::kDatacentres,
                    formatPercent(g->data()->at(g->dataCount() - 1)->value / 100, locale()), endLabelOffset_);
    }
    setHoverGraphs({ai, dc});

    double top = addPinnedLines(s, &YearResult::aiShare, 100) / 100;
    for (const auto& y : e.years)
        top = std::max({top, y.aiShare, y.datacenterShare});
    top *= 100;
    // The legend stands in the top left: what is drawn under its columns of years needs headroom.
    const double legendRight = firstYear - 0.5 + 0.6 * (e.endYear + endLabelOffset_ + 0.75 - firstYear + 0.5);
    leftTop_ = 0;
    for (const auto& y : e.years)
        if (y.year < legendRight)
            leftTop_ = std::max({leftTop_, y.aiShare * 100, y.datacenterShare * 100});
    legendRight_ = legendRight;
    if (projectionsVisible())
        top = std::max(top, drawProjections(s));
    // Kept apart from the bands' reach, so new bands that leave the axis as it is need only their own
    // graphs redrawn (updateBands).
    topWithoutBands_ = top;
    leftTopWithoutBands_ = leftTop_;
    axisTop_ = axisTopWith(e.bands);
    plot()->yAxis->setRange(0, axisTop_);
    plot()->yAxis->setLabel(s.subNational ? tr("Share of the region's electricity (%)")
                                          : tr("Share of national electricity (%)"));
    setTitle(tr("Share of electricity used by AI and data centres — %1").arg(s.regionName),
             tr("%1 · %2–%3 · numbers in brackets are sources").arg(s.displayName()).arg(e.baseYear).arg(e.endYear));
}

void ShareChartPage::drawBands(const ScenarioSnapshot& s, const QVector<double>& years)
{
    const auto& bands = s.evaluation.bands;
    showsBands_ = !bands.empty();
    if (bands.empty())
        return;
    addBands(years, bandSeries(bands));
}

QList<ChartPage::BandSeries> ShareChartPage::bandSeries(const std::vector<YearBands>& bands)
{
    auto seriesOf = [&](const QString& name, QRgb colour, Band YearBands::*which) {
        BandSeries series{name, colour, {}, {}, {}};
        for (const auto& b : bands) {
            series.p10.append((b.*which).p10 * 100);
            series.p50.append((b.*which).p50 * 100);
            series.p90.append((b.*which).p90 * 100);
        }
        return series;
    };
    return {seriesOf(QStringLiteral("datacenter_share"), palette::kDatacentres, &YearBands::datacenterShare),
            seriesOf(QStringLiteral("ai_share"), palette::kAi, &YearBands::aiShare)};
}

double ShareChartPage::axisTopWith(const std::vector<YearBands>& bands)
{
    double top = topWithoutBands_;
    double leftTop = leftTopWithoutBands_;
    for (const auto& b : bands) {
        top = std::max({top, b.aiShare.p90 * 100, b.datacenterShare.p90 * 100});
        if (b.year < legendRight_)
            leftTop = std::max({leftTop, b.aiShare.p90 * 100, b.datacenterShare.p90 * 100});
    }
    leftTop_ = leftTop;
    return valueAxisTop(top, leftTop, legendShareByEntries(0.055));
}

bool ShareChartPage::updateBands(const ScenarioSnapshot& s)
{
    // Only when the chart already shades bands for these years, and the new ones leave the value
    // axis as it is: then nothing else on the chart moves.
    const auto& bands = s.evaluation.bands;
    if (!showsBands_ || bands.size() != years_.size() || axisTopWith(bands) != axisTop_)
        return false;
    return setBandData(yearsOf(years_), bandSeries(bands));
}

double ShareChartPage::drawProjections(const ScenarioSnapshot& s)
{
    markers_.clear();
    // Each kind of marker gets a graph, and a legend entry, only when one is drawn, so the legend never
    // explains a marker the chart does not show. Kinds whose colour says the scope (data centres or AI)
    // carry their own entry; kinds drawn in both colours (placed from TWh, replaced) have one entry in
    // the text colour and a data graph per scope. Ranges are bars.
    std::map<QString, QCPGraph*> kinds;
    auto graphOf = [&](const QString& name, const QString& legend, QColor colour, QCPScatterStyle::ScatterShape shape,
                       Qt::PenStyle line) {
        QCPGraph*& g = kinds[name];
        if (!g) {
            g = addMarkers(name, legend);
            const double width = highContrast() ? 3.75 : 2.5;
            g->setPen(QPen(colour, width, line));
            g->setScatterStyle(
                QCPScatterStyle(shape, QPen(colour, width), QBrush(palette().color(QPalette::Base)), 13));
        }
        return g;
    };
    auto markersOf = [&](const QString& name, const QString& legend, QColor colour, QCPScatterStyle::ScatterShape shape,
                         Qt::PenStyle line, bool ai, bool neutralLegend) {
        if (!neutralLegend)
            return graphOf(name, legend, colour, shape, line);
        QColor neutral = foreground();
        neutral.setAlpha(colour.alpha());
        graphOf(QStringLiteral("legend_") + name, legend, neutral, shape, line);
        return graphOf(ai ? name + QStringLiteral("_ai") : name, QString(), colour, shape, line);
    };

    struct Placed {
        const Projection* p;
        ChartShare where;
        std::size_t index; // in the snapshot's order, which the labels and tooltips keep
    };
    std::vector<Placed> placed;
    std::vector<std::pair<int, double>> figures;
    for (std::size_t i = 0; i < s.projections.size(); ++i)
        if (const auto where = shareOnChart(*s.projections[i], s.evaluation)) {
            placed.push_back({s.projections[i], *where, i});
            figures.emplace_back(s.projections[i]->year, where->share.low + where->share.high);
        }
    const std::vector<double> xs = sideBySideYears(figures);
    markers_.assign(s.projections.size(), MarkerTooltip{});
    crowdedLabels_.clear();
    for (std::size_t i = 0; i < s.projections.size(); ++i)
        citationLabels_.append(QString());
    // Drawn from left to right: within a year, lower values sit further left, so a crowded year's
    // labels rise with them.
    std::vector<std::size_t> order(placed.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return xs[a] < xs[b]; });
    double top = 0;
    for (std::size_t i : order) {
        const auto& [p, where, index] = placed[i];
        const double x = xs[i];
        const bool ai = p->scope == ProjectionScope::AiOnly;
        const bool replaced = !p->supersededBy.empty();
        QColor colour = lineColour(ai ? palette::kAi : palette::kDatacentres);
        if (replaced)
            colour.setAlpha(kReplacedAlpha);
        const double low = where.share.low * 100;
        const double high = where.share.high * 100;
        top = std::max(top, high);
        if (x < legendRight_)
            leftTop_ = std::max(leftTop_, high);
        const Qt::PenStyle line = where.placedFromTwh ? Qt::DashLine : Qt::SolidLine;
        if (where.share.isRange() && !where.placedFromTwh && !replaced) {
            // A range has its own legend entry, an I-beam like the bar, only when one is drawn.
            QCPGraph* legend = graphOf(ai ? QStringLiteral("published_range_ai") : QStringLiteral("published_range"),
                                       ai ? tr("Published range: AI only") : tr("Published range: all data centres"),
                                       colour, QCPScatterStyle::ssCustom, Qt::NoPen);
            legend->setScatterStyle(rangeLegendStyle(colour));
        }
        if (where.share.isRange())
            addRangeBar(x, low, high, colour, line);
        // A point is a marker; a range is a bar, with a marker at its middle only when the bar alone would
        // not say what it is (placed from TWh: dashed; replaced: faded). Legend entries come with markers.
        if (!where.share.isRange() || where.placedFromTwh || replaced) {
            QCPGraph* marker = nullptr;
            if (replaced)
                marker = markersOf(QStringLiteral("published_replaced"), tr("Replaced edition (faded)"), colour,
                                   QCPScatterStyle::ssSquare, Qt::SolidLine, ai, true);
            else if (where.placedFromTwh)
                marker = markersOf(QStringLiteral("published_twh"), tr("Published in TWh only (placed)"), colour,
                                   QCPScatterStyle::ssTriangle, Qt::DashLine, ai, true);
            else if (ai)
                marker = markersOf(QStringLiteral("published_ai"), tr("Published: AI only"), colour,
                                   QCPScatterStyle::ssDiamond, Qt::SolidLine, ai, false);
            else
                marker = markersOf(QStringLiteral("published_datacentres"), tr("Published: all data centres"), colour,
                                   QCPScatterStyle::ssSquare, Qt::SolidLine, ai, false);
            marker->addData(x, (low + high) / 2);
        }

        const auto number = s.citations.numberOf(p->source);
        const QString label = projectionLabel(s, *p);
        citationLabels_[qsizetype(index)] = label;
        if (number && !citedNumbers_.contains(*number))
            citedNumbers_.append(*number);
        addCitationLabel(crowdedLabels_, label, colour, x, low, high);

        QStringList placement;
        if (where.placedFromTwh)
            placement.append(
                tr("Published in TWh only: placed at %1 with this scenario's national consumption of %2 "
                   "in %3.")
                    .arg(shareText(where.share, locale()), energyText({where.nationalTwh, where.nationalTwh}, locale()))
                    .arg(where.nationalYear));
        markers_[index] = {x, low, high, [this, projection = p, label, placement] {
                               return projectionTooltipText(*projection, label, *shownSnapshot(), locale(), placement);
                           }};
    }
    std::sort(citedNumbers_.begin(), citedNumbers_.end()); // as the citations list them
    return top;
}

QString ShareChartPage::projectionTooltip(int index) const
{
    return index >= 0 && index < int(markers_.size()) ? markers_[std::size_t(index)].said() : QString();
}

void ShareChartPage::showProjectionTooltip(QMouseEvent* event)
{
    showMarkerTooltip(markers_, plot(), event);
}

QString ShareChartPage::readout(int year) const
{
    for (const auto& y : years_)
        if (y.year == year)
            return tr("%1 · AI %2 · all data centres %3")
                .arg(year)
                .arg(formatPercent(y.aiShare, locale()), formatPercent(y.datacenterShare, locale()));
    return QString();
}

} // namespace gridshare::gui
