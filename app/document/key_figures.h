// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The end year's headline numbers as people read them, for the window's strip, presentation mode
// and the report: AI share, data-centre share, AI electricity, its cost, energy per request and
// household equivalents. With a pinned scenario, each also says how far it is from the first pin.

#include "document/scenario_snapshot.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace gridshare::gui {

struct KeyFigure {
    // "ai_share", "datacenter_share", "ai_twh", "cost", "wh_per_query", "households"; in gigawatts
    // "ai_avg_gw" takes the place of "ai_twh" and "datacenter_capacity_gw" that of "households".
    QString key;
    QString caption;
    QString value;
    QString detail;
    QString delta;  // "+1.2 points"; empty without a pinned scenario
    QString versus; // the pinned scenario it is compared with
};

// The figures in order; in gigawatts, AI's electricity reads as its average load and the household
// equivalents give way to the data-centre capacity, as grid planners count.
QList<KeyFigure> keyFigures(const ScenarioSnapshot& snapshot, const QLocale& locale, bool inGigawatts = false);

} // namespace gridshare::gui
