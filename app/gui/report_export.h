// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The report: one PDF with the grid-share and energy charts, the key figures, every parameter with
// its value, unit, default and source, and the full citation list.

#include "scenario_snapshot.h"

#include <QByteArray>

namespace gridshare::gui {

// A4 portrait. Draws its own chart pages in the light palette, whatever the window uses.
QByteArray reportPdf(const ScenarioSnapshot& snapshot, const Dataset& data);

} // namespace gridshare::gui
