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

// Which figure a KeyFigure is; in gigawatts AiAvgGw takes the place of AiTwh and
// DatacenterCapacityGw that of Households.
enum class FigureKey { AiShare, DatacenterShare, AiTwh, Cost, WhPerQuery, Households, AiAvgGw, DatacenterCapacityGw };

// "ai_share", "datacenter_share", "ai_twh", "cost", "wh_per_query", "households", "ai_avg_gw",
// "datacenter_capacity_gw": the figure's name in object names, for tests and accessibility tools.
QString figureKeyName(FigureKey key);

struct KeyFigure {
    FigureKey key;
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
