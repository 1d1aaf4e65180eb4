// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/sensitivity_chart_page.h"

#include "common/quantity_text.h"
#include "document/parameter_presentation.h"

#include <QFontMetricsF>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace gridshare::gui {
namespace {
constexpr std::size_t kMaxBars = 12;      // the rest move the result too little to read
constexpr double kTickType = 1.1;         // the labels' type, as every chart's ticks
constexpr double kSmallestTickType = 0.9; // where they stop stepping down and bottom bars give way

// The bands' Sobol indices of AI's share for a parameter, where it is ranged and they have arrived.
const SobolIndex* sobolOf(const ScenarioSnapshot& s, Param p)
{
    if (!s.sobol)
        return nullptr;
    for (const ParameterSobol& ps : s.sobol->parameters)
        if (ps.param == p && std::isfinite(ps.aiShare.firstOrder))
            return &ps.aiShare;
    return nullptr;
}

} // namespace

SensitivityChartPage::SensitivityChartPage(QWidget* parent) : ChartPage(parent)
{
    setLegendOutside(true); // bars reach every corner of the plot: inside, the legend would cover one
    connect(plot(), &QCustomPlot::plottableClick, this, [this](QCPAbstractPlottable*, int dataIndex, QMouseEvent*) {
        clickBar(static_cast<int>(order_.size()) - 1 - dataIndex); // bars are drawn bottom up
    });
}

void SensitivityChartPage::clickBar(int index)
{
    if (index >= 0 && index < static_cast<int>(order_.size()))
        emit parameterClicked(order_[static_cast<std::size_t>(index)]);
}

void SensitivityChartPage::draw(const ScenarioSnapshot& s)
{
    beginDrawing();
    order_.clear();
    const Evaluation& e = s.evaluation;
    const double central = e.years.back().aiShare * 100;
    const std::size_t count = std::min(kMaxBars, s.sensitivities.size());
    QSharedPointer<QCPAxisTickerText> labels(new QCPAxisTickerText);
    auto* lowBars = new QCPBars(plot()->yAxis, plot()->xAxis);
    addToLegend(lowBars);
    auto* highBars = new QCPBars(plot()->yAxis, plot()->xAxis);
    addToLegend(highBars);
    lowBars->setObjectName(QStringLiteral("sensitivity_low"));
    highBars->setObjectName(QStringLiteral("sensitivity_high"));
    lowBars->setName(tr("Parameter at its low end"));
    highBars->setName(tr("Parameter at its high end"));
    for (QCPBars* bars : {lowBars, highBars}) {
        bars->setBaseValue(central); // each bar runs from the central result to the moved one
        bars->setWidth(0.7);
        bars->setPen(Qt::NoPen);
    }
    lowBars->setBrush(QColor(palette::kDatacentres));
    highBars->setBrush(QColor(palette::kAi));
    double lowest = central, highest = central;
    for (std::size_t i = 0; i < count; ++i) {
        const Sensitivity& item = s.sensitivities[i];
        order_.push_back(item.param);
        const double key = static_cast<double>(count - 1 - i); // largest at the top
        // QCPBars draws from the base value to base + data: the data are offsets from the centre.
        lowBars->addData(key, item.outputLow * 100 - central);
        highBars->addData(key, item.outputHigh * 100 - central);
        lowest = std::min({lowest, item.outputLow * 100, item.outputHigh * 100});
        highest = std::max({highest, item.outputLow * 100, item.outputHigh * 100});
        const auto& p = presentation(item.param);
        const QString range = formatRange(item.param, item.low, item.high, s.currency, locale());
        QString tick =
            QStringLiteral("%1%2\n%3").arg(p.label, item.fromRange ? QString() : QStringLiteral(" *"), range);
        // Beside each range: how much of the bands' spread its uncertainty explains, alone and with
        // its interactions where those add more than a few points.
        if (const SobolIndex* sobol = sobolOf(s, item.param)) {
            tick += QStringLiteral(" \u00b7 ")
                    + (sobol->total - sobol->firstOrder > 0.05
                           ? tr("%1 of the spread, %2 with interactions")
                                 .arg(formatVarianceShare(sobol->firstOrder, locale()),
                                      formatVarianceShare(sobol->total, locale()))
                           : tr("%1 of the spread").arg(formatVarianceShare(sobol->firstOrder, locale())));
        }
        labels->addTick(key, tick);
    }
    plot()->yAxis->setTicker(labels);
    shown_ = static_cast<int>(count);
    plot()->yAxis->setRange(-0.6, static_cast<double>(count) - 0.4);
    plot()->yAxis->grid()->setVisible(false);
    const double margin = std::max(0.05, (highest - lowest) * 0.08);
    plot()->xAxis->setRange(lowest - margin, highest + margin);
    plot()->xAxis->setLabel(s.subNational ? tr("AI share of the region's electricity in %1 (%)").arg(e.endYear)
                                          : tr("AI share of national electricity in %1 (%)").arg(e.endYear));
    auto* centre = new QCPItemStraightLine(plot());
    centre->point1->setCoords(central, 0);
    centre->point2->setCoords(central, 1);
    centre->setPen(QPen(foreground(), 1.5, Qt::DashLine));
    // A click reaches the bar's control (plottableClick needs no selection); selecting would
    // recolour the whole series, and the legend would no longer match.
    plot()->setInteractions({});
    QString subtitle = tr("%1 · now %2 · * no range set: levels ±20%, growth rates ±10 points")
                           .arg(s.displayName(), formatPercent(central / 100, locale()));
    // The headline of the attribution: the range that explains most of the bands' spread.
    const ParameterSobol* leading = nullptr;
    if (s.sobol)
        for (const ParameterSobol& ps : s.sobol->parameters)
            if (std::isfinite(ps.aiShare.firstOrder)
                && (!leading || ps.aiShare.firstOrder > leading->aiShare.firstOrder))
                leading = &ps;
    if (leading)
        subtitle =
            tr("The range on “%1” explains %2 of the spread of AI's %3 share")
                .arg(presentation(leading->param).label, formatVarianceShare(leading->aiShare.firstOrder, locale()))
                .arg(e.endYear)
            + QStringLiteral("\n") + subtitle;
    setTitle(tr("What moves AI's share in %1").arg(e.endYear), subtitle);
}

void SensitivityChartPage::fitPlotArea(const QRect& axisRect)
{
    // Each bar's label takes two lines (name, range): where the rows are too short for them the
    // type steps down a little, then the smallest swings at the bottom give way to the larger ones.
    const int count = static_cast<int>(order_.size());
    if (count == 0)
        return;
    const auto rowHeight = [this](double type) { return 2 * QFontMetricsF(chartFont(type)).lineSpacing() + 4; };
    const double height = axisRect.height();
    double type = kTickType;
    while (type > kSmallestTickType && rowHeight(type) * (count + 0.2) > height)
        type -= 0.05;
    plot()->yAxis->setTickLabelFont(chartFont(type));
    shown_ = std::clamp(static_cast<int>(std::floor(height / rowHeight(type) - 0.2)), 1, count);
    // Keys run from count - 1 at the top down to 0: show the top shown_ of them.
    plot()->yAxis->setRange(count - shown_ - 0.6, count - 0.4);
}

} // namespace gridshare::gui
