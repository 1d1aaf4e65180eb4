// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/data_edition.h"

#include "gridshare/region_entry.h"
#include "gridshare/resolve.h"

#include <cmath>

namespace gridshare {
namespace {

// Equal up to the last digits a file's 17 significant digits can lose.
bool same(double a, double b)
{
    return a == b || std::abs(a - b) <= 1e-12 * std::max(std::abs(a), std::abs(b));
}

} // namespace

std::string editionText(const DataEdition& edition)
{
    if (edition.version.empty())
        return {};
    return edition.asOf.empty() ? edition.version : edition.version + " (as of " + edition.asOf + ")";
}

Scenario withUsedDefaults(const Scenario& scenario, const Dataset& data)
{
    Scenario s = scenario;
    s.dataEdition = data.edition.version;
    s.usedDefaults.clear();
    s.regionData.clear();
    const Region* region = data.region(s.region);
    const Currency* currency = data.currency(currencyOf(s, data));
    if (!region || !currency)
        return s;
    // A region of the person's own travels with the file, so it opens the same elsewhere.
    if (isOwnRegion(*region))
        s.regionData = regionToJson(*region).dump();
    for (const auto& ps : paramSpecs())
        if (!s.parameters.count(ps.param))
            s.usedDefaults[ps.param] = regionDefault(data, *region, *currency, ps.param);
    return s;
}

MovedDefaults movedDefaults(const Scenario& saved, const Dataset& data)
{
    MovedDefaults result;
    const Region* region = data.region(saved.region);
    const Currency* currency = data.currency(currencyOf(saved, data));
    if (!region || !currency)
        return result;
    std::map<Param, double> record = saved.usedDefaults;
    if (record.empty() && saved.dataEdition.empty() && !data.earlierEditions.empty()) {
        const EarlierEdition& oldest = data.earlierEditions.front();
        const auto values = oldest.defaults.find(saved.region);
        if (values == oldest.defaults.end())
            return result;
        record = values->second;
        // Prices are recorded in the region's currency; the scenario's may differ.
        if (const auto price = record.find(Param::PricePerKwh); price != record.end()) {
            const Currency* home = data.currency(region->currency);
            if (home && home != currency)
                price->second *= currency->perUsd.value / home->perUsd.value;
        }
        result.savedEdition = oldest.edition;
    } else {
        result.savedEdition.version = saved.dataEdition;
        for (const auto& earlier : data.earlierEditions)
            if (earlier.edition.version == saved.dataEdition)
                result.savedEdition = earlier.edition;
        if (saved.dataEdition == data.edition.version)
            result.savedEdition = data.edition;
    }
    for (const auto& [param, value] : record) {
        if (saved.parameters.count(param))
            continue;
        const double now = regionDefault(data, *region, *currency, param);
        if (!same(value, now))
            result.moved.push_back({param, value, now, region->at(param).provenance});
    }
    return result;
}

Scenario keepingSavedValues(Scenario scenario, const std::vector<MovedDefault>& moved)
{
    for (const MovedDefault& m : moved)
        scenario.parameters[m.param] = m.saved;
    return scenario;
}

} // namespace gridshare
