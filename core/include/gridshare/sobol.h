// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which uncertainty drives the spread: variance-based sensitivity indices (Sobol indices) of the
// banded outputs to each ranged parameter, with the sampling error of each estimate.
//
// Saltelli's sampling: two independent sample matrices A and B of N rows, and for each parameter i
// the matrix A_B^i, A with column i taken from B; N (d + 2) evaluations for d parameters. Jansen's
// estimators, as Saltelli et al. recommend them ("Variance based sensitivity analysis of model
// output", Computer Physics Communications 181, 2010, 259-270):
//   first order  S_i  = (V - mean over rows of (f(B) - f(A_B^i))^2 / 2) / V
//   total        ST_i = mean over rows of (f(A) - f(A_B^i))^2 / 2 / V
// with V the variance of f over the rows of A and B together. S_i is the share of the output's
// variance that parameter i's uncertainty explains alone; ST_i adds its interactions with others.
//
// The sampling error: the N rows are independent, so they are split into kSobolGroups groups of
// consecutive rows, each group gives its own estimate, and the stated standard error is the
// standard deviation of those estimates over the square root of the number of groups.

#include "gridshare/resolve.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace gridshare {

inline constexpr std::size_t kSobolGroups = 20;

struct SobolIndex {
    double firstOrder = 0;
    double firstOrderError = 0; // standard error of the estimate
    double total = 0;
    double totalError = 0;
};

// Per output: its variance, and per input its indices (NaN when the output does not vary).
struct SobolEstimate {
    std::vector<double> variance;
    std::vector<std::vector<SobolIndex>> indices; // [output][input]
};

// The indices of a model with `inputs` independent inputs. Each input is drawn as draw(i, u) with u
// uniform in (0, 1) (an inverse distribution function); model(x, out) writes the `outputs` values
// at the point x. A and B are drawn from mt19937_64(seed), row by row, A's row before B's. `rows`
// is N, at least 2 * kSobolGroups. Empty when `cancelled` becomes true.
std::optional<SobolEstimate> sobolIndices(std::size_t inputs, std::size_t outputs, std::size_t rows, std::uint64_t seed,
                                          const std::function<double(std::size_t, double)>& draw,
                                          const std::function<void(std::span<const double>, std::span<double>)>& model,
                                          const std::atomic<bool>* cancelled = nullptr);

// For a scenario with ranges: the indices of the end year's AI share, data-centre share and AI
// electricity to each ranged parameter, drawn as the bands draw them. N is the scenario's sample
// count, at least 1,000 and at most 100,000; the seed is the scenario's.
struct ParameterSobol {
    Param param;
    SobolIndex aiShare;
    SobolIndex datacenterShare;
    SobolIndex aiTwh;
};
struct ScenarioSobol {
    int year = 0;
    std::size_t rows = 0;
    std::vector<ParameterSobol> parameters; // the ranged parameters, in the order of Param
};
inline constexpr std::size_t kSobolMinRows = 1'000;
inline constexpr std::size_t kSobolMaxRows = 100'000;

// Empty when the scenario has no ranges or when `cancelled` becomes true (another thread asks):
// safe to run off the GUI thread while the scenario changes, the caller dropping stale results.
std::optional<ScenarioSobol> sobolIndices(const ResolvedScenario& scenario,
                                          const std::atomic<bool>* cancelled = nullptr);

} // namespace gridshare
