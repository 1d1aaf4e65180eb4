// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Compare menu's "Compare Regions" submenu: which share the Compare regions view shows, and a
// checkable list of the regions it compares, kept in the settings.

#include <functional>

class QMenu;
class QWidget;

namespace gridshare {
class Dataset;
}

namespace gridshare::gui {

class RegionsChartPage;
class Settings;

// Sets the page from the settings and returns the submenu; each choice updates both and calls
// redisplay. The list is filled as the menu opens, so it follows the regions the data has then.
QMenu* regionComparisonMenu(RegionsChartPage* page, Settings* settings, std::function<const Dataset&()> data,
                            std::function<void()> redisplay, QWidget* parent);

} // namespace gridshare::gui
