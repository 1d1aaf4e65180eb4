#pragma once
// The views of a scenario, with the names the command line uses for them.

#include <QString>

#include <array>
#include <optional>

namespace gridshare::gui {

enum class ChartView { Share, Energy, Cost, PerQuery, Water };

inline constexpr std::array<ChartView, 5> kChartViews{ChartView::Share, ChartView::Energy, ChartView::Cost,
                                                      ChartView::PerQuery, ChartView::Water};

QString viewKey(ChartView view);   // "share", "energy", "cost", "per-query", "water"
QString viewTitle(ChartView view); // for tabs and menus
std::optional<ChartView> viewFromKey(const QString& key);

} // namespace gridshare::gui
