// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset_checks.h"

#include "gridshare/resolve.h"

#include <set>

namespace gridshare::detail {

void checkRegionReferences(const Dataset& d, const Region& region, const std::string& file, const std::string& at,
                           Issues& issues)
{
    auto fail = [&](const std::string& pointer, Message reason) {
        issues.push_back({pointer, std::move(reason), file});
    };
    auto checkProvenance = [&](const std::string& pointer, const Provenance& p) {
        if (!p.source.empty() && !d.source(p.source))
            fail(pointer + "/source", {GS_TRANSLATE_NOOP("Core", "no source has the id \"%1\""), {p.source}});
        if (!p.level.empty() && !d.levelMeanings.count(p.level))
            fail(pointer + "/level", {GS_TRANSLATE_NOOP("Core", "\"%1\" is not a verification level"), {p.level}});
    };
    if (!d.currency(region.currency))
        fail(at + "/currency", {GS_TRANSLATE_NOOP("Core", "no currency has the code \"%1\""), {region.currency}});
    checkProvenance(at + "/household_kwh_per_year", region.householdKwhPerYear.provenance);
    for (const auto& ps : paramSpecs())
        checkProvenance(at + "/parameters/" + std::string(ps.key), region.at(ps.param).provenance);
}

void checkReferences(const Dataset& d, const DataFileNames& names, Issues& issues)
{
    auto fail = [&](const std::string& file, const std::string& pointer, Message reason) {
        issues.push_back({pointer, std::move(reason), file});
    };
    auto checkProvenance = [&](const std::string& file, const std::string& pointer, const Provenance& p) {
        if (!p.source.empty() && !d.source(p.source))
            fail(file, pointer + "/source", {GS_TRANSLATE_NOOP("Core", "no source has the id \"%1\""), {p.source}});
        if (!p.level.empty() && !d.levelMeanings.count(p.level))
            fail(file, pointer + "/level",
                 {GS_TRANSLATE_NOOP("Core", "\"%1\" is not a verification level"), {p.level}});
    };

    // An id given twice would silently lose one of its entries to the other.
    auto unique = [&](const std::string& file, const auto& items, const char* list, const char* key, auto id) {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < items.size(); ++i)
            if (!seen.insert(items[i].*id).second)
                fail(file, "/" + std::string(list) + "/" + std::to_string(i) + "/" + key,
                     {GS_TRANSLATE_NOOP("Core", "\"%1\" appears twice"), {items[i].*id}});
    };
    unique(names.sources, d.sources, "sources", "id", &Source::id);
    unique(names.currencies, d.currencies, "currencies", "code", &Currency::code);
    unique(names.regions, d.regions, "regions", "id", &Region::id);
    unique(names.presets, d.presets, "presets", "id", &Preset::id);
    unique(names.projections, d.projections, "projections", "id", &Projection::id);

    for (std::size_t i = 0; i < d.sources.size(); ++i) {
        if (!d.levelMeanings.count(d.sources[i].level))
            fail(names.sources, "/sources/" + std::to_string(i) + "/level",
                 {GS_TRANSLATE_NOOP("Core", "not a verification level")});
    }
    for (std::size_t i = 0; i < d.regions.size(); ++i)
        checkRegionReferences(d, d.regions[i], names.regions, "/regions/" + std::to_string(i), issues);
    for (std::size_t i = 0; i < d.currencies.size(); ++i)
        checkProvenance(names.currencies, "/currencies/" + std::to_string(i) + "/per_usd",
                        d.currencies[i].perUsd.provenance);
    for (std::size_t i = 0; i < d.presets.size(); ++i) {
        const Preset& p = d.presets[i];
        const std::string at = "/presets/" + std::to_string(i);
        for (const auto& [param, value] : p.scenario.parameters)
            if (!p.provenance.count(param))
                fail(names.presets, at + "/provenance/" + std::string(spec(param).key),
                     {GS_TRANSLATE_NOOP("Core", "missing; every value a preset sets needs a source or an assumption")});
        for (const auto& [param, range] : p.scenario.ranges)
            if (!p.rangeProvenance.count(param))
                fail(names.presets, at + "/range_provenance/" + std::string(spec(param).key),
                     {GS_TRANSLATE_NOOP("Core", "missing; every range a preset sets needs a source or an assumption")});
        for (const auto& [param, provenance] : p.provenance)
            checkProvenance(names.presets, at + "/provenance/" + std::string(spec(param).key), provenance);
        for (const auto& [param, provenance] : p.rangeProvenance)
            checkProvenance(names.presets, at + "/range_provenance/" + std::string(spec(param).key), provenance);
        auto resolved = resolve(p.scenario, d);
        if (!resolved)
            for (const auto& issue : resolved.issues())
                fail(names.presets, at + "/scenario" + issue.pointer, issue.message);
    }
    if (!d.preset(d.defaultPreset))
        fail(names.presets, "/default", {GS_TRANSLATE_NOOP("Core", "no preset has the id \"%1\""), {d.defaultPreset}});
    for (std::size_t i = 0; i < d.projections.size(); ++i) {
        const Projection& p = d.projections[i];
        const std::string at = "/projections/" + std::to_string(i);
        if (!d.source(p.source))
            fail(names.projections, at + "/source",
                 {GS_TRANSLATE_NOOP("Core", "no source has the id \"%1\""), {p.source}});
        checkProvenance(names.projections, at, {p.source, p.level, {}, {}});
        if (!p.supersededBy.empty() && !d.source(p.supersededBy))
            fail(names.projections, at + "/superseded_by",
                 {GS_TRANSLATE_NOOP("Core", "no source has the id \"%1\""), {p.supersededBy}});
        if (!d.region(p.region))
            fail(names.projections, at + "/region",
                 {GS_TRANSLATE_NOOP("Core", "no region has the id \"%1\""), {p.region}});
    }
    for (std::size_t i = 0; i < d.referenceVolumes.size(); ++i) {
        const ReferenceVolume& v = d.referenceVolumes[i];
        const std::string at = "/reference_volumes/" + std::to_string(i);
        if (!d.source(v.source))
            fail(names.projections, at + "/source",
                 {GS_TRANSLATE_NOOP("Core", "no source has the id \"%1\""), {v.source}});
        checkProvenance(names.projections, at, {v.source, v.level, {}, {}});
        if (v.scope != "World" && !d.region(v.scope))
            fail(names.projections, at + "/scope",
                 {GS_TRANSLATE_NOOP("Core", "no region has the id \"%1\""), {v.scope}});
    }
    for (std::size_t i = 0; i < d.requestEnergy.size(); ++i) {
        const RequestEnergy& e = d.requestEnergy[i];
        const std::string at = "/energy_per_request/" + std::to_string(i);
        if (!d.source(e.source))
            fail(names.projections, at + "/source",
                 {GS_TRANSLATE_NOOP("Core", "no source has the id \"%1\""), {e.source}});
        checkProvenance(names.projections, at, {e.source, e.level, {}, {}});
    }
}

} // namespace gridshare::detail
