// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A picture part way between two snapshots, so presentation mode can move the chart smoothly from
// one scenario to the next instead of cutting.

#include "document/scenario_snapshot.h"

namespace gridshare::gui {

// to, with every yearly number (and band) moved from from's value by the fraction t of the way:
// t = 0 gives from's numbers, t = 1 gives to's. Years only one of them has take to's numbers.
ScenarioSnapshot blendSnapshots(const ScenarioSnapshot& from, const ScenarioSnapshot& to, double t);

} // namespace gridshare::gui
