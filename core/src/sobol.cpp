// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/sobol.h"

#include "gridshare/model.h"
#include "gridshare/monte_carlo.h"
#include "gridshare/vector_state.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace gridshare {
namespace {

double unitInterval(std::mt19937_64& generator)
{
    return (static_cast<double>(generator() >> 11) + 0.5) * 0x1.0p-53;
}

// The sums behind one output's estimators over a set of rows. Values are taken relative to a
// reference value of the output, so the variance does not cancel away at large magnitudes.
struct Sums {
    double rows = 0;
    double sum = 0;                 // of f(A) and f(B)
    double squares = 0;             // of their squares
    std::vector<double> firstOrder; // per input, sum of (f(B) - f(A_B^i))^2
    std::vector<double> total;      // per input, sum of (f(A) - f(A_B^i))^2

    explicit Sums(std::size_t inputs) : firstOrder(inputs, 0.0), total(inputs, 0.0) {}

    void add(const Sums& other)
    {
        rows += other.rows;
        sum += other.sum;
        squares += other.squares;
        for (std::size_t i = 0; i < firstOrder.size(); ++i) {
            firstOrder[i] += other.firstOrder[i];
            total[i] += other.total[i];
        }
    }
    double variance() const
    {
        const double n = 2 * rows; // every row has f(A) and f(B)
        return std::max(0.0, (squares - sum * sum / n) / (n - 1));
    }
    double firstOrderIndex(std::size_t i, double v) const { return (v - firstOrder[i] / (2 * rows)) / v; }
    double totalIndex(std::size_t i, double v) const { return total[i] / (2 * rows) / v; }
};

double standardError(const std::vector<double>& estimates)
{
    const auto g = static_cast<double>(estimates.size());
    double mean = 0;
    for (double e : estimates)
        mean += e / g;
    double squares = 0;
    for (double e : estimates)
        squares += (e - mean) * (e - mean);
    return std::sqrt(squares / (g - 1) / g);
}

} // namespace

std::optional<SobolEstimate> sobolIndices(std::size_t inputs, std::size_t outputs, std::size_t rows, std::uint64_t seed,
                                          const std::function<double(std::size_t, double)>& draw,
                                          const std::function<void(std::span<const double>, std::span<double>)>& model,
                                          const std::atomic<bool>* cancelled)
{
    clearUpperVectorState();
    rows = std::max(rows, 2 * kSobolGroups);
    std::mt19937_64 generator(seed);
    std::vector<double> a(inputs), b(inputs), mixed(inputs);
    std::vector<double> fa(outputs), fb(outputs), fMixed(outputs), reference(outputs);
    // groups[g][o]: the sums of output o over the rows of group g.
    std::vector<std::vector<Sums>> groups(kSobolGroups, std::vector<Sums>(outputs, Sums(inputs)));

    for (std::size_t row = 0; row < rows; ++row) {
        if (cancelled && row % 256 == 0 && cancelled->load(std::memory_order_relaxed))
            return std::nullopt;
        for (std::size_t i = 0; i < inputs; ++i)
            a[i] = draw(i, unitInterval(generator));
        for (std::size_t i = 0; i < inputs; ++i)
            b[i] = draw(i, unitInterval(generator));
        model(a, fa);
        model(b, fb);
        if (row == 0)
            reference = fa;
        std::vector<Sums>& sums = groups[row * kSobolGroups / rows];
        for (std::size_t o = 0; o < outputs; ++o) {
            const double ya = fa[o] - reference[o], yb = fb[o] - reference[o];
            sums[o].rows += 1;
            sums[o].sum += ya + yb;
            sums[o].squares += ya * ya + yb * yb;
        }
        for (std::size_t i = 0; i < inputs; ++i) {
            mixed = a;
            mixed[i] = b[i];
            model(mixed, fMixed);
            for (std::size_t o = 0; o < outputs; ++o) {
                const double towardsB = fb[o] - fMixed[o], towardsA = fa[o] - fMixed[o];
                sums[o].firstOrder[i] += towardsB * towardsB;
                sums[o].total[i] += towardsA * towardsA;
            }
        }
    }

    SobolEstimate estimate;
    estimate.variance.resize(outputs);
    estimate.indices.assign(outputs, std::vector<SobolIndex>(inputs));
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::vector<double> firstOrders(kSobolGroups), totals(kSobolGroups);
    for (std::size_t o = 0; o < outputs; ++o) {
        Sums all(inputs);
        for (const auto& group : groups)
            all.add(group[o]);
        const double v = all.variance();
        estimate.variance[o] = v;
        for (std::size_t i = 0; i < inputs; ++i) {
            SobolIndex& index = estimate.indices[o][i];
            if (!(v > 0)) {
                index = {nan, nan, nan, nan};
                continue;
            }
            for (std::size_t g = 0; g < kSobolGroups; ++g) {
                const double groupVariance = groups[g][o].variance();
                firstOrders[g] = groups[g][o].firstOrderIndex(i, groupVariance);
                totals[g] = groups[g][o].totalIndex(i, groupVariance);
            }
            index = {all.firstOrderIndex(i, v), standardError(firstOrders), all.totalIndex(i, v),
                     standardError(totals)};
        }
    }
    return estimate;
}

std::optional<ScenarioSobol> sobolIndices(const ResolvedScenario& s, const std::atomic<bool>* cancelled)
{
    clearUpperVectorState();
    if (s.ranges.empty())
        return std::nullopt;
    std::vector<Param> ranged;
    for (const auto& [param, range] : s.ranges) // ordered by Param
        ranged.push_back(param);
    const auto rows = std::clamp(static_cast<std::size_t>(std::max<std::int64_t>(1, s.monteCarlo.samples)),
                                 kSobolMinRows, kSobolMaxRows);
    const int steps = s.endYear - s.baseYear;
    auto draw = [&](std::size_t i, double u) {
        const Range& r = s.ranges.at(ranged[i]);
        return drawRanged(r.low, s.values[ranged[i]], r.high, u);
    };
    std::vector<SampleYear> years;
    auto model = [&](std::span<const double> x, std::span<double> out) {
        ParameterSet p = s.values;
        for (std::size_t i = 0; i < ranged.size(); ++i)
            p[ranged[i]] = x[i];
        sampleYears(p, steps + 1, years);
        const SampleYear& end = years.back();
        out[0] = end.aiShare;
        out[1] = end.datacenterShare;
        out[2] = end.aiTwh;
    };
    const auto estimate = sobolIndices(ranged.size(), 3, rows, s.monteCarlo.seed, draw, model, cancelled);
    if (!estimate)
        return std::nullopt;
    ScenarioSobol result;
    result.year = s.endYear;
    result.rows = rows;
    for (std::size_t i = 0; i < ranged.size(); ++i)
        result.parameters.push_back(
            {ranged[i], estimate->indices[0][i], estimate->indices[1][i], estimate->indices[2][i]});
    return result;
}

} // namespace gridshare
