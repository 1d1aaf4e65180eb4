// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the command line asks of the window, its screenshots and the headless export and report:
// the scenario to start from (one implementation with the commands: common/scenario_request) and
// the sizes and view.

#include "gui/charts/chart_views.h"

#include "common/scenario_request.h"

#include <QSize>
#include <QString>

#include <optional>

namespace gridshare::gui {

class ScenarioDocument;

// Opens the scenario the request names in the document: the file, preset or region (the default
// preset when only --set is given), then every --set of a parameter as one undoable step.
// Problems are printed with where they are; the result is the exit code, 0 when everything applied.
int applyScenarioRequest(const ScenarioRequest& request, ScenarioDocument& document);

// "1600x900" within the limits, or nullopt.
std::optional<QSize> parseSize(const QString& text, QSize smallest, QSize largest = QSize(8000, 8000));

// --view's value; prints the problem and returns nullopt when it names no view.
std::optional<ChartView> parseViewOption(const QString& text);

} // namespace gridshare::gui
