// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One immutable picture of the scenario for the pages: results, projections and citations.
// Pages draw from it and never reach back into the document.

#include "gridshare/analysis.h"
#include "gridshare/citations.h"
#include "gridshare/evaluation.h"
#include "gridshare/sobol.h"

#include <QString>

#include <QColor>

#include <array>
#include <memory>
#include <optional>

namespace gridshare::gui {

// A scenario kept on the charts for comparison ("Pin as baseline").
struct PinnedScenario {
    QString name;
    QColor colour;
    Evaluation evaluation; // without bands: a pinned line is the central estimate
};

struct ScenarioSnapshot {
    ResolvedScenario resolved; // every value, for analyses that ask the engine further questions
    Evaluation evaluation;
    std::vector<Sensitivity> sensitivities; // of the end year's AI share, largest swing first
    // Bands are computed off the GUI thread: until they arrive, evaluation.bands holds the previous
    // ones (or none) and this is true.
    bool bandsPending = false;
    // Which range drives the bands' spread (Sobol indices of the end year), computed after the
    // bands (they take ten times as long, and only the sensitivity view and the report show them):
    // empty without ranges, and while pending unless the same parameters were ranged before.
    std::optional<ScenarioSobol> sobol;
    bool sobolPending = false;
    QString scenarioName;
    QString regionName;
    bool subNational = false; // a grid inside a country (Virginia): its shares are not "national"
    QString currency;
    // The data the projections and citations point into (level meanings, sources), kept alive
    // by the snapshot while data replaced since is gone from the document.
    std::shared_ptr<const Dataset> data;
    std::vector<const Projection*> projections; // drawn for this region, by year
    CitationList citations;
    // What Reset returns each parameter to, and where that value comes from (exports' footers and
    // the report's parameter table).
    std::array<double, kParamCount> defaults{};
    std::array<Provenance, kParamCount> defaultProvenance{};
    std::vector<PinnedScenario> pinned; // oldest first; the key figures compare with the first

    // The scenario's name, or its region's while it has none (a new scenario not yet saved).
    QString displayName() const { return scenarioName.trimmed().isEmpty() ? regionName : scenarioName; }
    // "Name · Region", or the region alone for a scenario without a name.
    QString nameAndRegion() const
    {
        return displayName() == regionName ? regionName : scenarioName + QStringLiteral(" · ") + regionName;
    }

    bool isDefault(Param p) const { return resolved.values[p] == defaults[static_cast<std::size_t>(p)]; }
};

using SnapshotPtr = std::shared_ptr<const ScenarioSnapshot>;

} // namespace gridshare::gui
