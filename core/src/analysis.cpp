// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/analysis.h"

#include "gridshare/vector_state.h"

#include <algorithm>
#include <cmath>

namespace gridshare {
namespace {

constexpr int kScanPoints = 400;
constexpr int kBisections = 200;

bool wideRange(const ParamSpec& s)
{
    return s.min > 0 && s.max / s.min > 100;
}

double scanPoint(const ParamSpec& s, int i)
{
    const double t = static_cast<double>(i) / kScanPoints;
    if (wideRange(s))
        return s.min * std::pow(s.max / s.min, t);
    if (s.min == 0 && s.max > 1000) // 0 .. 1e13 and alike: zero, then log steps from a small start
        return i == 0 ? 0 : s.max * std::pow(1e-9, 1 - t);
    return s.min + (s.max - s.min) * t;
}

// The output with `vary` set to x, or nullopt when x makes the base year invalid.
std::optional<double> outputWith(const ResolvedScenario& base, Param vary, double x, const OutputSpec& output, int year)
{
    ResolvedScenario s = base;
    s.values[vary] = x;
    if (!(baseYearDatacenterTwh(s.values) < s.values[Param::NationalTwh]))
        return std::nullopt;
    const double v = outputAt(s, output, year);
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

} // namespace

double outputAt(const ResolvedScenario& s, const OutputSpec& output, int year)
{
    clearUpperVectorState();
    return evaluateYear(s.values, s.householdKwhPerYear, s.baseYear, year - s.baseYear).*output.field;
}

GoalSeekResult goalSeek(const ResolvedScenario& scenario, Param vary, const OutputSpec& output, int year, double target)
{
    clearUpperVectorState();
    const ParamSpec& s = spec(vary);
    GoalSeekResult result;
    result.reachableLow = INFINITY;
    result.reachableHigh = -INFINITY;
    std::optional<double> previousX;
    std::optional<double> previousY;
    const double current = scenario.values[vary];
    for (int i = 0; i <= kScanPoints; ++i) {
        const double x = scanPoint(s, i);
        const auto y = outputWith(scenario, vary, x, output, year);
        if (!y) {
            previousX.reset();
            continue;
        }
        result.reachableLow = std::min(result.reachableLow, *y);
        result.reachableHigh = std::max(result.reachableHigh, *y);
        if (*y == target && (!result.value || std::abs(x - current) < std::abs(*result.value - current)))
            result.value = x;
        if (previousX && (*previousY - target) * (*y - target) < 0) {
            // Bisect the bracket [previousX, x].
            double a = *previousX, b = x;
            double fa = *previousY - target;
            for (int k = 0; k < kBisections && b - a > 1e-15 * std::max(std::abs(a), std::abs(b)); ++k) {
                const double m = wideRange(s) && a > 0 ? std::sqrt(a * b) : (a + b) / 2;
                const auto fm = outputWith(scenario, vary, m, output, year);
                if (!fm)
                    break;
                if ((fa < 0) == (*fm - target < 0)) {
                    a = m;
                    fa = *fm - target;
                } else {
                    b = m;
                }
            }
            const double root = (a + b) / 2;
            if (!result.value || std::abs(root - current) < std::abs(*result.value - current))
                result.value = root;
        }
        previousX = x;
        previousY = y;
    }
    return result;
}

Range defaultSpan(Param p, double value, double levelFraction, double rateStep)
{
    const ParamSpec& s = spec(p);
    const double step = s.unit == "fraction/yr" ? rateStep : std::abs(value) * levelFraction;
    return {std::clamp(value - step, s.min, s.max), std::clamp(value + step, s.min, s.max)};
}

std::vector<Sensitivity> sensitivities(const ResolvedScenario& scenario, const OutputSpec& output, int year,
                                       double levelFraction, double rateStep)
{
    clearUpperVectorState();
    std::vector<Sensitivity> result;
    for (const auto& ps : paramSpecs()) {
        Sensitivity item{ps.param, 0, 0, 0, 0, false};
        const auto range = scenario.ranges.find(ps.param);
        const double value = scenario.values[ps.param];
        if (range != scenario.ranges.end()) {
            item.low = range->second.low;
            item.high = range->second.high;
            item.fromRange = true;
        } else {
            const Range span = defaultSpan(ps.param, value, levelFraction, rateStep);
            item.low = span.low;
            item.high = span.high;
        }
        const auto low = outputWith(scenario, ps.param, item.low, output, year);
        const auto high = outputWith(scenario, ps.param, item.high, output, year);
        if (!low || !high)
            continue;
        item.outputLow = *low;
        item.outputHigh = *high;
        if (item.swing() > 0)
            result.push_back(item);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Sensitivity& a, const Sensitivity& b) { return a.swing() > b.swing(); });
    return result;
}

} // namespace gridshare
