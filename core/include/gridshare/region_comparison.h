// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One scenario's assumptions applied to other regions: each region keeps its own data (its grid,
// its data centres and the AI work on it in the base year, its prices and carbon), and takes the
// scenario's growth and per-request settings, so the regions' shares differ only by what the
// regions are.

#include "gridshare/dataset.h"
#include "gridshare/diagnostics.h"
#include "gridshare/resolve.h"

#include <string>
#include <vector>

namespace gridshare {

// Whether a parameter describes the region rather than the scenario's assumptions: national
// consumption and its growth, the base year's AI work and other data centres and the latter's
// growth, the electricity price and its growth, and the grid's carbon intensity and its decline.
bool isRegionData(Param p);

// The scenario for another region: that region's data (its defaults for every region parameter,
// its household consumption, prices converted to the scenario's currency) with the scenario's
// values for everything else, its years and no ranges.
Outcome<ResolvedScenario> withRegionData(const ResolvedScenario& scenario, const Dataset& data, const Region& region);

struct RegionShares {
    std::string region; // its id
    int baseYear = 0;
    int endYear = 0;
    double aiShareBase = 0; // fractions of the region's electricity
    double aiShareEnd = 0;
    double datacenterShareBase = 0;
    double datacenterShareEnd = 0;
};

struct RegionComparison {
    std::vector<RegionShares> regions; // in the order asked for
    // Regions the scenario's assumptions cannot be evaluated for (their data centres would use
    // more than the region's electricity in the base year), with why.
    std::vector<std::pair<std::string, Issues>> refused;
};

// The scenario evaluated for each region named (ids; unknown ones are left out), without bands: its
// own region as it is, every other one withRegionData.
RegionComparison compareRegions(const ResolvedScenario& scenario, const Dataset& data,
                                const std::vector<std::string>& regionIds);

// region,base_year,end_year,ai_share_base,ai_share_end,datacenter_share_base,datacenter_share_end
std::string toCsv(const RegionComparison& comparison);

} // namespace gridshare
