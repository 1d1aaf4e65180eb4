// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Compare menu's "Compare Regions" submenu: which share the Compare regions view shows, and a
// checkable list of the regions it compares, kept in the settings.

class QMenu;
class QWidget;

namespace gridshare::gui {

class RegionsChartPage;
class ScenarioDocument;
class Settings;

// Sets the page from the settings and returns the submenu; each choice updates both, and the page
// redraws (when it is shown). The list is filled as the menu opens, so it follows the regions the
// document's data has then.
QMenu* regionComparisonMenu(RegionsChartPage* page, Settings* settings, const ScenarioDocument* document,
                            QWidget* parent);

} // namespace gridshare::gui
