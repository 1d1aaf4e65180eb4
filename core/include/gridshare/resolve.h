// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A scenario with every parameter filled in from its region, checked as a whole: the last step
// before evaluation, so nothing is ever computed from an invalid scenario.

#include "gridshare/dataset.h"
#include "gridshare/diagnostics.h"
#include "gridshare/scenario.h"

namespace gridshare {

struct ResolvedScenario {
    std::string name;
    std::string region;
    std::string currency;
    int baseYear = 2024;
    int endYear = kDefaultEndYear;
    ParameterSet values;
    double householdKwhPerYear = 0;
    std::map<Param, Range> ranges;
    MonteCarloSettings monteCarlo;
};

// The currency a scenario's money is in: its own, else its region's, else the US dollar.
std::string currencyOf(const Scenario& scenario, const Dataset& data);

// The region's default for one parameter, with prices converted to the scenario's currency.
double regionDefault(const Dataset& data, const Region& region, const Currency& currency, Param p);

Outcome<ResolvedScenario> resolve(const Scenario& scenario, const Dataset& data);

// The same scenario with its money in another currency: a price it sets (and its range) is
// converted at the currencies' rates to the US dollar, so every cost changes by the exchange rate
// and nothing else does. Unknown currencies are refused.
Outcome<Scenario> inCurrency(const Scenario& scenario, const Dataset& data, std::string_view code);

// New exchange rates for a scenario that started from a preset: the baseline's price (the preset's,
// converted to the baseline's currency) moves to `converted`, the preset's price converted again at
// the new rates, and the scenario's price moves with it only while the person has left it there. A
// price (or price range) the person set stays as set, in the scenario's currency.
void followConvertedPrice(Scenario& scenario, Scenario& baseline, const Scenario& converted);

} // namespace gridshare
