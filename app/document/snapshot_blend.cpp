// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/snapshot_blend.h"

namespace gridshare::gui {
namespace {

constexpr double YearResult::*kYearFields[] = {&YearResult::queriesPerDay,
                                               &YearResult::whPerQuery,
                                               &YearResult::inferenceTwh,
                                               &YearResult::trainingTwh,
                                               &YearResult::aiTwh,
                                               &YearResult::otherDcTwh,
                                               &YearResult::datacenterTwh,
                                               &YearResult::nationalTwh,
                                               &YearResult::aiShare,
                                               &YearResult::datacenterShare,
                                               &YearResult::cost,
                                               &YearResult::waterM3,
                                               &YearResult::co2Mt,
                                               &YearResult::households,
                                               &YearResult::aiAvgGw,
                                               &YearResult::datacenterAvgGw,
                                               &YearResult::datacenterCapacityGw,
                                               &YearResult::accelerators,
                                               &YearResult::tokensPerDay};

double mix(double a, double b, double t)
{
    return a + (b - a) * t;
}

Band mix(const Band& a, const Band& b, double t)
{
    return {mix(a.p10, b.p10, t), mix(a.p50, b.p50, t), mix(a.p90, b.p90, t)};
}

} // namespace

ScenarioSnapshot blendSnapshots(const ScenarioSnapshot& from, const ScenarioSnapshot& to, double t)
{
    ScenarioSnapshot out = to;
    for (std::size_t i = 0; i < out.evaluation.years.size(); ++i) {
        YearResult& y = out.evaluation.years[i];
        for (const YearResult& before : from.evaluation.years) {
            if (before.year != y.year)
                continue;
            for (auto field : kYearFields)
                y.*field = mix(before.*field, y.*field, t);
        }
    }
    // Bands blend only when both have them for the same years; otherwise they appear at the end.
    if (from.evaluation.bands.size() == to.evaluation.bands.size()
        && from.evaluation.baseYear == to.evaluation.baseYear) {
        for (std::size_t i = 0; i < out.evaluation.bands.size(); ++i) {
            YearBands& b = out.evaluation.bands[i];
            const YearBands& a = from.evaluation.bands[i];
            b.aiShare = mix(a.aiShare, b.aiShare, t);
            b.datacenterShare = mix(a.datacenterShare, b.datacenterShare, t);
            b.aiTwh = mix(a.aiTwh, b.aiTwh, t);
        }
    } else if (t < 1) {
        out.evaluation.bands.clear();
    }
    return out;
}

} // namespace gridshare::gui
