#include "series_chart_page.h"

#include "quantity_text.h"
#include "unit_names.h"

#include <qcustomplot.h>

namespace gridshare::gui {
namespace {

QVector<double> valuesOf(const std::vector<YearResult>& years, double YearResult::*field, double scale = 1)
{
    QVector<double> values;
    for (const auto& y : years)
        values.append(y.*field * scale);
    return values;
}

QVector<double> sum(const QVector<double>& a, const QVector<double>& b)
{
    QVector<double> out(a.size());
    for (int i = 0; i < a.size(); ++i)
        out[i] = a[i] + b[i];
    return out;
}

void fitY(QCPAxis* axis, const QVector<double>& values, double atLeast = 0)
{
    const double top = std::max(atLeast, values.isEmpty() ? 1 : *std::max_element(values.begin(), values.end()));
    axis->setRange(0, top > 0 ? top * 1.15 : 1);
}

} // namespace

SeriesChartPage::SeriesChartPage(ChartView view, QWidget* parent) : ChartPage(parent), view_(view) {}

void SeriesChartPage::draw(const ScenarioSnapshot& s)
{
    beginDrawing();
    const Evaluation& e = s.evaluation;
    years_ = e.years;
    currency_ = s.currency;
    setYears(e.baseYear, e.endYear);
    QVector<double> years;
    for (const auto& y : e.years)
        years.append(y.year);
    const QString subtitle = tr("%1 · %2").arg(s.scenarioName, s.regionName);
    switch (view_) {
    case ChartView::Energy:
        drawEnergy(s, years);
        setTitle(tr("Data-centre electricity by use"), subtitle);
        break;
    case ChartView::Cost:
        drawCost(s, years);
        setTitle(tr("What AI's electricity costs each year"), subtitle);
        break;
    case ChartView::PerQuery:
        drawPerQuery(s, years);
        setTitle(tr("Electricity per AI request"), subtitle);
        break;
    case ChartView::Water:
        drawWater(s, years);
        setTitle(tr("Water and CO₂ of AI's electricity"), subtitle);
        break;
    case ChartView::Share:
    case ChartView::Sensitivity:
        break;
    }
}

void SeriesChartPage::drawEnergy(const ScenarioSnapshot& s, const QVector<double>& years)
{
    const Evaluation& e = s.evaluation;
    // Stacked areas: each graph draws the running total and fills down to the one below it.
    const QVector<double> other = valuesOf(e.years, &YearResult::otherDcTwh);
    const QVector<double> withTraining = sum(other, valuesOf(e.years, &YearResult::trainingTwh));
    const QVector<double> total = sum(withTraining, valuesOf(e.years, &YearResult::inferenceTwh));
    QCPGraph* below = nullptr;
    QList<QCPGraph*> hover;
    for (auto [name, legend, colour, values] :
         {std::tuple{"other_dc_twh", tr("Other data centres"), palette::kOtherDc, other},
          std::tuple{"training_twh", tr("AI training"), palette::kTraining, withTraining},
          std::tuple{"inference_twh", tr("AI serving requests"), palette::kAi, total}}) {
        QCPGraph* g = addLine(QString::fromLatin1(name), legend, colour, years, values, Qt::SolidLine, 2);
        g->setBrush(areaBrush(colour));
        g->setChannelFillGraph(below);
        below = g;
        hover.prepend(g);
    }
    fitY(plot()->yAxis, total, addPinnedLines(s, &YearResult::datacenterTwh));
    plot()->yAxis->setLabel(tr("TWh per year"));
    setHoverGraphs(hover);
}

void SeriesChartPage::drawCost(const ScenarioSnapshot& s, const QVector<double>& years)
{
    const double top = s.evaluation.years.empty() ? 0 : s.evaluation.years.back().cost;
    // Billions of dollars in English, 亿元 in Chinese: the scale follows how the language counts.
    const Magnitude magnitude = magnitudeOf(top, locale());
    costScale_ = 1 / magnitude.factor;
    costUnit_ = scaledUnit(magnitude, currencyName(s.currency), locale());
    const QVector<double> cost = valuesOf(s.evaluation.years, &YearResult::cost, costScale_);
    auto* bars = new QCPBars(plot()->xAxis, plot()->yAxis);
    bars->setObjectName(QStringLiteral("cost"));
    bars->setName(tr("AI electricity cost"));
    bars->setData(years, cost, true);
    bars->setWidth(0.6);
    bars->setPen(Qt::NoPen);
    bars->setBrush(QColor(palette::kCost));
    // An invisible line over the bars gives the hover readout its points.
    QCPGraph* line = addLine(QStringLiteral("cost_line"), QString(), palette::kCost, years, cost, Qt::NoPen, 0);
    line->removeFromLegend();
    const double pinnedTop = addPinnedLines(s, &YearResult::cost, costScale_);
    fitY(plot()->yAxis, cost, pinnedTop);
    plot()->legend->setVisible(!s.pinned.empty()); // one series: the title says what it is
    plot()->yAxis->setLabel(tr("%1 per year").arg(costUnit_));
    setHoverGraphs({line});
}

void SeriesChartPage::drawPerQuery(const ScenarioSnapshot& s, const QVector<double>& years)
{
    const Evaluation& e = s.evaluation;
    const QVector<double> wh = valuesOf(e.years, &YearResult::whPerQuery);
    QCPGraph* g = addLine(QStringLiteral("wh_per_query"), tr("Energy per request"), palette::kPerQuery, years, wh);
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(palette::kPerQuery), 8));
    fitY(plot()->yAxis, wh, addPinnedLines(s, &YearResult::whPerQuery));
    plot()->legend->setVisible(!s.pinned.empty());
    plot()->yAxis->setLabel(tr("Wh per request"));
    setHoverGraphs({g});
}

void SeriesChartPage::drawWater(const ScenarioSnapshot& s, const QVector<double>& years)
{
    const Evaluation& e = s.evaluation;
    const QVector<double> water = valuesOf(e.years, &YearResult::waterM3, 1e-6);
    const QVector<double> co2 = valuesOf(e.years, &YearResult::co2Mt);
    QCPGraph* w = addLine(QStringLiteral("water_m3"), tr("Water (left axis)"), palette::kWater, years, water);
    plot()->yAxis2->setVisible(true);
    QCPGraph* c = plot()->addGraph(plot()->xAxis, plot()->yAxis2);
    c->setObjectName(QStringLiteral("co2_mt"));
    c->setName(tr("CO₂ (right axis)"));
    c->setPen(QPen(lineColour(palette::kCo2), highContrast() ? 4.5 : 3, Qt::DashLine));
    c->setData(years, co2, true);
    fitY(plot()->yAxis, water, addPinnedLines(s, &YearResult::waterM3, 1e-6));
    fitY(plot()->yAxis2, co2);
    plot()->yAxis->setLabel(tr("Water, million m³ per year"));
    plot()->yAxis2->setLabel(tr("CO₂, million tonnes per year"));
    setHoverGraphs({w, c});
}

QString SeriesChartPage::readout(int year) const
{
    for (const auto& y : years_) {
        if (y.year != year)
            continue;
        const QLocale l = locale();
        switch (view_) {
        case ChartView::Energy:
            return tr("%1 · serving %2 · training %3 · other %4 TWh")
                .arg(year)
                .arg(l.toString(y.inferenceTwh, 'f', 1), l.toString(y.trainingTwh, 'f', 1),
                     l.toString(y.otherDcTwh, 'f', 1));
        case ChartView::Cost:
            return tr("%1 · %2 %3").arg(year).arg(l.toString(y.cost * costScale_, 'f', 2), costUnit_);
        case ChartView::PerQuery:
            return tr("%1 · %2 Wh per request").arg(year).arg(l.toString(y.whPerQuery, 'g', 3));
        case ChartView::Water:
            return tr("%1 · water %2 million m³ · CO₂ %3 Mt")
                .arg(year)
                .arg(l.toString(y.waterM3 / 1e6, 'f', 1), l.toString(y.co2Mt, 'f', 2));
        case ChartView::Share:
        case ChartView::Sensitivity:
            break;
        }
    }
    return QString();
}

} // namespace gridshare::gui
