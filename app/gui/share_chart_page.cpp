// SPDX-License-Identifier: GPL-3.0-or-later
#include "share_chart_page.h"

#include "../common/data_text.h"
#include "../common/evidence_text.h"

#include "gridshare/projections.h"
#include "quantity_text.h"

#include <qcustomplot.h>


#include <algorithm>
#include <map>

namespace gridshare::gui {
namespace {

constexpr double kSameYearSpacing = 0.25; // projections of one year sit side by side...
constexpr double kSameYearWidth = 1.1;    // ...within about a year
constexpr int kReplacedAlpha = 110;       // editions replaced by a newer one are drawn faded

double spacingFor(int count)
{
    return count > 1 ? std::min(kSameYearSpacing, kSameYearWidth / (count - 1)) : kSameYearSpacing;
}

QVector<double> percentOf(const std::vector<YearResult>& years, double YearResult::*field)
{
    QVector<double> values;
    for (const auto& y : years)
        values.append(y.*field * 100);
    return values;
}

double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0})
        if (value <= step * magnitude)
            return step * magnitude;
    return 10 * magnitude;
}

} // namespace

ShareChartPage::ShareChartPage(QWidget* parent) : ChartPage(parent), crowdedLabels_(plot())
{
    connect(plot(), &QCustomPlot::mouseMove, this, &ShareChartPage::showProjectionTooltip);
}

void ShareChartPage::setProjectionsVisible(bool visible)
{
    projectionsVisible_ = visible;
    // Redrawn by the next display(); the caller redisplays.
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

    int firstYear = e.baseYear;
    int atEndYear = 0;
    if (projectionsVisible_)
        for (const Projection* p : s.projections) {
            firstYear = std::min(firstYear, p->year);
            atEndYear += p->year == e.endYear;
        }
    // End-of-line values sit to the right of any projections published for the end year.
    endLabelOffset_ = 0.15 + (atEndYear > 0 ? (atEndYear - 1) * spacingFor(atEndYear) / 2 + 0.1 : 0);
    setYears(firstYear, e.endYear, 0.5, endLabelOffset_ + 0.75);

    QVector<double> years;
    for (const auto& y : e.years)
        years.append(y.year);

    drawBands(s, years);
    QCPGraph* dc = addLine(QStringLiteral("datacenter_share"), tr("All data centres (this scenario)"),
                           palette::kDatacentres, years, percentOf(e.years, &YearResult::datacenterShare));
    QCPGraph* ai = addLine(QStringLiteral("ai_share"), tr("AI (this scenario)"), palette::kAi, years,
                           percentOf(e.years, &YearResult::aiShare));
    for (QCPGraph* g : {dc, ai}) {
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, g->pen().color(), 7));
        labelEnd(g, g == ai ? palette::kAi : palette::kDatacentres);
    }
    setHoverGraphs({ai, dc});

    double top = addPinnedLines(s, &YearResult::aiShare, 100) / 100;
    for (const auto& y : e.years)
        top = std::max({top, y.aiShare, y.datacenterShare});
    for (const auto& b : e.bands)
        top = std::max({top, b.aiShare.p90, b.datacenterShare.p90});
    top *= 100;
    // The legend stands in the top left: what is drawn under its columns of years needs headroom.
    const double legendRight = firstYear - 0.5 + 0.6 * (e.endYear + endLabelOffset_ + 0.75 - firstYear + 0.5);
    leftTop_ = 0;
    for (const auto& y : e.years)
        if (y.year < legendRight)
            leftTop_ = std::max({leftTop_, y.aiShare * 100, y.datacenterShare * 100});
    for (const auto& b : e.bands)
        if (b.year < legendRight)
            leftTop_ = std::max({leftTop_, b.aiShare.p90 * 100, b.datacenterShare.p90 * 100});
    legendRight_ = legendRight;
    if (projectionsVisible_)
        top = std::max(top, drawProjections(s));
    const double legendShare = std::min(0.45, 0.055 * (plot()->legend->itemCount() + 1));

    plot()->yAxis->setRange(0, niceCeiling(std::max(top * 1.12, leftTop_ / (1 - legendShare) * 1.05)));
    plot()->yAxis->setLabel(tr("Share of national electricity (%)"));
    setTitle(tr("Share of electricity used by AI and data centres — %1").arg(s.regionName),
             tr("%1 · %2–%3 · numbers in brackets are sources").arg(s.scenarioName).arg(e.baseYear).arg(e.endYear));
}

void ShareChartPage::drawBands(const ScenarioSnapshot& s, const QVector<double>& years)
{
    const auto& bands = s.evaluation.bands;
    showsBands_ = !bands.empty();
    if (bands.empty())
        return;
    auto bandOf = [&](Band YearBands::*which, double Band::*edge) {
        QVector<double> v;
        for (const auto& b : bands)
            v.append((b.*which).*edge * 100);
        return v;
    };
    for (auto [which, colour, key] :
         {std::tuple{&YearBands::datacenterShare, palette::kDatacentres, "datacenter_share"},
          std::tuple{&YearBands::aiShare, palette::kAi, "ai_share"}}) {
        const QString name = QString::fromLatin1(key);
        QCPGraph* low =
            addLine(name + QStringLiteral("_p10"), QString(), colour, years, bandOf(which, &Band::p10), Qt::NoPen, 0);
        QCPGraph* high =
            addLine(name + QStringLiteral("_p90"), QString(), colour, years, bandOf(which, &Band::p90), Qt::NoPen, 0);
        high->setBrush(bandBrush(colour));
        high->setChannelFillGraph(low);
        // Dotted, unlike the dashed lines of pinned scenarios.
        QCPGraph* median = addLine(name + QStringLiteral("_p50"), QString(), colour, years, bandOf(which, &Band::p50),
                                   Qt::DotLine, 1.5);
        for (QCPGraph* g : {low, high, median})
            g->removeFromLegend();
    }
    // One legend entry for the shading and one for the medians, in the text's colour: each stands
    // for both bands (data centres and AI).
    const QRgb ink = foreground().rgb();
    QCPGraph* shading = addLine(QStringLiteral("bands_legend"), tr("P10–P90 range"), ink, {}, {}, Qt::NoPen, 0);
    shading->setBrush(bandBrush(ink));
    addLine(QStringLiteral("medians_legend"), tr("Median (P50)"), ink, {}, {}, Qt::DotLine, 1.5);
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
            g = plot()->addGraph();
            g->setObjectName(name);
            g->setName(legend);
            g->setLineStyle(QCPGraph::lsNone);
            const double width = highContrast() ? 3.75 : 2.5;
            g->setPen(QPen(colour, width, line));
            g->setScatterStyle(QCPScatterStyle(shape, QPen(colour, width), QBrush(palette().color(QPalette::Base)), 13));
            if (legend.isEmpty())
                g->removeFromLegend();
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
    std::map<int, int> perYear;
    for (std::size_t i = 0; i < s.projections.size(); ++i)
        if (const auto where = shareOnChart(*s.projections[i], s.evaluation)) {
            placed.push_back({s.projections[i], *where, i});
            ++perYear[s.projections[i]->year];
        }
    markers_.assign(s.projections.size(), MarkerTooltip{});
    crowdedLabels_.clear();
    for (std::size_t i = 0; i < s.projections.size(); ++i)
        citationLabels_.append(QString());
    // Within a year, lower values sit further left, so a crowded year's labels rise with them.
    std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) {
        return a.p->year != b.p->year ? a.p->year < b.p->year
                                      : a.where.share.low + a.where.share.high < b.where.share.low + b.where.share.high;
    });
    std::map<int, int> done;
    double top = 0;
    for (const auto& [p, where, index] : placed) {
        const int count = perYear[p->year];
        const double x = p->year + (done[p->year]++ - (count - 1) / 2.0) * spacingFor(count);
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
            QPainterPath beam;
            beam.moveTo(-4, -6);
            beam.lineTo(4, -6);
            beam.moveTo(0, -6);
            beam.lineTo(0, 6);
            beam.moveTo(-4, 6);
            beam.lineTo(4, 6);
            QCPGraph* legend = graphOf(ai ? QStringLiteral("published_range_ai") : QStringLiteral("published_range"),
                                       ai ? tr("Published range: AI only") : tr("Published range: all data centres"),
                                       colour, QCPScatterStyle::ssCustom, Qt::NoPen);
            legend->setScatterStyle(QCPScatterStyle(beam, QPen(colour, 3), Qt::NoBrush, 13));
        }
        if (where.share.isRange()) {
            auto* bar = new QCPItemLine(plot());
            bar->start->setCoords(x, low);
            bar->end->setCoords(x, high);
            bar->setPen(QPen(colour, 4, line, Qt::FlatCap));
            bar->setHead(QCPLineEnding(QCPLineEnding::esBar, 16));
            bar->setTail(QCPLineEnding(QCPLineEnding::esBar, 16));
        }
        // A point is a marker; a range is a bar, with a marker at its middle only when the bar alone would
        // not say what it is (placed from TWh: dashed; replaced: faded). Legend entries come with markers.
        if (!where.share.isRange() || where.placedFromTwh || replaced) {
            QCPGraph* marker = nullptr;
            if (replaced)
                marker = markersOf(QStringLiteral("published_replaced"), tr("Replaced edition (faded)"),
                                   colour, QCPScatterStyle::ssSquare, Qt::SolidLine, ai, true);
            else if (where.placedFromTwh)
                marker = markersOf(QStringLiteral("published_twh"),
                                   tr("Published in TWh only (placed)"), colour,
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
        const QString label = number ? QStringLiteral("[%1]").arg(*number) : QString();
        citationLabels_[qsizetype(index)] = label;
        if (number && !citedNumbers_.contains(*number))
            citedNumbers_.append(*number);
        auto* text = new QCPItemText(plot());
        text->setText(label);
        text->setFont(chartFont(1.0, true));
        text->setColor(textColour(colour.rgb()));
        text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        text->position->setCoords(x, high);
        crowdedLabels_.add(text, where.share.isRange() ? 6 : 9, low);

        QStringList lines{QStringLiteral("%1 %2 (%3)").arg(label, dataText(p->label),
                                                           publicationDateText(p->published, locale())),
                          tr("%1, %2").arg(projectionValueText(*p, locale()), scopeText(p->scope))};
        if (where.placedFromTwh)
            lines.append(tr("Published in TWh only: placed at %1 with this scenario's national consumption of %2 "
                            "in %3.")
                             .arg(shareText(where.share, locale()), energyText({where.nationalTwh, where.nationalTwh}, locale()))
                             .arg(where.nationalYear));
        if (replaced) {
            const auto by = s.citations.numberOf(p->supersededBy);
            lines.append(by ? tr("Replaced by a newer edition [%1].").arg(*by) : tr("Replaced by a newer edition."));
        }
        if (!p->note.empty())
            lines.append(QString::fromStdString(p->note));
        if (s.data)
            lines.append(tr("Verification: %1").arg(levelText(p->level, *s.data)));
        markers_[index] = {x, low, high, lines.join(QLatin1Char('\n'))};
    }
    std::sort(citedNumbers_.begin(), citedNumbers_.end()); // as the citations list them
    return top;
}

QString ShareChartPage::projectionTooltip(int index) const
{
    return index >= 0 && index < int(markers_.size()) ? markers_[std::size_t(index)].text : QString();
}

void ShareChartPage::showProjectionTooltip(QMouseEvent* event)
{
    showMarkerTooltip(markers_, plot(), event);
}

void ShareChartPage::labelEnd(QCPGraph* graph, QRgb colour)
{
    if (graph->dataCount() == 0)
        return;
    const auto last = graph->data()->at(graph->dataCount() - 1);
    auto* text = new QCPItemText(plot());
    text->setText(formatPercent(last->value / 100, locale())); // as the key figures write it
    text->setClipToAxisRect(false); // a share near zero still shows its whole label
    text->setFont(chartFont(1.2, true));
    text->setColor(textColour(colour));
    text->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    text->position->setCoords(last->key + endLabelOffset_, last->value);
    // The label stands right of the plot: keep room for it there, whatever the type size.
    const int room = QFontMetrics(text->font()).horizontalAdvance(text->text()) + 12;
    QMargins margins = plot()->axisRect()->minimumMargins();
    margins.setRight(std::max(margins.right(), room));
    plot()->axisRect()->setMinimumMargins(margins);
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
