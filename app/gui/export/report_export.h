// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The report: one PDF with the charts, the key figures, what the scenario implies, every parameter
// with its value, unit, default and source, and the full citation list.

#include "document/scenario_snapshot.h"

#include <QByteArray>

namespace gridshare::gui {

// A4 portrait. Draws its own chart pages in the light palette, whatever the window uses. The key
// figures are in GW as the window's with View > Key Figures in GW.
QByteArray reportPdf(const ScenarioSnapshot& snapshot, const Dataset& data, bool keyFiguresInGigawatts);

} // namespace gridshare::gui
