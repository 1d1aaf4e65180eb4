// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/model.h"

#include "gridshare/vector_state.h"

#include <algorithm>
#include <cmath>

namespace gridshare {
namespace {

// pow(x, 0) is exactly 1: the base year skips the call (the results are the same bits).
double grow(double x, double rate, int k)
{
    return k == 0 ? x : x * std::pow(1 + rate, k);
}

double inferenceTwh(const ParameterSet& p, int k)
{
    const double queries = grow(p[Param::QueriesPerDay], p[Param::QueryGrowth], k);
    return queries * kDaysPerYear * whPerQuery(p, k) / 1e12;
}

double aiTwhFromInference(const ParameterSet& p, double inference)
{
    const double training = inference * p[Param::TrainingShare] / (1 - p[Param::TrainingShare]);
    return inference + training;
}

} // namespace

double whPerQuery(const ParameterSet& p, int k)
{
    clearUpperVectorState();
    const double activeParams = grow(p[Param::ActiveParamsBillion], p[Param::ModelGrowth], k) * 1e9;
    const double tokens = grow(p[Param::TokensPerQuery], p[Param::TokensGrowth], k);
    const double joulesPerFlop =
        p[Param::AcceleratorPowerW] / grow(p[Param::AcceleratorFlops], p[Param::EfficiencyGain], k);
    const double joules =
        2 * activeParams * tokens / p[Param::Utilization] * joulesPerFlop * p[Param::PowerFraction] * p[Param::Pue];
    return joules / 3600;
}

double baseYearAiTwh(const ParameterSet& p)
{
    return aiTwhFromInference(p, inferenceTwh(p, 0));
}

double baseYearDatacenterTwh(const ParameterSet& p)
{
    return baseYearAiTwh(p) + p[Param::OtherDcTwh];
}

YearResult evaluateYear(const ParameterSet& p, double householdKwhPerYear, int baseYear, int k)
{
    clearUpperVectorState();
    YearResult r;
    r.year = baseYear + k;
    r.queriesPerDay = grow(p[Param::QueriesPerDay], p[Param::QueryGrowth], k);
    r.whPerQuery = whPerQuery(p, k);
    r.inferenceTwh = r.queriesPerDay * kDaysPerYear * r.whPerQuery / 1e12;
    r.trainingTwh = r.inferenceTwh * p[Param::TrainingShare] / (1 - p[Param::TrainingShare]);
    r.aiTwh = r.inferenceTwh + r.trainingTwh;
    r.otherDcTwh = grow(p[Param::OtherDcTwh], p[Param::OtherDcGrowth], k);
    r.datacenterTwh = r.aiTwh + r.otherDcTwh;
    const double restOfDemand = p[Param::NationalTwh] - baseYearDatacenterTwh(p);
    r.nationalTwh = grow(restOfDemand, p[Param::DemandGrowth], k) + r.datacenterTwh;
    r.aiShare = r.aiTwh / r.nationalTwh;
    r.datacenterShare = r.datacenterTwh / r.nationalTwh;
    const double aiKwh = r.aiTwh * 1e9;
    r.cost = grow(aiKwh * p[Param::PricePerKwh], p[Param::PriceGrowth], k);
    r.waterM3 = aiKwh * p[Param::WaterLPerKwh] / 1000;
    r.co2Mt = aiKwh * p[Param::CarbonGPerKwh] * std::pow(1 - p[Param::CarbonDecline], k) / 1e12;
    r.households = aiKwh / householdKwhPerYear;
    // 1 TWh a year is 1e12 Wh over 8,760 hours: 1/8.76 GW on average.
    r.aiAvgGw = r.aiTwh * 1e3 / kHoursPerYear;
    r.datacenterAvgGw = r.datacenterTwh * 1e3 / kHoursPerYear;
    r.datacenterCapacityGw = r.datacenterAvgGw / p[Param::DcLoadFactor];
    // Each accelerator draws its base-year power: efficiency gains make it do more work, not draw less.
    const double wattsPerAccelerator = p[Param::AcceleratorPowerW] * p[Param::PowerFraction] * p[Param::Pue];
    r.accelerators = r.aiTwh * 1e12 / kHoursPerYear / wattsPerAccelerator;
    r.tokensPerDay = r.queriesPerDay * grow(p[Param::TokensPerQuery], p[Param::TokensGrowth], k);
    return r;
}

std::vector<YearResult> evaluateYears(const ParameterSet& p, double householdKwhPerYear, int baseYear, int endYear)
{
    clearUpperVectorState(); // before the vector is allocated and the years are computed
    std::vector<YearResult> years;
    const int count = endYear - baseYear + 1;
    years.reserve(static_cast<std::size_t>(std::max(count, 0)));
    for (int k = 0; baseYear + k <= endYear; ++k)
        years.push_back(evaluateYear(p, householdKwhPerYear, baseYear, k));
    return years;
}

} // namespace gridshare
