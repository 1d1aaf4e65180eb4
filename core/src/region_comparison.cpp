// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/region_comparison.h"

#include "gridshare/csv_reader.h"
#include "gridshare/evaluation.h"
#include "gridshare/text.h"

#include <sstream>

namespace gridshare {

bool isRegionData(Param p)
{
    switch (p) {
    case Param::QueriesPerDay: // the AI work on the region's grid in the base year
    case Param::OtherDcTwh:
    case Param::OtherDcGrowth:
    case Param::NationalTwh:
    case Param::DemandGrowth:
    case Param::PricePerKwh:
    case Param::PriceGrowth:
    case Param::CarbonGPerKwh:
    case Param::CarbonDecline:
        return true;
    default:
        return false;
    }
}

Outcome<ResolvedScenario> withRegionData(const ResolvedScenario& scenario, const Dataset& data, const Region& region)
{
    Scenario s;
    s.name = scenario.name;
    s.region = region.id;
    s.currency = scenario.currency;
    s.baseYear = scenario.baseYear;
    s.endYear = scenario.endYear;
    s.monteCarlo = scenario.monteCarlo;
    for (const ParamSpec& ps : paramSpecs())
        if (!isRegionData(ps.param))
            s.parameters[ps.param] = scenario.values[ps.param];
    return resolve(s, data);
}

RegionComparison compareRegions(const ResolvedScenario& scenario, const Dataset& data,
                                const std::vector<std::string>& regionIds)
{
    RegionComparison out;
    for (const std::string& id : regionIds) {
        const Region* region = data.region(id);
        if (!region)
            continue;
        // The scenario's own region as the scenario has it, values the person set included: its bar
        // is the share the other views show.
        const auto resolved = region->id == scenario.region ? Outcome<ResolvedScenario>(scenario)
                                                            : withRegionData(scenario, data, *region);
        if (!resolved) {
            out.refused.emplace_back(region->id, resolved.issues());
            continue;
        }
        const Evaluation e = evaluate(resolved.value(), false);
        const YearResult& first = e.years.front();
        const YearResult& last = e.years.back();
        out.regions.push_back({region->id, e.baseYear, e.endYear, first.aiShare, last.aiShare, first.datacenterShare,
                               last.datacenterShare});
    }
    return out;
}

std::string toCsv(const RegionComparison& comparison)
{
    std::ostringstream csv;
    csv << "region,base_year,end_year,ai_share_base,ai_share_end,datacenter_share_base,datacenter_share_end\n";
    for (const RegionShares& r : comparison.regions)
        csv << csvField(r.region) << ',' << r.baseYear << ',' << r.endYear << ',' << number17(r.aiShareBase) << ','
            << number17(r.aiShareEnd) << ',' << number17(r.datacenterShareBase) << ',' << number17(r.datacenterShareEnd)
            << '\n';
    return csv.str();
}

} // namespace gridshare
