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

double defaultOf(const DocumentState& state, const Dataset& data, Param p)
{
    const auto it = state.baseline.parameters.find(p);
    if (it != state.baseline.parameters.end())
        return it->second;
    const Region& region = regionOf(state, data);
    const Currency* c = data.currency(currencyCodeOf(state, data).toStdString());
    return c ? regionDefault(data, region, *c, p) : region.at(p).value;
}

Provenance defaultProvenanceOf(const DocumentState& state, const Dataset& data, Param p)
{
    return defaultProvenance(presetOf(state, data), regionOf(state, data), p);
}

double valueOf(const DocumentState& state, const Dataset& data, Param p)
{
    const auto it = state.scenario.parameters.find(p);
    return it != state.scenario.parameters.end() ? it->second : defaultOf(state, data, p);
}

} // namespace gridshare::gui
