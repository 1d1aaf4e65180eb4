#pragma once
// One immutable picture of the scenario for the pages: results, projections and citations.
// Pages draw from it and never reach back into the document.

#include "gridshare/analysis.h"
#include "gridshare/citations.h"
#include "gridshare/evaluation.h"

#include <QString>

#include <memory>

namespace gridshare::gui {

struct ScenarioSnapshot {
    ResolvedScenario resolved; // every value, for analyses that ask the engine further questions
    Evaluation evaluation;
    std::vector<Sensitivity> sensitivities; // of the end year's AI share, largest swing first
    // Bands are computed off the GUI thread: until they arrive, evaluation.bands holds the previous
    // ones (or none) and this is true.
    bool bandsPending = false;
    QString scenarioName;
    QString regionName;
    QString currency;
    std::vector<const Projection*> projections; // published for this region, by year
    CitationList citations;
};

using SnapshotPtr = std::shared_ptr<const ScenarioSnapshot>;

} // namespace gridshare::gui
