// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Uncertainty bands (docs/model.md, "Uncertainty"): every ranged parameter drawn
// independently from a triangular distribution, percentiles of each year's outputs.
// The generator and the conversions are spelled out here, not left to the standard library's
// distributions, so a seed gives the same band with every compiler.

#include "gridshare/resolve.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace gridshare {

struct Band {
    double p10 = 0;
    double p50 = 0;
    double p90 = 0;
};

struct YearBands {
    int year = 0;
    Band aiShare;
    Band datacenterShare;
    Band aiTwh;
};

// Inverse CDF of the triangular distribution (low, mode, high) at u in (0, 1).
double triangular(double low, double mode, double high, double u);

// Draws one value of a ranged parameter: log-triangular when the range spans more than a
// factor of 10 with low > 0, triangular otherwise.
double drawRanged(double low, double central, double high, double u);

// Linear interpolation between order statistics of sorted values (p in [0, 1]).
double percentileOfSorted(const std::vector<double>& sorted, double p);

// The same percentile without sorting (values are reordered).
double percentileInPlace(std::vector<double>& values, double p);

// P10, P50 and P90 of values, which stay unchanged, each exactly percentileOfSorted of the sorted
// values (NaN in all three if a value is NaN): what the bands use.
Band bandOf(std::span<const double> values);

// The three banded outputs of every year for one sample. Each year's AI load is the base year's
// times one growth factor per year, so the years are stepped by multiplication instead of
// re-evaluating the equations; equal to evaluateYears to rounding.
struct SampleYear {
    double aiShare;
    double datacenterShare;
    double aiTwh;
};
void sampleYears(const ParameterSet& p, int years, std::vector<SampleYear>& out);

// Scratch memory for monteCarloBands that a caller keeps between calls (about 54 bytes a sample),
// so a worker that recomputes the bands on every slider step reuses it instead of faulting in
// fresh pages. One run at a time per workspace.
class MonteCarloWorkspace {
public:
    MonteCarloWorkspace();
    ~MonteCarloWorkspace();
    MonteCarloWorkspace(MonteCarloWorkspace&&) noexcept;
    MonteCarloWorkspace& operator=(MonteCarloWorkspace&&) noexcept;

    struct Scratch;

private:
    std::unique_ptr<Scratch> scratch_;
    friend std::vector<YearBands> monteCarloBands(const ResolvedScenario&, MonteCarloWorkspace&,
                                                  const struct MonteCarloOptions&, const std::atomic<bool>*);
};

struct MonteCarloOptions {
    // Threads to share the samples: 0 is every core, fewer for small runs (a thread takes at least
    // 25,000 samples). The bands are the same bits for any number of threads.
    unsigned threads = 0;
};

// Bands for every year; with no ranges every percentile is the central value. The random numbers
// are drawn in one sequence for the seed (sample by sample, each sample's ranged parameters in
// the order of Param), then the samples are stepped through the years in parallel. When
// `cancelled` becomes true (another thread asks), sampling stops and the result is empty.
std::vector<YearBands> monteCarloBands(const ResolvedScenario& scenario, MonteCarloWorkspace& workspace,
                                       const MonteCarloOptions& options, const std::atomic<bool>* cancelled = nullptr);

// The same with every core; the calling thread keeps its scratch memory for runs up to 100,000
// samples for its next call.
std::vector<YearBands> monteCarloBands(const ResolvedScenario& scenario, const std::atomic<bool>* cancelled = nullptr);

} // namespace gridshare
