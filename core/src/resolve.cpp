// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/resolve.h"

#include "gridshare/model.h"
#include "gridshare/region_entry.h"
#include "gridshare/scenario_io.h"
#include "gridshare/text.h"

namespace gridshare {
namespace {

std::string knownIds(const std::vector<std::string>& ids)
{
    std::string list;
    for (const auto& id : ids)
        list += (list.empty() ? "" : ", ") + id;
    return list;
}

// Parameters that raise the base-year data-centre load when they rise; the others (throughput,
// utilization) lower it. Growth rates do not act at k = 0.
bool raisesBaseLoad(Param p)
{
    return p != Param::AcceleratorFlops && p != Param::Utilization;
}

// The largest base-year data-centre load and the smallest national total within the ranges:
// the load is monotonic in each parameter, so the corners are enough.
void checkRangeCorners(const ResolvedScenario& r, Issues& issues)
{
    if (r.ranges.empty())
        return;
    ParameterSet worst = r.values;
    for (const auto& [param, range] : r.ranges)
        worst[param] = (param == Param::NationalTwh || !raisesBaseLoad(param)) ? range.low : range.high;
    const double datacentres = baseYearDatacenterTwh(worst);
    if (datacentres >= worst[Param::NationalTwh])
        issues.push_back(
            {"/ranges",
             {GS_TRANSLATE_NOOP("Core", "at the ends of the ranges the base-year data centres (%1 TWh) reach "
                                        "national consumption (%2 TWh); narrow the ranges"),
              {shortestNumber(datacentres), shortestNumber(worst[Param::NationalTwh])}}});
}

Issue unknownCurrency(const std::string& code, const Dataset& data)
{
    std::vector<std::string> codes;
    for (const auto& c : data.currencies)
        codes.push_back(c.code);
    return {"/currency", {GS_TRANSLATE_NOOP("Core", "unknown currency \"%1\"; known: %2"), {code, knownIds(codes)}}};
}

} // namespace

std::string currencyOf(const Scenario& s, const Dataset& data)
{
    if (s.currency)
        return *s.currency;
    const Region* region = data.region(s.region);
    return region ? region->currency : "USD";
}

double regionDefault(const Dataset& data, const Region& region, const Currency& currency, Param p)
{
    const double value = region.at(p).value;
    if (p != Param::PricePerKwh || currency.code == region.currency)
        return value;
    const Currency* home = data.currency(region.currency);
    return home ? value * currency.perUsd.value / home->perUsd.value : value;
}

Outcome<Scenario> inCurrency(const Scenario& s, const Dataset& data, std::string_view code)
{
    const std::string fromCode = currencyOf(s, data);
    const Currency* from = data.currency(fromCode);
    const Currency* to = data.currency(code);
    if (!from || !to)
        return unknownCurrency(from ? std::string(code) : fromCode, data);
    Scenario out = s;
    out.currency = to->code;
    const double factor = to->perUsd.value / from->perUsd.value;
    if (const auto price = out.parameters.find(Param::PricePerKwh); price != out.parameters.end())
        price->second *= factor;
    if (const auto range = out.ranges.find(Param::PricePerKwh); range != out.ranges.end())
        range->second = {range->second.low * factor, range->second.high * factor};
    return out;
}

Outcome<ResolvedScenario> resolve(const Scenario& s, const Dataset& data)
{
    if (!s.regionData.empty()) {
        // The region the file carries wins over a local one of the same id: the file gives the
        // same numbers wherever it is opened.
        auto carried = dataWithCarriedRegion(s, data);
        if (!carried)
            return carried.issues();
        Scenario plain = s;
        plain.regionData.clear();
        return resolve(plain, carried.value());
    }
    Issues issues = checkScenarioValues(s);

    const Region* region = data.region(s.region);
    if (!region) {
        std::vector<std::string> ids;
        for (const auto& r : data.regions)
            ids.push_back(r.id);
        issues.push_back(
            {"/region",
             {GS_TRANSLATE_NOOP("Core", "unknown region \"%1\"; known regions: %2"), {s.region, knownIds(ids)}}});
    }
    const std::string currencyCode = currencyOf(s, data);
    const Currency* currency = data.currency(currencyCode);
    if (!currency)
        issues.push_back(unknownCurrency(currencyCode, data));
    if (!issues.empty() || !region || !currency)
        return issues;

    ResolvedScenario r;
    r.name = s.name;
    r.region = region->id;
    r.currency = currency->code;
    r.baseYear = s.baseYear.value_or(region->dataYear);
    r.endYear = s.endYear;
    r.householdKwhPerYear = region->householdKwhPerYear.value;
    r.ranges = s.ranges;
    r.monteCarlo = s.monteCarlo;
    for (const auto& ps : paramSpecs())
        r.values[ps.param] = regionDefault(data, *region, *currency, ps.param);
    // A default price converted at an exchange rate the person set can leave the valid range.
    const ParamSpec& price = spec(Param::PricePerKwh);
    if (const double converted = r.values[Param::PricePerKwh];
        !s.parameters.count(Param::PricePerKwh) && (converted < price.min || converted > price.max))
        issues.push_back(
            {"/currency",
             {GS_TRANSLATE_NOOP("Core", "the region's electricity price in %1 is %2 per kWh, outside the "
                                        "valid range %3 .. %4; check the exchange rate"),
              {r.currency, shortestNumber(converted), shortestNumber(price.min), shortestNumber(price.max)}}});
    for (const auto& [param, value] : s.parameters)
        r.values[param] = value;

    if (r.endYear <= r.baseYear)
        issues.push_back({"/end_year",
                          {GS_TRANSLATE_NOOP("Core", "%1 is not after the base year %2"),
                           {std::to_string(r.endYear), std::to_string(r.baseYear)}}});
    for (const auto& [param, range] : r.ranges) {
        const double central = r.values[param];
        if (central < range.low || central > range.high)
            issues.push_back({"/ranges/" + std::string(spec(param).key),
                              {GS_TRANSLATE_NOOP("Core", "[%1, %2] does not contain the central value %3"),
                               {shortestNumber(range.low), shortestNumber(range.high), shortestNumber(central)}}});
    }
    const double datacentres = baseYearDatacenterTwh(r.values);
    if (datacentres >= r.values[Param::NationalTwh])
        issues.push_back({"/parameters/national_twh",
                          {GS_TRANSLATE_NOOP("Core", "%1 TWh is not above the base-year data-centre total of %2 TWh"),
                           {shortestNumber(r.values[Param::NationalTwh]), shortestNumber(datacentres)}}});
    if (issues.empty())
        checkRangeCorners(r, issues);
    if (!issues.empty())
        return issues;
    return r;
}

namespace {
template <typename Map> void followPrice(Map& scenario, Map& baseline, const Map& converted)
{
    const auto now = converted.find(Param::PricePerKwh);
    const auto old = baseline.find(Param::PricePerKwh);
    if (now == converted.end() || old == baseline.end())
        return;
    if (const auto set = scenario.find(Param::PricePerKwh); set != scenario.end() && set->second == old->second)
        set->second = now->second;
    old->second = now->second;
}
} // namespace

void followConvertedPrice(Scenario& scenario, Scenario& baseline, const Scenario& converted)
{
    followPrice(scenario.parameters, baseline.parameters, converted.parameters);
    followPrice(scenario.ranges, baseline.ranges, converted.ranges);
}

} // namespace gridshare
