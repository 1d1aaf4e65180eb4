// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/chart_views.h"

#include "gui/charts/cost_chart_page.h"
#include "gui/charts/energy_chart_page.h"
#include "gui/charts/forecasts_chart_page.h"
#include "gui/charts/per_query_chart_page.h"
#include "gui/charts/power_chart_page.h"
#include "gui/charts/regions_chart_page.h"
#include "gui/charts/sensitivity_chart_page.h"
#include "gui/charts/share_chart_page.h"
#include "gui/charts/water_chart_page.h"

#include <QCoreApplication>

namespace gridshare::gui {
namespace {

// The translation context of this file's text, which belongs to no QObject.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ChartViews)
};

} // namespace

QString viewKey(ChartView view)
{
    switch (view) {
    case ChartView::Share:
        return QStringLiteral("share");
    case ChartView::Energy:
        return QStringLiteral("energy");
    case ChartView::Cost:
        return QStringLiteral("cost");
    case ChartView::PerQuery:
        return QStringLiteral("per-query");
    case ChartView::Water:
        return QStringLiteral("water");
    case ChartView::Sensitivity:
        return QStringLiteral("sensitivity");
    case ChartView::Forecasts:
        return QStringLiteral("forecasts");
    case ChartView::Power:
        return QStringLiteral("power");
    case ChartView::Regions:
        return QStringLiteral("regions");
    }
    return {};
}

QString viewTitle(ChartView view)
{
    switch (view) {
    case ChartView::Share:
        return Text::tr("Grid share");
    case ChartView::Energy:
        return Text::tr("Energy");
    case ChartView::Cost:
        return Text::tr("Cost");
    case ChartView::PerQuery:
        return Text::tr("Energy per request");
    case ChartView::Water:
        return Text::tr("Water and CO₂");
    case ChartView::Sensitivity:
        return Text::tr("Sensitivity");
    case ChartView::Forecasts:
        return Text::tr("How forecasts moved");
    case ChartView::Power:
        return Text::tr("Power");
    case ChartView::Regions:
        return Text::tr("Compare regions");
    }
    return {};
}

std::optional<ChartView> viewFromKey(const QString& key)
{
    for (ChartView view : kChartViews)
        if (viewKey(view) == key)
            return view;
    return std::nullopt;
}

ChartPage* createChartPage(ChartView view, QWidget* parent)
{
    switch (view) {
    case ChartView::Share:
        return new ShareChartPage(parent);
    case ChartView::Sensitivity:
        return new SensitivityChartPage(parent);
    case ChartView::Forecasts:
        return new ForecastsChartPage(parent);
    case ChartView::Power:
        return new PowerChartPage(parent);
    case ChartView::Regions:
        return new RegionsChartPage(parent);
    case ChartView::Energy:
        return new EnergyChartPage(parent);
    case ChartView::Cost:
        return new CostChartPage(parent);
    case ChartView::PerQuery:
        return new PerQueryChartPage(parent);
    case ChartView::Water:
        return new WaterChartPage(parent);
    }
    return nullptr;
}

} // namespace gridshare::gui
