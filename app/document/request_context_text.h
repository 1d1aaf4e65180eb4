// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the headline request control means, beside volumes people know: "In 2024: 230 billion
// requests and 115 trillion generated tokens a day; 92 times ChatGPT's 2.5 billion prompts a day
// (worldwide, July 2025) [n]; ...". One sentence for the window, the report and presentations.

#include "document/scenario_snapshot.h"

#include <QLocale>
#include <QString>

namespace gridshare::gui {

// What the control is: the volume of all AI work, expressed as typical requests.
QString requestControlExplanation();

// The base year's requests and tokens against each reference volume for the world or the
// scenario's region, each with its scope, date and citation number; empty without a snapshot.
QString requestContextText(const ScenarioSnapshot& snapshot, const QLocale& locale);

} // namespace gridshare::gui
