// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The views of a scenario, with the names the command line uses for them.

#include <QString>

class QWidget;

#include <array>
#include <optional>

namespace gridshare::gui {

enum class ChartView { Share, Energy, Cost, PerQuery, Water, Sensitivity, Forecasts, Power };

inline constexpr std::array<ChartView, 8> kChartViews{ChartView::Share,    ChartView::Energy,      ChartView::Cost,
                                                      ChartView::PerQuery, ChartView::Water,       ChartView::Sensitivity,
                                                      ChartView::Forecasts, ChartView::Power};

// "share", "energy", "cost", "per-query", "water", "sensitivity", "forecasts", "power"
QString viewKey(ChartView view);
QString viewTitle(ChartView view); // for tabs and menus
std::optional<ChartView> viewFromKey(const QString& key);

class ChartPage;
// The page that draws a view (the tornado for Sensitivity, the editions for Forecasts, GW for Power).
ChartPage* createChartPage(ChartView view, QWidget* parent);

} // namespace gridshare::gui
