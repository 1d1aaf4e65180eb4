// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/document_state.h"

#include "gridshare/citations.h"
#include "gridshare/resolve.h"

namespace gridshare::gui {

const Preset* presetOf(const DocumentState& state, const Dataset& data)
{
    return state.presetId.empty() ? nullptr : data.preset(state.presetId);
}

const Region& regionOf(const DocumentState& state, const Dataset& data)
{
    const Region* r = data.region(state.scenario.region);
    return r ? *r : data.regions.front();
}

QString currencyCodeOf(const DocumentState& state, const Dataset& data)
{
    return QString::fromStdString(state.scenario.currency.value_or(regionOf(state, data).currency));
}

namespace {

// The baseline's own value, else the region's default in the scenario's currency.
double defaultIn(const DocumentState& state, const Dataset& data, const Region& region, const Currency* currency,
                 Param p)
{
    const auto it = state.baseline.parameters.find(p);
    if (it != state.baseline.parameters.end())
        return it->second;
    return currency ? regionDefault(data, region, *currency, p) : region.at(p).value;
}

const Currency* currencyOf(const DocumentState& state, const Dataset& data)
{
    return data.currency(currencyCodeOf(state, data).toStdString());
}

} // namespace

double defaultOf(const DocumentState& state, const Dataset& data, Param p)
{
    return defaultIn(state, data, regionOf(state, data), currencyOf(state, data), p);
}

Provenance defaultProvenanceOf(const DocumentState& state, const Dataset& data, Param p)
{
    return defaultProvenance(presetOf(state, data), regionOf(state, data), p);
}

Defaults defaultsOf(const DocumentState& state, const Dataset& data)
{
    const Region& region = regionOf(state, data);
    const Preset* preset = presetOf(state, data);
    const Currency* currency = currencyOf(state, data);
    Defaults defaults;
    for (const auto& ps : paramSpecs()) {
        const auto i = static_cast<std::size_t>(ps.param);
        defaults.values[i] = defaultIn(state, data, region, currency, ps.param);
        defaults.provenance[i] = defaultProvenance(preset, region, ps.param);
    }
    return defaults;
}

double valueOf(const DocumentState& state, const Dataset& data, Param p)
{
    const auto it = state.scenario.parameters.find(p);
    return it != state.scenario.parameters.end() ? it->second : defaultOf(state, data, p);
}

} // namespace gridshare::gui
