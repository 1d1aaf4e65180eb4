#include "gridshare/monte_carlo.h"

#include "gridshare/model.h"
#include "gridshare/vector_state.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <limits>
#include <random>
#include <span>

namespace gridshare {
namespace {

// A double in (0, 1) from the top 53 bits; mt19937_64's sequence is fixed by the standard.
double unitInterval(std::mt19937_64& generator)
{
    return (static_cast<double>(generator() >> 11) + 0.5) * 0x1.0p-53;
}

// P10, P50 and P90 (ranks as in percentileInPlace) in two passes over values, which stay
// unchanged: a histogram of up to 2048 buckets, then a copy of the few values in the buckets
// that hold each wanted rank, where nth_element finds it. The buckets split the values in order,
// so the result is the exact order statistic, not an estimate; and nothing is partitioned at full
// length, which is where nested nth_element spent its time.
class BandSelector {
public:
    Band select(std::span<const double> values);

private:
    static constexpr int kBucketBits = 11; // 2048 buckets: about 5 values each for 10,000 samples
    static constexpr std::array<double, 3> kPercentiles{0.1, 0.5, 0.9};

    // Doubles as unsigned integers in the same order, -0 with +0 (they compare equal). A bucket
    // is then a range of bit patterns: equally fine in relative terms at every magnitude, which
    // suits the outputs, spread over a factor of ten or more, better than equal widths.
    static std::uint64_t orderedKey(double v)
    {
        const auto bits = std::bit_cast<std::uint64_t>(v + 0.0);
        const auto negative = static_cast<std::uint64_t>(static_cast<std::int64_t>(bits) >> 63); // all ones or 0
        return bits ^ (negative | std::uint64_t{1} << 63);
    }
    // The buckets cover the keys between the smallest and largest of a subsample; values beyond
    // go to the first or last bucket, which keeps the order (the wanted ranks are seldom there).
    std::uint16_t bucketOf(double v) const
    {
        const std::uint64_t key = orderedKey(v);
        const std::uint64_t offset = key < lowestKey_ ? 0 : (key - lowestKey_) >> shift_;
        return static_cast<std::uint16_t>(std::min(offset, lastBucket_));
    }
    std::size_t bucketOfRank(std::size_t rank) const
    {
        return static_cast<std::size_t>(std::upper_bound(below_.begin(), below_.end(), rank) - below_.begin()) - 1;
    }

    // One percentile: the value at rank `index` interpolated towards rank index + 1. Its values
    // are those of the buckets from the one holding `index` to the one holding the next rank
    // (any in between are empty), copied to [begin, end).
    struct Wanted {
        std::size_t index;
        double fraction;
        bool last; // no next rank: the largest value
        std::size_t firstBucket;
        std::ptrdiff_t begin;
        std::ptrdiff_t end;
    };
    Wanted want(double p, std::size_t n, std::ptrdiff_t begin, std::uint8_t bit);
    double valueOf(const Wanted& w);

    std::uint64_t lowestKey_ = 0;
    int shift_ = 0;
    std::uint64_t lastBucket_ = 0;
    std::vector<std::size_t> below_;     // per bucket, the values in the buckets before it; then n
    std::vector<std::uint8_t> wantedIn_; // per bucket, a bit for each Wanted that copies it, and kEnds
    static constexpr std::uint8_t kEnds = 8;
    std::vector<std::uint16_t> buckets_; // per value, its bucket
    std::vector<double> candidates_;
};

Band BandSelector::select(std::span<const double> values)
{
    const std::size_t n = values.size();
    if (n == 0)
        return {};
    const std::size_t stride = std::max<std::size_t>(1, n / 256);
    std::uint64_t lowest = orderedKey(values[0]), highest = lowest;
    for (std::size_t i = 0; i < n; i += stride) {
        lowest = std::min(lowest, orderedKey(values[i]));
        highest = std::max(highest, orderedKey(values[i]));
    }
    lowestKey_ = lowest;
    shift_ = std::max(0, static_cast<int>(std::bit_width(highest - lowest)) - kBucketBits);
    lastBucket_ = (highest - lowest) >> shift_;

    below_.assign(lastBucket_ + 2, 0);
    buckets_.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint16_t b = bucketOf(values[i]);
        buckets_[i] = b;
        ++below_[b + 1];
    }
    for (std::size_t b = 1; b < below_.size(); ++b)
        below_[b] += below_[b - 1];

    wantedIn_.assign(lastBucket_ + 1, 0);
    std::array<Wanted, 3> wanted{};
    std::ptrdiff_t copied = 0;
    for (std::size_t i = 0; i < 3; ++i) {
        wanted[i] = want(kPercentiles[i], n, copied, static_cast<std::uint8_t>(1u << i));
        copied = wanted[i].end;
    }
    candidates_.resize(static_cast<std::size_t>(copied));
    std::array<double*, 3> next{};
    for (std::size_t i = 0; i < 3; ++i)
        next[i] = candidates_.data() + wanted[i].begin;
    // A NaN's key is beyond every number's, so the first or the last bucket holds any NaN.
    wantedIn_[0] |= kEnds;
    wantedIn_[lastBucket_] |= kEnds;
    bool unordered = false;
    for (std::size_t v = 0; v < n; ++v) {
        if (const unsigned in = wantedIn_[buckets_[v]]) { // seldom: most buckets are not wanted
            for (std::size_t i = 0; i < 3; ++i)
                if (in >> i & 1)
                    *next[i]++ = values[v];
            unordered |= (in & kEnds) && values[v] != values[v];
        }
    }
    if (unordered) { // NaN has no rank (resolve keeps national consumption above the data centres')
        const double nan = std::numeric_limits<double>::quiet_NaN();
        return {nan, nan, nan};
    }
    return {valueOf(wanted[0]), valueOf(wanted[1]), valueOf(wanted[2])};
}

BandSelector::Wanted BandSelector::want(double p, std::size_t n, std::ptrdiff_t begin, std::uint8_t bit)
{
    const double h = (static_cast<double>(n) - 1) * p;
    const auto index = static_cast<std::size_t>(std::floor(h));
    const bool last = index + 1 >= n;
    const std::size_t first = bucketOfRank(index);
    const std::size_t end = bucketOfRank(last ? index : index + 1) + 1;
    for (std::size_t b = first; b < end; ++b)
        wantedIn_[b] |= bit;
    const auto copies = static_cast<std::ptrdiff_t>(below_[end] - below_[first]);
    return {index, h - static_cast<double>(index), last, first, begin, begin + copies};
}

double BandSelector::valueOf(const Wanted& w)
{
    const auto begin = candidates_.begin() + w.begin, end = candidates_.begin() + w.end;
    const auto at = begin + static_cast<std::ptrdiff_t>(w.index - below_[w.firstBucket]);
    std::nth_element(begin, at, end);
    const double low = *at;
    if (w.last)
        return low;
    const double high = *std::min_element(at + 1, end); // the next order statistic
    return low + w.fraction * (high - low);
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

// One sample's loads in the current year and the factors that take them to the next: the years
// are stepped by multiplication instead of re-evaluating the equations.
struct Loads {
    double ai;
    double other;
    double rest; // national consumption besides the data centres
    double aiGrowth;
    double otherGrowth;
    double restGrowth;

    SampleYear outputs() const
    {
        const double datacentres = ai + other;
        const double national = rest + datacentres;
        return {ai / national, datacentres / national, ai};
    }
    void step()
    {
        ai *= aiGrowth;
        other *= otherGrowth;
        rest *= restGrowth;
    }
};

Loads baseYearLoads(const ParameterSet& p)
{
    const double ai = baseYearAiTwh(p);
    const double other = p[Param::OtherDcTwh];
    const double aiGrowth = (1 + p[Param::QueryGrowth]) * (1 + p[Param::ModelGrowth]) * (1 + p[Param::TokensGrowth])
                            / (1 + p[Param::EfficiencyGain]);
    const double rest = p[Param::NationalTwh] - (ai + other);
    return {ai, other, rest, aiGrowth, 1 + p[Param::OtherDcGrowth], 1 + p[Param::DemandGrowth]};
}

// Scratch memory that each thread keeps between calls: the bands are recomputed on every slider
// step, and faulting in fresh pages for these arrays took as long as the sampling itself.
struct Workspace {
    std::vector<Loads> loads;                            // per sample, in the year being banded
    std::vector<double> aiShare, datacenterShare, aiTwh; // that year's outputs, per sample
    BandSelector selector;
};
// Larger runs (up to kMaxSamples) use memory of their own, returned when they finish.
constexpr std::size_t kKeptSamples = 100'000;

} // namespace

Band bandOf(std::span<const double> values)
{
    return BandSelector().select(values);
}

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
    clearUpperVectorState();
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
    clearUpperVectorState();
    out.resize(static_cast<std::size_t>(years));
    Loads loads = baseYearLoads(p);
    for (auto& year : out) {
        year = loads.outputs();
        loads.step();
    }
}

std::vector<YearBands> monteCarloBands(const ResolvedScenario& s, const std::atomic<bool>* cancelled)
{
    clearUpperVectorState();
    const auto central = evaluateYears(s.values, s.householdKwhPerYear, s.baseYear, s.endYear);
    std::vector<YearBands> bands;
    if (s.ranges.empty()) {
        for (const auto& y : central)
            bands.push_back({y.year, constantBand(y.aiShare), constantBand(y.datacenterShare), constantBand(y.aiTwh)});
        return bands;
    }

    std::vector<RangedDraw> draws;
    for (const auto& [param, range] : s.ranges) // ordered by Param: the same draw order for every file
        draws.push_back(prepareDraw(param, range.low, s.values[param], range.high));

    const auto samples = static_cast<std::size_t>(s.monteCarlo.samples);
    thread_local Workspace kept;
    Workspace own;
    Workspace& w = samples <= kKeptSamples ? kept : own;
    w.loads.resize(samples);
    for (auto* row : {&w.aiShare, &w.datacenterShare, &w.aiTwh})
        row->resize(samples);

    // Every sample's draws in turn (the order of the random stream), then the years one at a time
    // across all samples, so only one year's outputs are held.
    std::mt19937_64 generator(s.monteCarlo.seed);
    ParameterSet sample = s.values;
    for (std::size_t i = 0; i < samples; ++i) {
        if (cancelled && i % 512 == 0 && cancelled->load(std::memory_order_relaxed))
            return {};
        for (const RangedDraw& d : draws)
            sample[d.param] = d.draw(unitInterval(generator));
        w.loads[i] = baseYearLoads(sample);
    }
    for (const YearResult& year : central) {
        for (std::size_t i = 0; i < samples; ++i) {
            const SampleYear outputs = w.loads[i].outputs();
            w.aiShare[i] = outputs.aiShare;
            w.datacenterShare[i] = outputs.datacenterShare;
            w.aiTwh[i] = outputs.aiTwh;
            w.loads[i].step();
        }
        bands.push_back({year.year, w.selector.select(w.aiShare), w.selector.select(w.datacenterShare),
                         w.selector.select(w.aiTwh)});
    }
    return bands;
}

} // namespace gridshare
