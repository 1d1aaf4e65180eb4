// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/chart_views.h"

#include "gui/charts/forecasts_chart_page.h"
#include "gui/charts/power_chart_page.h"
#include "gui/charts/regions_chart_page.h"
#include "gui/charts/sensitivity_chart_page.h"
#include "gui/charts/series_chart_page.h"
#include "gui/charts/share_chart_page.h"

#include <QCoreApplication>

namespace gridshare::gui {

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
        return QCoreApplication::translate("ChartViews", "Grid share");
    case ChartView::Energy:
        return QCoreApplication::translate("ChartViews", "Energy");
    case ChartView::Cost:
        return QCoreApplication::translate("ChartViews", "Cost");
    case ChartView::PerQuery:
        return QCoreApplication::translate("ChartViews", "Energy per request");
    case ChartView::Water:
        return QCoreApplication::translate("ChartViews", "Water and CO₂");
    case ChartView::Sensitivity:
        return QCoreApplication::translate("ChartViews", "Sensitivity");
    case ChartView::Forecasts:
        return QCoreApplication::translate("ChartViews", "How forecasts moved");
    case ChartView::Power:
        return QCoreApplication::translate("ChartViews", "Power");
    case ChartView::Regions:
        return QCoreApplication::translate("ChartViews", "Compare regions");
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
    case ChartView::Cost:
    case ChartView::PerQuery:
    case ChartView::Water:
        break;
    }
    return new SeriesChartPage(view, parent);
}

} // namespace gridshare::gui
