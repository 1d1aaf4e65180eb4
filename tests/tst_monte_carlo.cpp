// SPDX-License-Identifier: GPL-3.0-or-later
// Monte Carlo bands: reproducible, ordered, equal to the central value without ranges, and
// drawn from the distributions model.md names.

#include "gridshare/evaluation.h"
#include "gridshare/monte_carlo.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <thread>

using namespace gridshare;

namespace {

ResolvedScenario usScenario(std::map<Param, Range> ranges, std::int64_t samples = 10000, std::uint64_t seed = 1)
{
    Scenario s;
    s.ranges = std::move(ranges);
    s.monteCarlo = MonteCarloSettings{samples, seed};
    auto resolved = resolve(s, Dataset::builtin());
    if (!resolved)
        qFatal("%s", resolved.issues().front().describe().c_str());
    return resolved.value();
}

const std::map<Param, Range> kRanges{
    {Param::QueryGrowth, {0.2, 1.0}},
    {Param::EfficiencyGain, {0.1, 0.6}},
    {Param::QueriesPerDay, {1e10, 5e11}}, // wider than 10x: drawn log-triangularly
};

bool sameBands(const std::vector<YearBands>& a, const std::vector<YearBands>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        for (auto band : {&YearBands::aiShare, &YearBands::datacenterShare, &YearBands::aiTwh})
            if ((a[i].*band).p10 != (b[i].*band).p10 || (a[i].*band).p50 != (b[i].*band).p50
                || (a[i].*band).p90 != (b[i].*band).p90)
                return false;
    return true;
}

} // namespace

class TestMonteCarlo : public QObject {
    Q_OBJECT

private slots:
    void sameSeedSameBands()
    {
        QVERIFY(sameBands(monteCarloBands(usScenario(kRanges)), monteCarloBands(usScenario(kRanges))));
    }

    void otherSeedOtherBands()
    {
        QVERIFY(
            !sameBands(monteCarloBands(usScenario(kRanges, 10000, 1)), monteCarloBands(usScenario(kRanges, 10000, 2))));
    }

    void noRangesGivesTheCentralValue()
    {
        const auto scenario = usScenario({});
        const auto bands = monteCarloBands(scenario);
        const auto central =
            evaluateYears(scenario.values, scenario.householdKwhPerYear, scenario.baseYear, scenario.endYear);
        QCOMPARE(bands.size(), central.size());
        for (std::size_t i = 0; i < bands.size(); ++i) {
            QCOMPARE(bands[i].year, central[i].year);
            for (double v : {bands[i].aiShare.p10, bands[i].aiShare.p50, bands[i].aiShare.p90})
                QCOMPARE(v, central[i].aiShare);
            QCOMPARE(bands[i].aiTwh.p90, central[i].aiTwh);
            QCOMPARE(bands[i].datacenterShare.p10, central[i].datacenterShare);
        }
        QVERIFY(evaluate(scenario).bands.empty()); // and evaluate reports none
    }

    void percentilesAreOrdered()
    {
        for (const auto& y : monteCarloBands(usScenario(kRanges))) {
            for (const Band& b : {y.aiShare, y.datacenterShare, y.aiTwh}) {
                QVERIFY(b.p10 <= b.p50);
                QVERIFY(b.p50 <= b.p90);
            }
        }
        // The base year spreads too, since queries_per_day is ranged.
        const auto first = monteCarloBands(usScenario(kRanges)).front();
        QVERIFY(first.aiTwh.p10 < first.aiTwh.p90);
    }

    void moreSamplesConverge()
    {
        // P50 of AI share in the end year with 2,000 samples under different seeds scatters more
        // than with 50,000: the spread shrinks roughly with the square root of the samples.
        auto spread = [](std::int64_t samples) {
            double low = 1, high = 0;
            for (std::uint64_t seed = 1; seed <= 5; ++seed) {
                const double p50 = monteCarloBands(usScenario(kRanges, samples, seed)).back().aiShare.p50;
                low = std::min(low, p50);
                high = std::max(high, p50);
            }
            return high - low;
        };
        QVERIFY(spread(50000) < spread(2000));
    }

    void triangularInverse_data()
    {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("mode");
        QTest::addColumn<double>("high");
        QTest::addColumn<double>("u");
        QTest::addColumn<double>("expected");
        QTest::newRow("symmetric median") << 0.0 << 0.5 << 1.0 << 0.5 << 0.5;
        QTest::newRow("mode at low, u = 0.75") << 0.0 << 0.0 << 1.0 << 0.75 << 0.5;  // 1 - sqrt(0.25)
        QTest::newRow("mode at high, u = 0.25") << 0.0 << 1.0 << 1.0 << 0.25 << 0.5; // sqrt(0.25)
        QTest::newRow("skewed, below mode") << 1.0 << 2.0 << 5.0 << 0.1 << 1.0 + std::sqrt(0.1 * 4 * 1);
        QTest::newRow("skewed, above mode") << 1.0 << 2.0 << 5.0 << 0.9 << 5.0 - std::sqrt(0.1 * 4 * 3);
        QTest::newRow("degenerate") << 3.0 << 3.0 << 3.0 << 0.3 << 3.0;
    }

    void triangularInverse()
    {
        QFETCH(double, low);
        QFETCH(double, mode);
        QFETCH(double, high);
        QFETCH(double, u);
        QFETCH(double, expected);
        QVERIFY(std::abs(triangular(low, mode, high, u) - expected) < 1e-12);
    }

    void triangularMeanIsAverageOfCorners()
    {
        std::mt19937_64 random(7);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        double sum = 0;
        const int n = 200000;
        for (int i = 0; i < n; ++i)
            sum += triangular(1, 2, 6, unit(random));
        QVERIFY(std::abs(sum / n - 3.0) < 0.01); // (1 + 2 + 6) / 3, standard error about 0.003
    }

    void wideRangesAreLogTriangular()
    {
        // 1 .. 1000 spans more than 10x: the median of the draws is the median in log space.
        QCOMPARE(drawRanged(1, 10, 1000, 0.2), std::exp(triangular(0, std::log(10.0), std::log(1000.0), 0.2)));
        // 1 .. 5 does not: plain triangular.
        QCOMPARE(drawRanged(1, 2, 5, 0.2), triangular(1, 2, 5, 0.2));
        // A range from zero is never log-drawn.
        QCOMPARE(drawRanged(0, 2, 50, 0.2), triangular(0, 2, 50, 0.2));
    }

    void sampleYearsMatchTheEquations()
    {
        // The stepped evaluation the bands use agrees with the equations for scenarios far from
        // the defaults, to rounding.
        std::mt19937_64 random(11);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        std::vector<SampleYear> stepped;
        for (int n = 0; n < 200; ++n) {
            ParameterSet p;
            for (const auto& s : paramSpecs())
                p[s.param] = s.min + (s.max - s.min) * unit(random) * 0.5 + (s.min > 0 ? 0 : 0.01);
            p[Param::NationalTwh] = baseYearDatacenterTwh(p) * (1.5 + unit(random));
            const auto years = evaluateYears(p, 1000, 2024, 2050);
            sampleYears(p, int(years.size()), stepped);
            for (std::size_t y = 0; y < years.size(); ++y) {
                QVERIFY(std::abs(stepped[y].aiTwh / years[y].aiTwh - 1) < 1e-12);
                QVERIFY(std::abs(stepped[y].aiShare / years[y].aiShare - 1) < 1e-12);
                QVERIFY(std::abs(stepped[y].datacenterShare / years[y].datacenterShare - 1) < 1e-12);
            }
        }
    }

    void percentileInPlaceEqualsSorted()
    {
        std::mt19937_64 random(3);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        for (std::size_t n : {1u, 2u, 7u, 1000u, 10001u}) {
            std::vector<double> values(n);
            for (double& v : values)
                v = unit(random);
            std::vector<double> sorted = values;
            std::sort(sorted.begin(), sorted.end());
            for (double p : {0.0, 0.1, 0.5, 0.9, 1.0})
                QCOMPARE(percentileInPlace(values, p), percentileOfSorted(sorted, p));
        }
    }

    void bandOfEqualsSortedPercentiles_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("uniform") << 0;
        QTest::newRow("spread over 600 orders of magnitude") << 1;
        QTest::newRow("few distinct values (ties)") << 2;
        QTest::newRow("all equal") << 3;
        QTest::newRow("negative and positive, with infinities") << 4;
        QTest::newRow("clustered with outliers") << 5;
    }

    void bandOfEqualsSortedPercentiles()
    {
        // The bucketed selection must give sorted[k] interpolated towards sorted[k + 1] exactly,
        // whatever the spread, the ties and the count (below 20, a bucket can hold every value).
        QFETCH(int, kind);
        std::mt19937_64 random(static_cast<std::uint64_t>(kind) + 5);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        auto value = [&]() -> double {
            const double u = unit(random);
            switch (kind) {
            case 0:
                return u;
            case 1:
                return std::pow(10.0, 600 * u - 300);
            case 2:
                return std::floor(u * 4) / 8;
            case 3:
                return 0.1;
            case 4:
                return u < 0.02 ? -HUGE_VAL : u > 0.98 ? HUGE_VAL : std::tan(3 * u - 1.5);
            default:
                return u < 0.01 ? 1e6 * u : 1 + u * 1e-12;
            }
        };
        auto same = [](double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); };
        for (std::size_t n : {1u, 2u, 3u, 10u, 11u, 19u, 20u, 21u, 101u, 2048u, 10000u, 100001u}) {
            std::vector<double> values(n);
            for (double& v : values)
                v = value();
            const std::vector<double> before = values;
            const Band band = bandOf(values);
            QVERIFY(values == before); // left unchanged
            std::sort(values.begin(), values.end());
            QVERIFY2(same(band.p10, percentileOfSorted(values, 0.1)), qPrintable(QString::number(n)));
            QVERIFY2(same(band.p50, percentileOfSorted(values, 0.5)), qPrintable(QString::number(n)));
            QVERIFY2(same(band.p90, percentileOfSorted(values, 0.9)), qPrintable(QString::number(n)));
        }
        QCOMPARE(bandOf({}).p50, 0.0);
        const std::vector<double> withNan{1, std::nan(""), 2};
        QVERIFY(std::isnan(bandOf(withNan).p10));
    }

    void bandsEqualSortedPercentiles()
    {
        // The nested selection the bands use gives the same numbers as sorting every year.
        const auto scenario = usScenario(kRanges, 5001, 9);
        const auto bands = monteCarloBands(scenario);
        std::mt19937_64 generator(9);
        std::vector<std::vector<double>> ai(bands.size());
        ParameterSet sample = scenario.values;
        std::vector<SampleYear> years;
        for (int i = 0; i < 5001; ++i) {
            for (const auto& [param, range] : scenario.ranges) {
                const double u = (double(generator() >> 11) + 0.5) * 0x1.0p-53;
                sample[param] = drawRanged(range.low, scenario.values[param], range.high, u);
            }
            sampleYears(sample, int(bands.size()), years);
            for (std::size_t y = 0; y < bands.size(); ++y)
                ai[y].push_back(years[y].aiShare);
        }
        for (std::size_t y = 0; y < bands.size(); ++y) {
            std::sort(ai[y].begin(), ai[y].end());
            QCOMPARE(bands[y].aiShare.p10, percentileOfSorted(ai[y], 0.1));
            QCOMPARE(bands[y].aiShare.p50, percentileOfSorted(ai[y], 0.5));
            QCOMPARE(bands[y].aiShare.p90, percentileOfSorted(ai[y], 0.9));
        }
    }

    void sameBandsForAnyThreadCount()
    {
        // The random numbers are one sequence for the seed and the percentiles exact order
        // statistics, so splitting the samples among threads changes no bit. An odd sample count
        // gives slices of unequal length; one workspace serves every run.
        const auto scenario = usScenario(kRanges, 100'003, 5);
        MonteCarloWorkspace workspace;
        const auto single = monteCarloBands(scenario, workspace, {1});
        QCOMPARE(single.size(), std::size_t{7});
        for (unsigned threads : {2u, 3u, 8u})
            QVERIFY2(sameBands(monteCarloBands(scenario, workspace, {threads}), single),
                     qPrintable(QString::number(threads)));
        QVERIFY(sameBands(monteCarloBands(scenario), single)); // every core, the thread's own memory
        MonteCarloWorkspace fresh;
        QVERIFY(sameBands(monteCarloBands(usScenario(kRanges, 100'003, 5), fresh, {3}), single));
    }

    void fewSamplesOnManyThreads()
    {
        // More threads than samples: some threads have none.
        const auto scenario = usScenario(kRanges, 5, 2);
        MonteCarloWorkspace workspace;
        QVERIFY(sameBands(monteCarloBands(scenario, workspace, {8}), monteCarloBands(scenario, workspace, {1})));
    }

    void cancellationStopsSampling()
    {
        const std::atomic<bool> cancelled{true};
        QVERIFY(monteCarloBands(usScenario(kRanges), &cancelled).empty());
        MonteCarloWorkspace workspace;
        QVERIFY(monteCarloBands(usScenario(kRanges, 200'000), workspace, {4}, &cancelled).empty());
        // Cancelled while the threads are drawing or stepping (a million samples take far longer
        // than 2 ms): no band from counts cut short.
        std::atomic<bool> later{false};
        std::jthread canceller([&later] {
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
            later = true;
        });
        QVERIFY(monteCarloBands(usScenario(kRanges, 1'000'000), workspace, {3}, &later).empty());
        const std::atomic<bool> goOn{false};
        QVERIFY(sameBands(monteCarloBands(usScenario(kRanges), &goOn), monteCarloBands(usScenario(kRanges))));
    }

    void percentileInterpolates()
    {
        const std::vector<double> sorted{1, 2, 3, 4};
        QCOMPARE(percentileOfSorted(sorted, 0.0), 1.0);
        QCOMPARE(percentileOfSorted(sorted, 1.0), 4.0);
        QVERIFY(std::abs(percentileOfSorted(sorted, 0.1) - 1.3) < 1e-12);
        QVERIFY(std::abs(percentileOfSorted(sorted, 0.5) - 2.5) < 1e-12);
        QCOMPARE(percentileOfSorted({7}, 0.9), 7.0);
    }
};

QTEST_APPLESS_MAIN(TestMonteCarlo)
#include "tst_monte_carlo.moc"
