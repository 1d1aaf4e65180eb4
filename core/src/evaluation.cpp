// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/evaluation.h"

#include "gridshare/vector_state.h"

namespace gridshare {

Evaluation evaluate(const ResolvedScenario& s, bool withBands)
{
    clearUpperVectorState();
    Evaluation e;
    e.name = s.name;
    e.region = s.region;
    e.currency = s.currency;
    e.baseYear = s.baseYear;
    e.endYear = s.endYear;
    e.years = evaluateYears(s.values, s.householdKwhPerYear, s.baseYear, s.endYear);
    if (withBands && !s.ranges.empty()) {
        e.bands = monteCarloBands(s);
        e.sobol = sobolIndices(s);
    }
    return e;
}

const std::vector<OutputSpec>& outputSpecs()
{
    static const std::vector<OutputSpec> specs{
        {"queries_per_day", "requests/day", &YearResult::queriesPerDay},
        {"wh_per_query", "Wh", &YearResult::whPerQuery},
        {"inference_twh", "TWh/yr", &YearResult::inferenceTwh},
        {"training_twh", "TWh/yr", &YearResult::trainingTwh},
        {"ai_twh", "TWh/yr", &YearResult::aiTwh},
        {"other_dc_twh", "TWh/yr", &YearResult::otherDcTwh},
        {"datacenter_twh", "TWh/yr", &YearResult::datacenterTwh},
        {"national_twh", "TWh/yr", &YearResult::nationalTwh},
        {"ai_share", "fraction", &YearResult::aiShare},
        {"datacenter_share", "fraction", &YearResult::datacenterShare},
        {"cost", "currency/yr", &YearResult::cost},
        {"water_m3", "m3/yr", &YearResult::waterM3},
        {"co2_mt", "MtCO2e/yr", &YearResult::co2Mt},
        {"households", "households", &YearResult::households},
        {"ai_avg_gw", "GW", &YearResult::aiAvgGw},
        {"datacenter_avg_gw", "GW", &YearResult::datacenterAvgGw},
        {"datacenter_capacity_gw", "GW", &YearResult::datacenterCapacityGw},
        {"accelerators", "accelerators", &YearResult::accelerators},
        {"tokens_per_day", "tokens/day", &YearResult::tokensPerDay},
    };
    return specs;
}

std::optional<OutputSpec> outputFromKey(std::string_view key)
{
    for (const auto& s : outputSpecs())
        if (s.key == key)
            return s;
    return std::nullopt;
}

} // namespace gridshare
