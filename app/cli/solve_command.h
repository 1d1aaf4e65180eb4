#pragma once
// `gridshare solve`: the value of one parameter that makes an output reach a target in a year.

#include "scenario_assembly.h"

namespace gridshare::cli {

struct SolveRequest {
    ScenarioRequest scenario;
    QString vary;   // a parameter key
    QString target; // OUTPUT=VALUE
    QString year;   // empty: the end year
};

int solveCommand(const SolveRequest& request, const Dataset& data);

} // namespace gridshare::cli
