#include "gridshare/monte_carlo.h"

#include "gridshare/model.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace gridshare {
namespace {

// A double in (0, 1) from the top 53 bits; mt19937_64's sequence is fixed by the standard.
double unitInterval(std::mt19937_64& generator)
{
    return (static_cast<double>(generator() >> 11) + 0.5) * 0x1.0p-53;
}

Band bandOf(std::vector<double>& values)
{
    std::sort(values.begin(), values.end());
    return {percentileOfSorted(values, 0.1), percentileOfSorted(values, 0.5), percentileOfSorted(values, 0.9)};
}

Band constantBand(double v)
{
    return {v, v, v};
}

} // namespace

double triangular(double low, double mode, double high, double u)
{
    if (high <= low)
        return low;
    const double width = high - low;
    const double modeFraction = (mode - low) / width;
    if (u < modeFraction)
        return low + std::sqrt(u * width * (mode - low));
    return high - std::sqrt((1 - u) * width * (high - mode));
}

double drawRanged(double low, double central, double high, double u)
{
    if (low > 0 && high / low > 10)
        return std::exp(triangular(std::log(low), std::log(central), std::log(high), u));
    return triangular(low, central, high, u);
}

double percentileOfSorted(const std::vector<double>& sorted, double p)
{
    if (sorted.empty())
        return 0;
    const double h = (static_cast<double>(sorted.size()) - 1) * p;
    const auto lower = static_cast<std::size_t>(std::floor(h));
    const std::size_t upper = std::min(lower + 1, sorted.size() - 1);
    return sorted[lower] + (h - static_cast<double>(lower)) * (sorted[upper] - sorted[lower]);
}

std::vector<YearBands> monteCarloBands(const ResolvedScenario& s)
{
    const auto central = evaluateYears(s.values, s.householdKwhPerYear, s.baseYear, s.endYear);
    std::vector<YearBands> bands;
    if (s.ranges.empty()) {
        for (const auto& y : central)
            bands.push_back({y.year, constantBand(y.aiShare), constantBand(y.datacenterShare), constantBand(y.aiTwh)});
        return bands;
    }

    const std::size_t years = central.size();
    const auto samples = static_cast<std::size_t>(s.monteCarlo.samples);
    std::vector<std::vector<double>> aiShare(years), datacenterShare(years), aiTwh(years);
    for (std::size_t y = 0; y < years; ++y) {
        aiShare[y].reserve(samples);
        datacenterShare[y].reserve(samples);
        aiTwh[y].reserve(samples);
    }

    std::mt19937_64 generator(s.monteCarlo.seed);
    ParameterSet sample = s.values;
    for (std::size_t i = 0; i < samples; ++i) {
        // s.ranges is ordered by Param, so draws happen in the same order for every file.
        for (const auto& [param, range] : s.ranges)
            sample[param] = drawRanged(range.low, s.values[param], range.high, unitInterval(generator));
        for (std::size_t y = 0; y < years; ++y) {
            const YearResult r = evaluateYear(sample, s.householdKwhPerYear, s.baseYear, static_cast<int>(y));
            aiShare[y].push_back(r.aiShare);
            datacenterShare[y].push_back(r.datacenterShare);
            aiTwh[y].push_back(r.aiTwh);
        }
    }
    for (std::size_t y = 0; y < years; ++y)
        bands.push_back({central[y].year, bandOf(aiShare[y]), bandOf(datacenterShare[y]), bandOf(aiTwh[y])});
    return bands;
}

} // namespace gridshare
