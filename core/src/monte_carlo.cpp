#include "gridshare/monte_carlo.h"

#include "gridshare/model.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <span>

namespace gridshare {
namespace {

// A double in (0, 1) from the top 53 bits; mt19937_64's sequence is fixed by the standard.
double unitInterval(std::mt19937_64& generator)
{
    return (static_cast<double>(generator() >> 11) + 0.5) * 0x1.0p-53;
}

// P10, P50 and P90 by nested selection: the median splits the values, then P10 is selected
// among those below it and P90 among those above, so no element is partitioned three times.
Band bandOf(std::span<double> v)
{
    const std::size_t n = v.size();
    if (n < 20) {
        std::vector<double> copy(v.begin(), v.end());
        return {percentileInPlace(copy, 0.1), percentileInPlace(copy, 0.5), percentileInPlace(copy, 0.9)};
    }
    struct Rank {
        std::size_t index;
        double fraction;
    };
    auto rank = [n](double p) {
        const double h = (static_cast<double>(n) - 1) * p;
        const auto index = static_cast<std::size_t>(std::floor(h));
        return Rank{index, h - static_cast<double>(index)};
    };
    auto at = [&v](std::size_t i) { return v.begin() + static_cast<std::ptrdiff_t>(i); };
    // The value at rank r interpolated towards the next order statistic, which is the smallest
    // value in (r, limit] once everything above limit is known to be no smaller.
    auto interpolate = [&](Rank r, std::size_t limit) {
        const double low = v[r.index];
        const double high = *std::min_element(at(r.index + 1), at(limit + 1));
        return low + r.fraction * (high - low);
    };
    const Rank r10 = rank(0.1), r50 = rank(0.5), r90 = rank(0.9);
    std::nth_element(v.begin(), at(r50.index), v.end());
    const double p50 = interpolate(r50, n - 1);
    std::nth_element(v.begin(), at(r10.index), at(r50.index));
    const double p10 = interpolate(r10, r50.index);
    std::nth_element(at(r50.index + 1), at(r90.index), v.end());
    const double p90 = interpolate(r90, n - 1);
    return {p10, p50, p90};
}

Band constantBand(double v)
{
    return {v, v, v};
}

} // namespace

namespace {
// A ranged parameter ready to draw: the logarithms of a log-triangular range are taken once.
struct RangedDraw {
    Param param;
    double low;
    double mode;
    double high;
    bool logarithmic;

    double draw(double u) const
    {
        const double t = triangular(low, mode, high, u);
        return logarithmic ? std::exp(t) : t;
    }
};

// Log-triangular when the range spans more than a factor of 10 with low > 0 (model.md).
RangedDraw prepareDraw(Param param, double low, double mode, double high)
{
    if (low > 0 && high / low > 10)
        return {param, std::log(low), std::log(mode), std::log(high), true};
    return {param, low, mode, high, false};
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
    return prepareDraw(Param::QueriesPerDay, low, central, high).draw(u); // the parameter plays no part
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

double percentileInPlace(std::vector<double>& values, double p)
{
    if (values.empty())
        return 0;
    const double h = (static_cast<double>(values.size()) - 1) * p;
    const auto lower = static_cast<std::size_t>(std::floor(h));
    const auto at = values.begin() + static_cast<std::ptrdiff_t>(lower);
    std::nth_element(values.begin(), at, values.end());
    const double low = *at;
    if (lower + 1 >= values.size())
        return low;
    const double high = *std::min_element(at + 1, values.end()); // the next order statistic
    return low + (h - static_cast<double>(lower)) * (high - low);
}

void sampleYears(const ParameterSet& p, int years, std::vector<SampleYear>& out)
{
    out.resize(static_cast<std::size_t>(years));
    double ai = baseYearAiTwh(p);
    double other = p[Param::OtherDcTwh];
    double rest = p[Param::NationalTwh] - (ai + other);
    const double aiGrowth = (1 + p[Param::QueryGrowth]) * (1 + p[Param::ModelGrowth]) * (1 + p[Param::TokensGrowth])
                            / (1 + p[Param::EfficiencyGain]);
    for (auto& year : out) {
        const double datacentres = ai + other;
        const double national = rest + datacentres;
        year = {ai / national, datacentres / national, ai};
        ai *= aiGrowth;
        other *= 1 + p[Param::OtherDcGrowth];
        rest *= 1 + p[Param::DemandGrowth];
    }
}

std::vector<YearBands> monteCarloBands(const ResolvedScenario& s, const std::atomic<bool>* cancelled)
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
    // One flat array per output, a row of samples per year.
    std::vector<double> aiShare(years * samples), datacenterShare(years * samples), aiTwh(years * samples);

    std::vector<RangedDraw> draws;
    for (const auto& [param, range] : s.ranges) // ordered by Param: the same draw order for every file
        draws.push_back(prepareDraw(param, range.low, s.values[param], range.high));

    std::mt19937_64 generator(s.monteCarlo.seed);
    ParameterSet sample = s.values;
    std::vector<SampleYear> outputs;
    for (std::size_t i = 0; i < samples; ++i) {
        if (cancelled && i % 512 == 0 && cancelled->load(std::memory_order_relaxed))
            return {};
        for (const RangedDraw& d : draws)
            sample[d.param] = d.draw(unitInterval(generator));
        sampleYears(sample, static_cast<int>(years), outputs);
        for (std::size_t y = 0; y < years; ++y) {
            aiShare[y * samples + i] = outputs[y].aiShare;
            datacenterShare[y * samples + i] = outputs[y].datacenterShare;
            aiTwh[y * samples + i] = outputs[y].aiTwh;
        }
    }
    auto row = [samples](std::vector<double>& values, std::size_t y) {
        return std::span<double>(values.data() + y * samples, samples);
    };
    for (std::size_t y = 0; y < years; ++y)
        bands.push_back(
            {central[y].year, bandOf(row(aiShare, y)), bandOf(row(datacenterShare, y)), bandOf(row(aiTwh, y))});
    return bands;
}

} // namespace gridshare
