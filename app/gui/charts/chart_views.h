// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The views of a scenario, with the names the command line uses for them.

#include <QString>

class QWidget;

#include <array>
#include <optional>

namespace gridshare::gui {

enum class ChartView { Share, Energy, Cost, PerQuery, Water, Sensitivity, Forecasts, Power, Regions };

inline constexpr std::array<ChartView, 9> kChartViews{ChartView::Share,     ChartView::Energy, ChartView::Cost,
                                                      ChartView::PerQuery,  ChartView::Water,  ChartView::Sensitivity,
                                                      ChartView::Forecasts, ChartView::Power,  ChartView::Regions};

// "share", "energy", "cost", "per-query", "water", "sensitivity", "forecasts", "power", "regions"
QString viewKey(ChartView view);
QString viewTitle(ChartView view); // for tabs and menus
std::optional<ChartView> viewFromKey(const QString& key);

class ChartPage;
// The page that draws a view (the tornado for Sensitivity, the editions for Forecasts, GW for Power, bars
// for Regions).
ChartPage* createChartPage(ChartView view, QWidget* parent);

} // namespace gridshare::gui
