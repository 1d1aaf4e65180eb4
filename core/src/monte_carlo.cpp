// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridshare/monte_carlo.h"

#include "gridshare/model.h"
#include "gridshare/vector_state.h"

#include "parallel.h"

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

// P10, P50 and P90 (ranks as in percentileInPlace) of values that may be split among threads, in
// two passes over the values, which stay unchanged: a histogram of up to 2048 buckets, then a copy
// of the few values in the buckets that hold each wanted rank, where nth_element finds it. The
// buckets split the values in order, so the result is the exact order statistic, not an estimate,
// whatever the split: the bands are the same bits for any number of threads. Nothing is
// partitioned at full length, which is where nested nth_element spent its time.
constexpr int kBucketBits = 11; // 2048 buckets: about 5 values each for 10,000 samples
constexpr std::array<double, 3> kPercentiles{0.1, 0.5, 0.9};
constexpr std::uint8_t kEnds = 8; // in Plan::wantedIn: the first or last bucket, where a NaN goes

// Doubles as unsigned integers in the same order, -0 with +0 (they compare equal). A bucket is then
// a range of bit patterns: equally fine in relative terms at every magnitude, which suits the
// outputs, spread over a factor of ten or more, better than equal widths.
std::uint64_t orderedKey(double v)
{
    const auto bits = std::bit_cast<std::uint64_t>(v + 0.0);
    const auto negative = static_cast<std::uint64_t>(static_cast<std::int64_t>(bits) >> 63); // all ones or 0
    return bits ^ (negative | std::uint64_t{1} << 63);
}

// The buckets cover the keys between the smallest and largest of a subsample; values beyond go to
// the first or last bucket, which keeps the order (the wanted ranks are seldom there).
struct Grid {
    std::uint64_t lowestKey = 0;
    int shift = 0;
    std::uint64_t lastBucket = 0;

    // From every stride-th of n values (about 256 of them), value(i) giving the i-th.
    template <class Value> static Grid fit(std::size_t n, Value value)
    {
        const std::size_t stride = std::max<std::size_t>(1, n / 256);
        std::uint64_t lowest = orderedKey(value(0)), highest = lowest;
        for (std::size_t i = 0; i < n; i += stride) {
            const std::uint64_t key = orderedKey(value(i));
            lowest = std::min(lowest, key);
            highest = std::max(highest, key);
        }
        Grid g;
        g.lowestKey = lowest;
        g.shift = std::max(0, static_cast<int>(std::bit_width(highest - lowest)) - kBucketBits);
        g.lastBucket = (highest - lowest) >> g.shift;
        return g;
    }
    std::size_t buckets() const { return static_cast<std::size_t>(lastBucket) + 1; }
    std::uint16_t bucketOf(double v) const
    {
        const std::uint64_t key = orderedKey(v);
        const std::uint64_t offset = key < lowestKey ? 0 : (key - lowestKey) >> shift;
        return static_cast<std::uint16_t>(std::min(offset, lastBucket));
    }
};

// One wanted percentile: the value at rank `index` interpolated towards rank index + 1. Its values
// are those of the buckets from `firstBucket` to the one holding the next rank (any in between
// are empty).
struct Wanted {
    std::size_t index;
    double fraction;
    bool last; // no next rank: the largest value
    std::size_t firstBucket;
};

// One thread's part in selecting one output's percentiles: its counts, the plan it works out from
// every thread's counts (the same in each thread), and its values in the wanted buckets.
struct SelectionShare {
    Grid grid;
    std::vector<std::uint32_t> histogram;
    std::vector<std::size_t> below;     // per bucket, the values of all threads in the buckets before it; then n
    std::vector<std::uint8_t> wantedIn; // per bucket, a bit for each Wanted that copies it, and kEnds
    std::array<Wanted, 3> wanted{};
    std::array<std::vector<double>, 3> copied; // this thread's values in each Wanted's buckets
    bool nan = false;
    std::vector<double> gathered; // every thread's copies of one Wanted, when this thread selects

    void startCounting(const Grid& g)
    {
        grid = g;
        histogram.assign(g.buckets(), 0);
    }
    std::uint16_t count(double v)
    {
        const std::uint16_t b = grid.bucketOf(v);
        ++histogram[b];
        return b;
    }

    std::size_t bucketOfRank(std::size_t rank) const // rank < the values counted
    {
        return static_cast<std::size_t>(std::upper_bound(below.begin(), below.end(), rank) - below.begin()) - 1;
    }

    // From every share's counts: where the wanted ranks are.
    void plan(std::span<const SelectionShare* const> all, std::size_t n)
    {
        below.assign(grid.buckets() + 1, 0);
        for (const SelectionShare* s : all)
            for (std::size_t b = 0; b < s->histogram.size(); ++b)
                below[b + 1] += s->histogram[b];
        for (std::size_t b = 1; b < below.size(); ++b)
            below[b] += below[b - 1];
        wantedIn.assign(grid.buckets(), 0);
        for (std::size_t i = 0; i < 3; ++i) {
            const double h = (static_cast<double>(n) - 1) * kPercentiles[i];
            const auto index = static_cast<std::size_t>(std::floor(h));
            const bool last = index + 1 >= n;
            const std::size_t first = bucketOfRank(index);
            const std::size_t end = bucketOfRank(last ? index : index + 1) + 1;
            for (std::size_t b = first; b < end; ++b)
                wantedIn[b] |= static_cast<std::uint8_t>(1u << i);
            wanted[i] = {index, h - static_cast<double>(index), last, first};
            copied[i].clear();
        }
        // A NaN's key is beyond every number's, so the first or the last bucket holds any NaN.
        wantedIn.front() |= kEnds;
        wantedIn.back() |= kEnds;
        nan = false;
    }

    void copy(double v, std::uint16_t bucket)
    {
        if (const unsigned in = wantedIn[bucket]) { // seldom: most buckets are not wanted
            for (std::size_t i = 0; i < 3; ++i)
                if (in >> i & 1)
                    copied[i].push_back(v);
            nan |= (in & kEnds) && v != v;
        }
    }

    // The percentiles from every share's copies (a NaN anywhere makes all three NaN: it has no rank).
    Band select(std::span<const SelectionShare* const> all)
    {
        for (const SelectionShare* s : all)
            if (s->nan) {
                const double none = std::numeric_limits<double>::quiet_NaN();
                return {none, none, none};
            }
        std::array<double, 3> result{};
        for (std::size_t i = 0; i < 3; ++i) {
            gathered.clear();
            for (const SelectionShare* s : all)
                gathered.insert(gathered.end(), s->copied[i].begin(), s->copied[i].end());
            const Wanted& w = wanted[i];
            const auto at = gathered.begin() + static_cast<std::ptrdiff_t>(w.index - below[w.firstBucket]);
            std::nth_element(gathered.begin(), at, gathered.end());
            const double low = *at;
            result[i] = w.last ? low : low + w.fraction * (*std::min_element(at + 1, gathered.end()) - low);
        }
        return {result[0], result[1], result[2]};
    }
};

Band constantBand(double v)
{
    return {v, v, v};
}

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

constexpr std::array<double SampleYear::*, 3> kBanded{&SampleYear::aiShare, &SampleYear::datacenterShare,
                                                      &SampleYear::aiTwh};

// Each thread takes at least this many samples: fewer do not repay starting a thread.
constexpr std::size_t kSamplesPerThread = 25'000;
// How often a thread looks at the cancellation flag, in samples.
constexpr std::size_t kCancelCheck = 512;

} // namespace

// Scratch memory of a run: per sample its loads and the buckets of one year's three outputs, per
// thread its shares of the three selections. Kept between calls: faulting in fresh pages took as long as the
// sampling itself.
struct MonteCarloWorkspace::Scratch {
    std::vector<Loads> loads;
    std::array<std::vector<std::uint16_t>, 3> buckets;
    std::vector<std::array<SelectionShare, 3>> shares;
};

MonteCarloWorkspace::MonteCarloWorkspace() : scratch_(std::make_unique<Scratch>()) {}
MonteCarloWorkspace::~MonteCarloWorkspace() = default;
MonteCarloWorkspace::MonteCarloWorkspace(MonteCarloWorkspace&&) noexcept = default;
MonteCarloWorkspace& MonteCarloWorkspace::operator=(MonteCarloWorkspace&&) noexcept = default;

Band bandOf(std::span<const double> values)
{
    const std::size_t n = values.size();
    if (n == 0)
        return {};
    SelectionShare share;
    const SelectionShare* const all[] = {&share};
    share.startCounting(Grid::fit(n, [&](std::size_t i) { return values[i]; }));
    std::vector<std::uint16_t> buckets(n);
    for (std::size_t i = 0; i < n; ++i)
        buckets[i] = share.count(values[i]);
    share.plan(all, n);
    for (std::size_t i = 0; i < n; ++i)
        share.copy(values[i], buckets[i]);
    return share.select(all);
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

std::vector<YearBands> monteCarloBands(const ResolvedScenario& s, MonteCarloWorkspace& workspace,
                                       const MonteCarloOptions& options, const std::atomic<bool>* cancelled)
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

    const auto n = static_cast<std::size_t>(std::max<std::int64_t>(1, s.monteCarlo.samples));
    const unsigned threads = detail::threadCount(options.threads, n, kSamplesPerThread);
    MonteCarloWorkspace::Scratch& w = *workspace.scratch_;
    w.loads.resize(n);
    for (std::size_t k = 0; k < 3; ++k) {
        w.buckets[k].resize(n);
    }
    w.shares.resize(threads);
    std::vector<std::array<Band, 3>> results(central.size());
    std::array<std::vector<const SelectionShare*>, 3> sharesOf;
    for (std::size_t k = 0; k < 3; ++k)
        for (const auto& perThread : w.shares)
            sharesOf[k].push_back(&perThread[k]);

    std::atomic<bool> stop{false};
    // Calls body(i) for a thread's samples, in runs between looks at the cancellation flag.
    auto forEach = [&](const detail::Slice& slice, auto&& body) {
        for (std::size_t run = slice.begin; run < slice.end; run += kCancelCheck) {
            if (cancelled && cancelled->load(std::memory_order_relaxed))
                stop.store(true, std::memory_order_relaxed);
            if (stop.load(std::memory_order_relaxed))
                return;
            const std::size_t end = std::min(run + kCancelCheck, slice.end);
            for (std::size_t i = run; i < end; ++i)
                body(i);
        }
    };
    detail::Barrier sync(threads);

    // Each thread draws its own samples: the random stream is the one sequence of the seed, each
    // thread skipping to where its samples start (mt19937_64 skips a block of 312 numbers by one
    // refill, without producing them), so a sample gets the same numbers with any number of threads.
    // Then the years one at a time across all samples, so only one year's outputs are held.
    detail::onThreads(threads, [&](unsigned t) {
        const detail::Slice mine = detail::sliceOf(n, t, threads);
        std::mt19937_64 generator(s.monteCarlo.seed);
        generator.discard(static_cast<unsigned long long>(mine.begin) * draws.size());
        ParameterSet sample = s.values;
        forEach(mine, [&](std::size_t i) {
            for (const RangedDraw& d : draws)
                sample[d.param] = d.draw(unitInterval(generator));
            w.loads[i] = baseYearLoads(sample);
        });
        // A year's outputs are counted into buckets in one pass; the next pass copies the few in
        // the wanted buckets (their outputs worked out again, the same bits) and steps every
        // sample to the next year. Every thread fits the same buckets from the same subsample of
        // all samples, while no thread steps them.
        sync.arriveAndWait();
        std::array<SelectionShare, 3>& share = w.shares[t];
        for (std::size_t y = 0; y < central.size(); ++y) {
            for (std::size_t k = 0; k < 3; ++k)
                share[k].startCounting(Grid::fit(n, [&](std::size_t i) { return w.loads[i].outputs().*kBanded[k]; }));
            forEach(mine, [&](std::size_t i) {
                const SampleYear outputs = w.loads[i].outputs();
                w.buckets[0][i] = share[0].count(outputs.aiShare);
                w.buckets[1][i] = share[1].count(outputs.datacenterShare);
                w.buckets[2][i] = share[2].count(outputs.aiTwh);
            });
            sync.arriveAndWait();
            // A run cut short by cancellation has counted fewer than n values: plan and select only
            // when no thread stopped before the barrier (what a thread set before it, all see after).
            if (!stop.load(std::memory_order_relaxed))
                for (std::size_t k = 0; k < 3; ++k)
                    share[k].plan(sharesOf[k], n);
            forEach(mine, [&](std::size_t i) {
                Loads& loads = w.loads[i];
                const std::uint16_t b0 = w.buckets[0][i], b1 = w.buckets[1][i], b2 = w.buckets[2][i];
                if (share[0].wantedIn[b0] | share[1].wantedIn[b1] | share[2].wantedIn[b2]) {
                    const SampleYear outputs = loads.outputs();
                    share[0].copy(outputs.aiShare, b0);
                    share[1].copy(outputs.datacenterShare, b1);
                    share[2].copy(outputs.aiTwh, b2);
                }
                loads.step();
            });
            sync.arriveAndWait();
            for (std::size_t k = t; k < 3; k += threads)
                if (!stop.load(std::memory_order_relaxed))
                    results[y][k] = share[k].select(sharesOf[k]);
        }
    });
    if (stop.load())
        return {};
    for (std::size_t y = 0; y < central.size(); ++y)
        bands.push_back({central[y].year, results[y][0], results[y][1], results[y][2]});
    return bands;
}

std::vector<YearBands> monteCarloBands(const ResolvedScenario& s, const std::atomic<bool>* cancelled)
{
    // The calling thread keeps the memory of runs up to kKeptSamples for its next call; larger runs
    // use memory of their own, returned when they finish (a caller that wants it kept passes a
    // workspace of its own).
    constexpr std::int64_t kKeptSamples = 100'000;
    thread_local MonteCarloWorkspace kept;
    if (s.monteCarlo.samples <= kKeptSamples)
        return monteCarloBands(s, kept, {}, cancelled);
    MonteCarloWorkspace own;
    return monteCarloBands(s, own, {}, cancelled);
}

} // namespace gridshare
