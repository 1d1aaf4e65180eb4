// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Everything the command line and the pages show for one scenario: the yearly results and, when
// the scenario has ranges, their uncertainty bands.

#include "gridshare/model.h"
#include "gridshare/monte_carlo.h"
#include "gridshare/resolve.h"
#include "gridshare/sobol.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gridshare {

struct Evaluation {
    std::string name;
    std::string region;
    std::string currency;
    int baseYear = 0;
    int endYear = 0;
    std::vector<YearResult> years;
    std::vector<YearBands> bands;       // empty when the scenario has no ranges
    std::optional<ScenarioSobol> sobol; // which range drives the spread; none without ranges
};

// The yearly results and, unless withBands is false, the bands and Sobol indices (the slow part).
Evaluation evaluate(const ResolvedScenario& scenario, bool withBands = true);

// The keys of the evaluate output, in output order, with their units; one table for the json
// and csv writers, the table writer and goal seek.
struct OutputSpec {
    std::string_view key;
    std::string_view unit;
    double YearResult::*field;
};
const std::vector<OutputSpec>& outputSpecs();
std::optional<OutputSpec> outputFromKey(std::string_view key);

} // namespace gridshare
