#include "share_chart_page.h"

#include "quantity_text.h"

#include <qcustomplot.h>

#include <algorithm>
#include <map>

namespace gridshare::gui {
namespace {

constexpr double kSameYearSpacing = 0.25; // projections of one year sit side by side

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

ShareChartPage::ShareChartPage(QWidget* parent) : ChartPage(parent) {}

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
    if (projectionsVisible_)
        for (const Projection* p : s.projections)
            firstYear = std::min(firstYear, p->year);
    // End-of-line values sit to the right of any projections published for the end year.
    endLabelOffset_ = 0.15;
    if (projectionsVisible_)
        for (const Projection* p : s.projections)
            if (p->year == e.endYear)
                endLabelOffset_ += kSameYearSpacing / 2;
    setYears(firstYear, e.endYear, 0.5, endLabelOffset_ + 0.2);

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
    if (projectionsVisible_)
        top = std::max(top, drawProjections(s));

    plot()->yAxis->setRange(0, niceCeiling(top * 1.12));
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
    // Two scatter graphs carry the legend entries and the point markers; ranges are bars.
    auto makeMarkers = [&](const QString& name, const QString& legend, QRgb colour,
                           QCPScatterStyle::ScatterShape shape) {
        QCPGraph* g = plot()->addGraph();
        g->setObjectName(name);
        g->setName(legend);
        g->setLineStyle(QCPGraph::lsNone);
        const QPen pen(lineColour(colour), highContrast() ? 3.75 : 2.5);
        g->setPen(pen);
        g->setScatterStyle(QCPScatterStyle(shape, pen, QBrush(palette().color(QPalette::Base)), 13));
        return g;
    };
    QCPGraph* dcMarkers = makeMarkers(QStringLiteral("published_datacentres"), tr("Published: all data centres"),
                                      palette::kDatacentres, QCPScatterStyle::ssSquare);
    QCPGraph* aiMarkers =
        makeMarkers(QStringLiteral("published_ai"), tr("Published: AI only"), palette::kAi, QCPScatterStyle::ssDiamond);

    std::map<int, int> perYear;
    for (const Projection* p : s.projections)
        ++perYear[p->year];
    std::map<int, int> placed;
    double top = 0;
    for (const Projection* p : s.projections) {
        const int count = perYear[p->year];
        const double x = p->year + (placed[p->year]++ - (count - 1) / 2.0) * kSameYearSpacing;
        const bool ai = p->scope == ProjectionScope::AiOnly;
        const QColor colour(ai ? palette::kAi : palette::kDatacentres);
        const double low = p->shareLow * 100;
        const double high = p->shareHigh * 100;
        top = std::max(top, high);
        if (p->isRange()) {
            auto* bar = new QCPItemLine(plot());
            bar->start->setCoords(x, low);
            bar->end->setCoords(x, high);
            bar->setPen(QPen(colour, 4, Qt::SolidLine, Qt::FlatCap));
            bar->setHead(QCPLineEnding(QCPLineEnding::esBar, 16));
            bar->setTail(QCPLineEnding(QCPLineEnding::esBar, 16));
        } else {
            (ai ? aiMarkers : dcMarkers)->addData(x, low);
        }
        const auto number = s.citations.numberOf(p->source);
        const QString label = number ? QStringLiteral("[%1]").arg(*number) : QString();
        citationLabels_.append(label);
        if (number && !citedNumbers_.contains(*number))
            citedNumbers_.append(*number);
        auto* text = new QCPItemText(plot());
        text->setText(label);
        text->setFont(chartFont(1.0, true));
        text->setColor(textColour(colour.rgb()));
        text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        text->position->setCoords(x, high);
        text->setPadding(QMargins(0, 0, 0, p->isRange() ? 6 : 9));
    }
    // A legend entry only for what is drawn: a region without published AI-only figures has none.
    for (const auto& [markers, scope] : {std::pair{dcMarkers, ProjectionScope::DataCentres},
                                         std::pair{aiMarkers, ProjectionScope::AiOnly}})
        if (std::none_of(s.projections.begin(), s.projections.end(),
                         [scope = scope](const Projection* p) { return p->scope == scope; }))
            markers->removeFromLegend();
    return top;
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
