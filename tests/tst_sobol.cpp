// SPDX-License-Identifier: GPL-3.0-or-later
// Sobol indices: the estimator reproduces the Ishigami function's analytic indices within the
// standard error it states, that stated error matches the scatter over seeds, and on scenarios the
// indices behave as their definition says.

#include "gridshare/sobol.h"

#include <QTest>

#include <array>
#include <cmath>
#include <numbers>

using namespace gridshare;

namespace {

// Ishigami and Homma's function, the usual check of Sobol estimators:
//   f = sin x1 + a sin^2 x2 + b x3^4 sin x1, every x_i uniform on (-pi, pi), a = 7, b = 0.1.
// Its variance decomposes in closed form (the integrals of sin, sin^2 and x^4 over the period):
//   V1 = (1 + b pi^4 / 5)^2 / 2, V2 = a^2 / 8, V3 = 0, V13 = 8 b^2 pi^8 / 225, V = V1 + V2 + V13,
// so S1 = V1 / V = 0.3139, S2 = V2 / V = 0.4424, S3 = 0, ST1 = (V1 + V13) / V = 0.5576,
// ST2 = S2, ST3 = V13 / V = 0.2437.
constexpr double kA = 7, kB = 0.1;
constexpr double kPi = std::numbers::pi;
const double kPi4 = std::pow(kPi, 4), kPi8 = std::pow(kPi, 8);
const double kV1 = 0.5 * (1 + kB * kPi4 / 5) * (1 + kB * kPi4 / 5);
const double kV2 = kA * kA / 8;
const double kV13 = 8 * kB * kB * kPi8 / 225;
const double kV = kV1 + kV2 + kV13;
const std::array<double, 3> kFirstOrder{kV1 / kV, kV2 / kV, 0};
const std::array<double, 3> kTotal{(kV1 + kV13) / kV, kV2 / kV, kV13 / kV};

std::optional<SobolEstimate> ishigami(std::size_t rows, std::uint64_t seed)
{
    return sobolIndices(
        3, 1, rows, seed, [](std::size_t, double u) { return -kPi + 2 * kPi * u; },
        [](std::span<const double> x, std::span<double> out) {
            out[0] = std::sin(x[0]) + kA * std::sin(x[1]) * std::sin(x[1]) + kB * std::pow(x[2], 4) * std::sin(x[0]);
        });
}

ResolvedScenario usScenario(std::map<Param, Range> ranges, std::int64_t samples = 10000)
{
    Scenario s;
    s.ranges = std::move(ranges);
    s.monteCarlo.samples = samples;
    return resolve(s, Dataset::builtin()).value();
}

} // namespace

class TestSobol : public QObject {
    Q_OBJECT

private slots:
    void analyticValuesAreTheKnownOnes()
    {
        // The closed forms above against the values published with the function, to four places.
        QCOMPARE(std::round(kFirstOrder[0] * 1e4), 3139.0);
        QCOMPARE(std::round(kFirstOrder[1] * 1e4), 4424.0);
        QCOMPARE(std::round(kTotal[0] * 1e4), 5576.0);
        QCOMPARE(std::round(kTotal[2] * 1e4), 2437.0);
        QVERIFY(std::abs(kV - (kA * kA / 8 + kB * kPi4 / 5 + kB * kB * kPi8 / 18 + 0.5)) < 1e-12);
    }

    void ishigamiWithinTheStatedError()
    {
        // 50,000 rows (250,000 evaluations). Each index within four of its stated standard errors
        // (a normal estimate strays that far once in 16,000), and those errors small enough to
        // tell the three inputs apart.
        const auto estimate = ishigami(50'000, 1);
        QVERIFY(estimate);
        QCOMPARE(estimate->variance.size(), std::size_t{1});
        QVERIFY(std::abs(estimate->variance[0] / kV - 1) < 0.03);
        for (std::size_t i = 0; i < 3; ++i) {
            const SobolIndex& index = estimate->indices[0][i];
            const QString where = QStringLiteral("x%1: S %2 ± %3, ST %4 ± %5")
                                      .arg(i + 1)
                                      .arg(index.firstOrder)
                                      .arg(index.firstOrderError)
                                      .arg(index.total)
                                      .arg(index.totalError);
            QVERIFY2(index.firstOrderError > 0 && index.firstOrderError < 0.02, qPrintable(where));
            QVERIFY2(index.totalError > 0 && index.totalError < 0.02, qPrintable(where));
            QVERIFY2(std::abs(index.firstOrder - kFirstOrder[i]) <= 4 * index.firstOrderError, qPrintable(where));
            QVERIFY2(std::abs(index.total - kTotal[i]) <= 4 * index.totalError, qPrintable(where));
        }
    }

    void statedErrorMatchesTheScatterOverSeeds()
    {
        // Over 40 seeds of 2,000 rows, (estimate - analytic) / stated error should scatter like a
        // standard normal variable (with 20 groups, Student's t with 19 degrees of freedom: root
        // mean square 1.06). An error stated too small or too large moves the root mean square
        // out of [0.75, 1.35]; about 95% should fall within two stated errors.
        double squares = 0;
        int count = 0, withinTwo = 0;
        for (std::uint64_t seed = 1; seed <= 40; ++seed) {
            const auto estimate = ishigami(2'000, seed);
            QVERIFY(estimate);
            for (std::size_t i = 0; i < 3; ++i) {
                const SobolIndex& index = estimate->indices[0][i];
                for (double z : {(index.firstOrder - kFirstOrder[i]) / index.firstOrderError,
                                 (index.total - kTotal[i]) / index.totalError}) {
                    squares += z * z;
                    withinTwo += std::abs(z) <= 2;
                    ++count;
                }
            }
        }
        const double rms = std::sqrt(squares / count);
        QVERIFY2(rms > 0.75 && rms < 1.35, qPrintable(QString::number(rms)));
        QVERIFY2(withinTwo >= 0.88 * count, qPrintable(QString::number(withinTwo)));
    }

    void sameSeedSameIndices()
    {
        const auto a = ishigami(1'000, 3), b = ishigami(1'000, 3), c = ishigami(1'000, 4);
        QCOMPARE(a->indices[0][0].firstOrder, b->indices[0][0].firstOrder);
        QVERIFY(a->indices[0][0].firstOrder != c->indices[0][0].firstOrder);
    }

    void oneRangeExplainsEverything()
    {
        // With one uncertain parameter, A_B^i is B itself: the first-order index is exactly 1,
        // the total index 1 within its error.
        const auto sobol = sobolIndices(usScenario({{Param::QueryGrowth, {0.2, 1.0}}}));
        QVERIFY(sobol);
        QCOMPARE(sobol->year, 2030);
        QCOMPARE(sobol->rows, std::size_t{10000});
        QCOMPARE(sobol->parameters.size(), std::size_t{1});
        const SobolIndex& share = sobol->parameters[0].aiShare;
        QCOMPARE(share.firstOrder, 1.0);
        QVERIFY(std::abs(share.total - 1) <= 4 * share.totalError);
    }

    void aParameterThatDoesNotEnterHasNoIndex()
    {
        // The price changes the cost only: its total index on the AI share is exactly 0 (the
        // outputs do not differ), its first-order index 0 within the stated error; the growth of
        // requests, the only other range, explains the rest.
        const auto sobol =
            sobolIndices(usScenario({{Param::QueryGrowth, {0.2, 1.0}}, {Param::PricePerKwh, {0.05, 0.2}}}));
        QVERIFY(sobol);
        QCOMPARE(sobol->parameters.size(), std::size_t{2});
        QCOMPARE(sobol->parameters[0].param, Param::QueryGrowth); // in the order of Param
        const SobolIndex& price = sobol->parameters[1].aiShare;
        QCOMPARE(price.total, 0.0);
        QVERIFY(std::abs(price.firstOrder) <= 4 * price.firstOrderError);
        const SobolIndex& growth = sobol->parameters[0].aiShare;
        QVERIFY(std::abs(growth.total - 1) <= 4 * growth.totalError);
    }

    void indicesOfTheBandedScenario()
    {
        // Four ranges: every index within [0, 1] up to its error, totals at least the first order
        // up to the errors, and the first-order indices together at most the whole variance.
        const auto sobol = sobolIndices(usScenario({{Param::QueryGrowth, {0.2, 1.0}},
                                                    {Param::EfficiencyGain, {0.1, 0.6}},
                                                    {Param::QueriesPerDay, {1e10, 5e11}},
                                                    {Param::TokensGrowth, {0.0, 0.4}}}));
        QVERIFY(sobol);
        double firstOrderSum = 0, errors = 0;
        for (const ParameterSobol& p : sobol->parameters) {
            for (const SobolIndex* index : {&p.aiShare, &p.datacenterShare, &p.aiTwh}) {
                const double slack = 4 * (index->firstOrderError + index->totalError);
                QVERIFY(index->firstOrder >= -slack && index->total <= 1 + slack);
                QVERIFY(index->total >= index->firstOrder - slack);
            }
            firstOrderSum += p.aiShare.firstOrder;
            errors += p.aiShare.firstOrderError;
        }
        QVERIFY(firstOrderSum <= 1 + 4 * errors);
    }

    void noRangesNoIndices() { QVERIFY(!sobolIndices(usScenario({}))); }

    void cancellationStops()
    {
        const std::atomic<bool> cancelled{true};
        QVERIFY(!sobolIndices(usScenario({{Param::QueryGrowth, {0.2, 1.0}}}), &cancelled));
        const std::atomic<bool> goOn{false};
        QVERIFY(sobolIndices(usScenario({{Param::QueryGrowth, {0.2, 1.0}}}), &goOn));
    }
};

QTEST_APPLESS_MAIN(TestSobol)
#include "tst_sobol.moc"
