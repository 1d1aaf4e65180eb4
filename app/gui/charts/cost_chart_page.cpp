// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/cost_chart_page.h"

#include "common/quantity_text.h"
#include "document/unit_names.h"
#include "gui/charts/chart_series.h"

#include <qcustomplot.h>

namespace gridshare::gui {

void CostChartPage::draw(const ScenarioSnapshot& s)
{
    beginDrawing();
    const Evaluation& e = s.evaluation;
    years_ = e.years;
    setYears(e.baseYear, e.endYear);
    const QVector<double> years = yearsOf(e.years);
    const double top = e.years.empty() ? 0 : e.years.back().cost;
    // Billions of dollars in English, 亿元 in Chinese: the scale follows how the language counts.
    const Magnitude magnitude = magnitudeOf(top, locale());
    costScale_ = 1 / magnitude.factor;
    costUnit_ = scaledUnit(magnitude, currencyName(s.currency), locale());
    const QVector<double> cost = valuesOf(e.years, &YearResult::cost, costScale_);
    auto* bars = new QCPBars(plot()->xAxis, plot()->yAxis);
    addToLegend(bars);
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
    setTitle(tr("What AI's electricity costs each year"), s.nameAndRegion());
}

QString CostChartPage::readout(int year) const
{
    const YearResult* y = resultFor(years_, year);
    if (!y)
        return QString();
    return tr("%1 · %2 %3").arg(year).arg(locale().toString(y->cost * costScale_, 'f', 2), costUnit_);
}

} // namespace gridshare::gui
