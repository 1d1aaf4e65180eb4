#pragma once
// One immutable picture of the scenario for the pages: results, projections and citations.
// Pages draw from it and never reach back into the document.

#include "gridshare/citations.h"
#include "gridshare/evaluation.h"

#include <QString>

#include <memory>

namespace gridshare::gui {

struct ScenarioSnapshot {
    Evaluation evaluation;
    QString scenarioName;
    QString regionName;
    QString currency;
    std::vector<const Projection*> projections; // published for this region, by year
    CitationList citations;
};

using SnapshotPtr = std::shared_ptr<const ScenarioSnapshot>;

} // namespace gridshare::gui
