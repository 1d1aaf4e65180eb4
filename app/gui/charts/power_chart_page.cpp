// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/power_chart_page.h"

#include "common/evidence_text.h"
#include "gui/charts/chart_series.h"

#include "gridshare/projections.h"

#include <qcustomplot.h>

#include <cmath>
#include <map>
#include <numeric>

namespace gridshare::gui {
namespace {

constexpr double kGwPerTwh = 1e3 / kHoursPerYear; // a TWh a year is 0.114 GW on average

// GW as a chart's labels write it: whole gigawatts from 10 up, tenths below.
QString gwText(double gw, const QLocale& locale)
{
    const double rounded = gw >= 10 ? std::round(gw) : std::round(gw * 10) / 10;
    return powerText({rounded, rounded}, locale);
}

// A published figure takes the colour of the scenario line it compares with: capacity, average load,
// or AI; peak demand, which no line shows, is grey.
QRgb colourOf(const Projection& p)
{
    if (p.scope == ProjectionScope::AiOnly)
        return palette::kAi;
    switch (p.measure) {
    case ProjectionMeasure::AverageLoad:
        return palette::kOtherDc;
    case ProjectionMeasure::Peak:
        return palette::kCo2;
    case ProjectionMeasure::Capacity:
    case ProjectionMeasure::Energy:
        break;
    }
    return palette::kDatacentres;
}

QString keyText(std::string_view key)
{
    return QString::fromUtf8(key.data(), qsizetype(key.size()));
}

} // namespace

PowerChartPage::PowerChartPage(QWidget* parent) : ChartPage(parent), crowdedLabels_(plot())
{
    // Three lines and up to five kinds of published figure: a legend beside the plot (or under it,
    // where the chart is narrow) leaves the plot to the values.
    setLegendOutside(true);
    connect(plot(), &QCustomPlot::mouseMove, this,
            [this](QMouseEvent* event) { showMarkerTooltip(markers_, plot(), event); });
}

QString PowerChartPage::projectionTooltip(int index) const
{
    return index >= 0 && index < int(markers_.size()) ? markers_[std::size_t(index)].said() : QString();
}

void PowerChartPage::draw(const ScenarioSnapshot& s)
{
    beginDrawing();
    const Evaluation& e = s.evaluation;
    years_ = e.years;
    drawn_.clear();
    citationLabels_.clear();
    citedNumbers_.clear();
    markers_.clear();
    crowdedLabels_.clear();
    // The region's power projections for the scenario's years and before, as the share chart draws
    // its energy projections.
    if (projectionsVisible() && s.data)
        for (const Projection* p : allProjectionsFor(*s.data, s.resolved.region))
            if (p->measure != ProjectionMeasure::Energy && p->gw && p->year <= e.endYear)
                drawn_.push_back(p);

    const double endLabelOffset = setYearsBeside(e, drawn_).endLabelOffset;

    const QVector<double> years = yearsOf(e.years);
    drawBands(s, years);
    QCPGraph* capacity = addLine(QStringLiteral("datacenter_capacity_gw"), tr("Data-centre capacity (this scenario)"),
                                 palette::kDatacentres, years, valuesOf(e.years, &YearResult::datacenterCapacityGw));
    QCPGraph* average = addLine(QStringLiteral("datacenter_avg_gw"), tr("Data-centre average load (this scenario)"),
                                palette::kOtherDc, years, valuesOf(e.years, &YearResult::datacenterAvgGw));
    QCPGraph* ai = addLine(QStringLiteral("ai_avg_gw"), tr("AI average load (this scenario)"), palette::kAi, years,
                           valuesOf(e.years, &YearResult::aiAvgGw));
    for (const auto& [graph, colour] : {std::pair{capacity, palette::kDatacentres},
                                        std::pair{average, palette::kOtherDc}, std::pair{ai, palette::kAi}}) {
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, graph->pen().color(), 7));
        if (graph->dataCount() > 0)
            addEndLabel(graph, colour, gwText(graph->data()->at(graph->dataCount() - 1)->value, locale()),
                        endLabelOffset);
    }
    setHoverGraphs({capacity, average, ai});
    for (QCPGraph* line : {capacity, average, ai})
        crowdedLabels_.avoid(line); // the citations stand clear of the scenario's points

    // Capacity is the highest line (the load factor is at most 1); pinned scenarios show theirs.
    double top = addPinnedLines(s, &YearResult::datacenterCapacityGw);
    for (const auto& y : e.years)
        top = std::max(top, y.datacenterCapacityGw);
    if (const QCPGraph* band = graphNamed(QStringLiteral("datacenter_capacity_gw_p90")))
        for (auto it = band->data()->constBegin(); it != band->data()->constEnd(); ++it)
            top = std::max(top, it->value);
    for (const auto& b : e.bands)
        top = std::max(top, b.aiTwh.p90 * kGwPerTwh);
    top = std::max(top, drawProjections(s));

    plot()->yAxis->setRange(0, niceCeiling(top * 1.12));
    plot()->yAxis->setLabel(tr("Gigawatts (GW)"));

    const QString factor = locale().toString(s.resolved.values[Param::DcLoadFactor], 'g', 3);
    QString subtitle = tr("%1 · %2–%3 · capacity is the average load ÷ load factor %4")
                           .arg(s.displayName())
                           .arg(e.baseYear)
                           .arg(e.endYear)
                           .arg(factor);
    if (!drawn_.empty())
        subtitle = tr("%1 · numbers in brackets are sources").arg(subtitle);
    else if (projectionsVisible())
        subtitle = tr("%1 · no published projection in GW for %2").arg(subtitle, s.regionName);
    setTitle(tr("Data-centre power — %1").arg(s.regionName), subtitle);
}

void PowerChartPage::drawBands(const ScenarioSnapshot& s, const QVector<double>& years)
{
    // The engine bands AI's electricity; its average load is that over 8.76. The data centres' other
    // electricity and the load factor are the same in every sample unless they are ranged: then a
    // constant added and a constant factor carry the percentiles over exactly, and the capacity has
    // a band too. Otherwise it has none, rather than a wrong one.
    const Evaluation& e = s.evaluation;
    showsBands_ = !e.bands.empty();
    if (e.bands.empty())
        return;
    BandSeries ai{QStringLiteral("ai_avg_gw"), palette::kAi, {}, {}, {}};
    BandSeries capacity{QStringLiteral("datacenter_capacity_gw"), palette::kDatacentres, {}, {}, {}};
    const auto& ranges = s.resolved.ranges;
    const bool capacityBanded = ranges.count(Param::OtherDcTwh) == 0 && ranges.count(Param::OtherDcGrowth) == 0
                                && ranges.count(Param::DcLoadFactor) == 0 && e.bands.size() == e.years.size();
    const double loadFactor = s.resolved.values[Param::DcLoadFactor];
    for (std::size_t i = 0; i < e.bands.size(); ++i) {
        const Band& b = e.bands[i].aiTwh;
        ai.p10.append(b.p10 * kGwPerTwh);
        ai.p50.append(b.p50 * kGwPerTwh);
        ai.p90.append(b.p90 * kGwPerTwh);
        if (capacityBanded) {
            const double other = e.years[i].otherDcTwh;
            capacity.p10.append((b.p10 + other) * kGwPerTwh / loadFactor);
            capacity.p50.append((b.p50 + other) * kGwPerTwh / loadFactor);
            capacity.p90.append((b.p90 + other) * kGwPerTwh / loadFactor);
        }
    }
    addBands(years, capacityBanded ? QList<BandSeries>{capacity, ai} : QList<BandSeries>{ai});
}

double PowerChartPage::drawProjections(const ScenarioSnapshot& s)
{
    // Each kind of marker (what it measures, for all data centres or AI) gets a legend entry only when
    // one is drawn, in full colour; replaced editions are drawn faded and share one entry. A range is
    // a bar between two markers of its kind.
    const double width = highContrast() ? 3.75 : 2.5;
    std::map<QString, QCPGraph*> kinds;
    auto graphOf = [&](const QString& name, const QString& legend, const QColor& colour, const QCPScatterStyle& style) {
        QCPGraph*& g = kinds[name];
        if (!g) {
            g = addMarkers(name, legend);
            g->setPen(QPen(colour, width));
            g->setScatterStyle(style);
        }
        return g;
    };

    std::vector<std::pair<int, double>> figures;
    for (const Projection* p : drawn_)
        figures.emplace_back(p->year, p->gw->low + p->gw->high);
    const std::vector<double> xs = sideBySideYears(figures);
    std::vector<std::size_t> order(drawn_.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return xs[a] < xs[b]; });
    markers_.assign(drawn_.size(), MarkerTooltip{});
    citationLabels_.resize(qsizetype(drawn_.size()));

    double top = 0;
    bool anyReplaced = false;
    for (std::size_t i : order) {
        const Projection& p = *drawn_[i];
        const ValueRange gw = *p.gw;
        const double x = xs[i];
        const bool ai = p.scope == ProjectionScope::AiOnly;
        const bool replaced = !p.supersededBy.empty();
        const QColor solid = lineColour(colourOf(p));
        QColor colour = solid;
        if (replaced)
            colour.setAlpha(kReplacedAlpha);
        const QString kind = keyText(projectionMeasureKey(p.measure)) + (ai ? QStringLiteral("_ai") : QString());
        const QString what = ai ? tr("AI %1").arg(measureText(p.measure)) : measureText(p.measure);
        const auto style = [&](const QColor& c) {
            return QCPScatterStyle(projectionShape(p), QPen(c, width), QBrush(palette().color(QPalette::Base)), 13);
        };
        QCPGraph* legend =
            graphOf(QStringLiteral("published_") + kind, tr("Published: %1").arg(what), solid, style(solid));
        QCPGraph* marker = replaced ? graphOf(QStringLiteral("published_") + kind + QStringLiteral("_replaced"),
                                              QString(), colour, style(colour))
                                    : legend;
        if (gw.isRange()) {
            // Under the markers, whose fill hides its ends.
            addRangeBar(x, gw.low, gw.high, colour, Qt::SolidLine, false)->setLayer(QStringLiteral("grid"));
            marker->addData(x, gw.low);
        }
        marker->addData(x, gw.high);
        anyReplaced = anyReplaced || replaced;
        top = std::max(top, gw.high);

        const auto number = s.citations.numberOf(p.source);
        const QString label = projectionLabel(s, p);
        citationLabels_[qsizetype(i)] = label;
        if (number && !citedNumbers_.contains(*number))
            citedNumbers_.append(*number);
        addCitationLabel(crowdedLabels_, label, colour, x, gw.low, gw.high, true);
        markers_[i] = {x, gw.low, gw.high, [this, projection = &p, label] {
                           return projectionTooltipText(*projection, label, *shownSnapshot(), locale());
                       }};
    }
    if (anyReplaced) { // last in the legend, after the kinds it fades
        QColor faded = foreground();
        faded.setAlpha(kReplacedAlpha);
        QCPGraph* legend = graphOf(QStringLiteral("published_replaced"), tr("Replaced edition (faded)"), faded, {});
        legend->setLineStyle(QCPGraph::lsLine); // its sign: a faded stroke
        legend->setPen(QPen(faded, 4, Qt::SolidLine, Qt::FlatCap));
    }
    std::sort(citedNumbers_.begin(), citedNumbers_.end()); // as the citations list them
    return top;
}

QString PowerChartPage::readout(int year) const
{
    for (const auto& y : years_)
        if (y.year == year)
            return tr("%1 · capacity %2 · average load %3 · AI %4")
                .arg(year)
                .arg(gwText(y.datacenterCapacityGw, locale()), gwText(y.datacenterAvgGw, locale()),
                     gwText(y.aiAvgGw, locale()));
    return QString();
}

} // namespace gridshare::gui
