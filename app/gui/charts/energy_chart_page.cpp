// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/energy_chart_page.h"

#include "gui/charts/chart_series.h"

#include <qcustomplot.h>

#include <tuple>

namespace gridshare::gui {

void EnergyChartPage::draw(const ScenarioSnapshot& s)
{
    beginDrawing();
    const Evaluation& e = s.evaluation;
    years_ = e.years;
    setYears(e.baseYear, e.endYear);
    const QVector<double> years = yearsOf(e.years);
    // Stacked areas: each graph draws the running total and fills down to the one below it.
    const QVector<double> other = valuesOf(e.years, &YearResult::otherDcTwh);
    const QVector<double> withTraining = sum(other, valuesOf(e.years, &YearResult::trainingTwh));
    const QVector<double> total = sum(withTraining, valuesOf(e.years, &YearResult::inferenceTwh));
    QCPGraph* below = nullptr;
    QList<QCPGraph*> hover;
    for (const auto& [name, legend, colour, values] :
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
    setTitle(tr("Data-centre electricity by use"), s.nameAndRegion());
}

QString EnergyChartPage::readout(int year) const
{
    const YearResult* y = resultFor(years_, year);
    if (!y)
        return QString();
    const QLocale l = locale();
    return tr("%1 · serving %2 · training %3 · other %4 TWh")
        .arg(year)
        .arg(l.toString(y->inferenceTwh, 'f', 1), l.toString(y->trainingTwh, 'f', 1),
             l.toString(y->otherDcTwh, 'f', 1));
}

} // namespace gridshare::gui
