// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/snapshot_builder.h"

#include "common/data_text.h"

#include "gridshare/projections.h"
#include "gridshare/resolve.h"

#include <algorithm>

namespace gridshare::gui {

namespace {

// Whether Sobol indices computed before still name the parameters that are ranged now.
bool sameRangedParameters(const ScenarioSobol& sobol, const ResolvedScenario& resolved)
{
    if (sobol.parameters.size() != resolved.ranges.size())
        return false;
    return std::all_of(sobol.parameters.begin(), sobol.parameters.end(),
                       [&](const ParameterSobol& p) { return resolved.ranges.count(p.param) > 0; });
}

// Every figure behind the values a view can show has a number in the sources list.
CitationList citationsOf(const DocumentState& state, const Dataset& data, const ScenarioSnapshot& snapshot)
{
    std::vector<Provenance> behindValues(snapshot.defaultProvenance.begin(), snapshot.defaultProvenance.end());
    behindValues.push_back(regionOf(state, data).householdKwhPerYear.provenance);
    // Every projection for the region, for views that draw more than the share chart.
    for (const Projection* p : allProjectionsFor(data, state.scenario.region))
        behindValues.push_back({p->source, p->level, {}, {}});
    // The per-request evidence the Energy per request view draws.
    for (const RequestEnergy& e : data.requestEnergy)
        behindValues.push_back({e.source, e.level, {}, {}});
    // The volumes the request control is set beside.
    for (const ReferenceVolume& v : data.referenceVolumes)
        if (v.scope == "World" || v.scope == state.scenario.region)
            behindValues.push_back({v.source, v.level, {}, {}});
    return citationsFor(data, snapshot.projections, behindValues);
}

} // namespace

BuiltSnapshot buildSnapshot(const DocumentState& state, const std::shared_ptr<const Dataset>& data,
                            const std::vector<PinnedScenario>& pinned, const ScenarioSnapshot* previous)
{
    auto resolved = resolve(state.scenario, *data);
    if (!resolved)
        return {nullptr, resolved.issues()};
    auto snapshot = std::make_shared<ScenarioSnapshot>();
    snapshot->resolved = resolved.value();
    snapshot->evaluation = evaluate(snapshot->resolved, false);
    if (!snapshot->resolved.ranges.empty()) {
        // The last bands stay on screen while new ones are computed, so a drag does not flicker.
        if (previous && previous->evaluation.bands.size() == snapshot->evaluation.years.size()
            && previous->evaluation.baseYear == snapshot->evaluation.baseYear)
            snapshot->evaluation.bands = previous->evaluation.bands;
        if (previous && previous->sobol && sameRangedParameters(*previous->sobol, snapshot->resolved))
            snapshot->sobol = previous->sobol;
        snapshot->bandsPending = true;
        snapshot->sobolPending = true;
    }
    snapshot->sensitivities = sensitivities(snapshot->resolved, *outputFromKey("ai_share"), snapshot->resolved.endYear);
    const Region& region = regionOf(state, *data);
    snapshot->scenarioName = QString::fromStdString(state.scenario.name);
    snapshot->regionName = regionName(region);
    snapshot->subNational = region.group == "sub-national";
    snapshot->currency = QString::fromStdString(snapshot->resolved.currency);
    snapshot->data = data;
    snapshot->projections = projectionsFor(*data, state.scenario.region, snapshot->evaluation.endYear);
    const Defaults defaults = defaultsOf(state, *data);
    snapshot->defaults = defaults.values;
    snapshot->defaultProvenance = defaults.provenance;
    snapshot->citations = citationsOf(state, *data, *snapshot);
    snapshot->pinned = pinned;
    return {std::move(snapshot), {}};
}

} // namespace gridshare::gui
