// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a claim requires and what drives a result: goal seek over one parameter, and the
// sensitivity of one output to every parameter (the tornado).

#include "gridshare/evaluation.h"

#include <optional>
#include <vector>

namespace gridshare {

// The value of one output in one year for a full set of parameters.
double outputAt(const ResolvedScenario& scenario, const OutputSpec& output, int year);

struct GoalSeekResult {
    std::optional<double> value; // the parameter value that meets the target, nearest the current one
    double reachableLow = 0;     // the output's range over the parameter's valid range (from a scan)
    double reachableHigh = 0;
};

// Finds the value of `vary` (within its valid range) at which `output` in `year` equals `target`.
// The range is scanned (in log steps where it spans orders of magnitude) for sign changes, each
// is bisected, and the root nearest the current value is returned. Values that make the scenario
// invalid (data centres above national use) are skipped.
GoalSeekResult goalSeek(const ResolvedScenario& scenario, Param vary, const OutputSpec& output, int year,
                        double target);

struct Sensitivity {
    Param param;
    double low; // the parameter values tried
    double high;
    double outputLow; // the output at each
    double outputHigh;
    bool fromRange; // true: the scenario's range; false: plus and minus the stated percentage

    double swing() const { return std::abs(outputHigh - outputLow); }
};

// Each parameter moved to the low and high ends of its range; without a range, levels move by
// +-levelFraction of their value and growth rates by +-rateStep (absolute: 20% of a 0% rate would
// not move at all), clamped to the valid range. Everything else is held. Sorted by swing, largest
// first; parameters that do not move the output are left out.
inline constexpr double kSensitivityLevelFraction = 0.2;
inline constexpr double kSensitivityRateStep = 0.1;

// The span a parameter without a range is moved over: levels +-levelFraction of their value,
// growth rates +-rateStep, clamped to the valid range. Also the first range the window suggests.
Range defaultSpan(Param p, double value, double levelFraction = kSensitivityLevelFraction,
                  double rateStep = kSensitivityRateStep);
std::vector<Sensitivity> sensitivities(const ResolvedScenario& scenario, const OutputSpec& output, int year,
                                       double levelFraction = kSensitivityLevelFraction,
                                       double rateStep = kSensitivityRateStep);

} // namespace gridshare
