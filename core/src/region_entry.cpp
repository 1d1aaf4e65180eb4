// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/region_entry.h"

#include "json_reader.h"

#include "gridshare/parameters.h"
#include "gridshare/strict_json.h"

#include <algorithm>

namespace gridshare {
namespace {

using nlohmann::json;

json sourcedToJson(const SourcedValue& v)
{
    json j;
    j["value"] = v.value;
    const Provenance& p = v.provenance;
    if (p.isAssumption()) {
        j["assumption"] = p.assumption;
    } else {
        j["source"] = p.source;
        j["level"] = p.level;
    }
    if (!p.note.empty())
        j["note"] = p.note;
    return j;
}

} // namespace

json regionToJson(const Region& region)
{
    json j;
    j["id"] = region.id;
    j["name"] = region.name;
    if (!region.nameZh.empty())
        j["name_zh"] = region.nameZh;
    j["currency"] = region.currency;
    j["data_year"] = region.dataYear;
    if (!region.group.empty())
        j["group"] = region.group;
    if (!region.note.empty())
        j["note"] = region.note;
    j["household_kwh_per_year"] = sourcedToJson(region.householdKwhPerYear);
    json parameters = json::object();
    for (const auto& ps : paramSpecs())
        parameters[std::string(ps.key)] = sourcedToJson(region.at(ps.param));
    j["parameters"] = std::move(parameters);
    return j;
}

Dataset withRegion(const Dataset& data, const Region& region)
{
    Dataset d = data;
    const auto same =
        std::find_if(d.regions.begin(), d.regions.end(), [&](const Region& r) { return r.id == region.id; });
    if (same != d.regions.end())
        *same = region;
    else
        d.regions.push_back(region);
    return d;
}

Outcome<std::string> regionsFileWith(const std::optional<std::string>& existing, const Region& region)
{
    json doc = {{"format", "gridshare-regions"}, {"version", 2}, {"regions", json::array()}};
    if (existing) {
        auto parsed = parseStrictJson(*existing);
        if (!parsed)
            return parsed.issues();
        doc = std::move(parsed).value();
        if (!doc.is_object())
            return Issue{"",
                         Message{GS_TRANSLATE_NOOP("Core", "must be an object, not %1")}.arg(detail::typeName(doc))};
        if (doc.value("format", json()) != "gridshare-regions")
            return Issue{"/format", {GS_TRANSLATE_NOOP("Core", "expected \"%1\""), {"gridshare-regions"}}};
        if (!doc.contains("regions"))
            doc["regions"] = json::array();
        if (!doc.at("regions").is_array())
            return Issue{"/regions", Message{GS_TRANSLATE_NOOP("Core", "must be a list, not %1")}.arg(
                                         detail::typeName(doc.at("regions")))};
    }
    json& regions = doc.at("regions");
    const auto same = std::find_if(regions.begin(), regions.end(), [&](const json& entry) {
        return entry.is_object() && entry.value("id", json()) == region.id;
    });
    if (same != regions.end())
        *same = regionToJson(region);
    else
        regions.push_back(regionToJson(region));
    return doc.dump(2) + "\n";
}

Outcome<Dataset> dataWithCarriedRegion(const Scenario& scenario, const Dataset& data)
{
    if (scenario.regionData.empty())
        return data;
    auto entry = parseStrictJson(scenario.regionData);
    if (!entry)
        return Issue{"/region_data", {GS_TRANSLATE_NOOP("Core", "must be an object")}};
    auto region = parseRegionEntry(data, entry.value(), "", "/region_data");
    if (!region)
        return region.issues();
    if (region.value().id != scenario.region)
        return Issue{"/region_data/id",
                     {GS_TRANSLATE_NOOP("Core", "is \"%1\", but the scenario's region is \"%2\""),
                      {region.value().id, scenario.region}}};
    return withRegion(data, region.value());
}

bool isOwnRegion(const Region& region)
{
    const Region* builtin = Dataset::builtin().region(region.id);
    return !builtin || regionToJson(*builtin) != regionToJson(region);
}

} // namespace gridshare
