// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/water_chart_page.h"

#include "gui/charts/chart_series.h"

#include <qcustomplot.h>

namespace gridshare::gui {

void WaterChartPage::draw(const ScenarioSnapshot& s)
{
    beginDrawing();
    const Evaluation& e = s.evaluation;
    years_ = e.years;
    setYears(e.baseYear, e.endYear);
    const QVector<double> years = yearsOf(e.years);
    const QVector<double> water = valuesOf(e.years, &YearResult::waterM3, 1e-6);
    const QVector<double> co2 = valuesOf(e.years, &YearResult::co2Mt);
    QCPGraph* w = addLine(QStringLiteral("water_m3"), tr("Water (left axis)"), palette::kWater, years, water);
    plot()->yAxis2->setVisible(true);
    QCPGraph* c = addGraph(plot()->xAxis, plot()->yAxis2);
    c->setObjectName(QStringLiteral("co2_mt"));
    c->setName(tr("CO₂ (right axis)"));
    c->setPen(QPen(lineColour(palette::kCo2), highContrast() ? 4.5 : 3, Qt::DashLine));
    c->setData(years, co2, true);
    fitY(plot()->yAxis, water, addPinnedLines(s, &YearResult::waterM3, 1e-6));
    fitY(plot()->yAxis2, co2);
    plot()->yAxis->setLabel(tr("Water, million m³ per year"));
    plot()->yAxis2->setLabel(tr("CO₂, million tonnes per year"));
    setHoverGraphs({w, c});
    setTitle(tr("Water and CO₂ of AI's electricity"), s.nameAndRegion());
}

QString WaterChartPage::readout(int year) const
{
    const YearResult* y = resultFor(years_, year);
    if (!y)
        return QString();
    const QLocale l = locale();
    return tr("%1 · water %2 million m³ · CO₂ %3 Mt")
        .arg(year)
        .arg(l.toString(y->waterM3 / 1e6, 'f', 1), l.toString(y->co2Mt, 'f', 2));
}

} // namespace gridshare::gui
