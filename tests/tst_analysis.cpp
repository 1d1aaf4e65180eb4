// SPDX-License-Identifier: GPL-3.0-or-later
// Goal seek and sensitivity against cases computed by hand from the equations.

#include "gridshare/analysis.h"

#include <QTest>

#include <cmath>

using namespace gridshare;

namespace {

ResolvedScenario us(std::map<Param, Range> ranges = {})
{
    Scenario s;
    s.ranges = std::move(ranges);
    return resolve(s, Dataset::builtin()).value();
}

const OutputSpec& output(const char* key)
{
    static std::map<std::string, OutputSpec> cache;
    return cache.emplace(key, *outputFromKey(key)).first->second;
}

// The US defaults by hand from the equations (docs/model.md): AI in 2024 (Epoch AI's 0.3008 Wh
// request, 2.3e11 a day, 30% training), the other data centres (146.92 TWh, 9% a year) and the rest
// of the grid (0.9% a year).
double usAi2024()
{
    const double wh0 = 2 * 100e9 * 500 / 0.1 * (1275 / 9.89e14) * 0.7 * 1.2 / 3600;
    return 2.3e11 * 365 * wh0 / 1e12 / 0.7;
}
double usOtherDatacentres(int k)
{
    return 146.92 * std::pow(1.09, k);
}
double usRestOfGrid(int k)
{
    return (4097 - (usAi2024() + 146.92)) * std::pow(1.009, k);
}

} // namespace

class TestAnalysis : public QObject {
    Q_OBJECT

private slots:
    void requestGrowthForTenPercent()
    {
        // With everything else at the US defaults, AI grows by g = (1 + q) * 1.2 / 1.3 a year and the
        // rest of the grid is fixed, so the 2030 share of 10% needs ai = 0.1 (R + O) / 0.9.
        const ResolvedScenario s = us();
        const double ai2030 = 0.1 * (usRestOfGrid(6) + usOtherDatacentres(6)) / 0.9;
        const double g = std::pow(ai2030 / usAi2024(), 1.0 / 6);
        const double expected = g * 1.3 / 1.2 - 1;

        const auto result = goalSeek(s, Param::QueryGrowth, output("ai_share"), 2030, 0.10);
        QVERIFY(result.value);
        QVERIFY2(std::abs(*result.value - expected) < 1e-9, qPrintable(QString::number(*result.value, 'g', 17)));
        QVERIFY(expected > 0.65 && expected < 0.70); // AI at 10% of US electricity in 2030 needs about 67% a year
    }

    void requestGrowthForLbnlHighCapacity()
    {
        // LBNL's 132 GW of US data-centre capacity in 2028 at the default load factor 0.5 is an
        // average of 66 GW, 132 * 0.5 * 8.76 TWh a year; the other data centres grow 9% a year, AI
        // the rest, by g = (1 + q) * 1.2 / 1.3 a year from the base year.
        const ResolvedScenario s = us();
        const double ai2028 = 132 * 0.5 * 8.76 - usOtherDatacentres(4);
        const double expected = std::pow(ai2028 / usAi2024(), 1.0 / 4) * 1.3 / 1.2 - 1;

        const auto result = goalSeek(s, Param::QueryGrowth, output("datacenter_capacity_gw"), 2028, 132);
        QVERIFY(result.value);
        QVERIFY2(std::abs(*result.value - expected) < 1e-9, qPrintable(QString::number(*result.value, 'g', 17)));
        QVERIFY(expected > 0.9 && expected < 0.98); // AI near 371 TWh in 2028 from 36.1 TWh in 2024
    }

    void armClaimInGigawatts()
    {
        // The README's example: the Arm CEO's 25% of US electricity for AI in 2030, in capacity. Any
        // request growth that gives AI a quarter of the grid leaves the rest as it was, so AI is a
        // third of the rest: ai = (R + O) / 3, and capacity = (ai + O) / 8.76 / 0.5.
        const ResolvedScenario s = us();
        const double ai2030 = (usRestOfGrid(6) + usOtherDatacentres(6)) / 3;
        const double expected = (ai2030 + usOtherDatacentres(6)) / 8.76 / 0.5;

        const auto result = goalSeek(s, Param::QueryGrowth, output("ai_share"), 2030, 0.25);
        QVERIFY(result.value);
        ResolvedScenario check = s;
        check.values[Param::QueryGrowth] = *result.value;
        const double capacity = outputAt(check, output("datacenter_capacity_gw"), 2030);
        QVERIFY2(std::abs(capacity / expected - 1) < 1e-9, qPrintable(QString::number(capacity, 'g', 17)));
        QVERIFY(capacity > 385 && capacity < 395); // "about 390 GW" in the README
    }

    void loadFactorBoundsTheCapacity()
    {
        // Capacity is the average load over the load factor (0.05 .. 1): no load factor makes the
        // capacity smaller than the average, and the reachable interval is [average, average / 0.05].
        const ResolvedScenario s = us();
        const double average = outputAt(s, output("datacenter_avg_gw"), 2030);
        const auto result = goalSeek(s, Param::DcLoadFactor, output("datacenter_capacity_gw"), 2030, average * 0.9);
        QVERIFY(!result.value);
        QVERIFY(std::abs(result.reachableLow / average - 1) < 1e-12);
        QVERIFY(std::abs(result.reachableHigh / (average / 0.05) - 1) < 1e-12);
        const auto reached = goalSeek(s, Param::DcLoadFactor, output("datacenter_capacity_gw"), 2030, average / 0.6);
        QVERIFY(reached.value);
        QVERIFY(std::abs(*reached.value - 0.6) < 1e-9);
    }

    void armClaimMiddle()
    {
        const ResolvedScenario s = us();
        const auto result = goalSeek(s, Param::QueryGrowth, output("ai_share"), 2030, 0.225);
        QVERIFY(result.value);
        ResolvedScenario check = s;
        check.values[Param::QueryGrowth] = *result.value;
        QVERIFY(std::abs(outputAt(check, output("ai_share"), 2030) / 0.225 - 1) < 1e-9);
    }

    void logScaledParameter()
    {
        // Requests per day for 100 TWh of AI in the base year: linear in requests, so exact.
        const ResolvedScenario s = us();
        const auto result = goalSeek(s, Param::QueriesPerDay, output("ai_twh"), 2024, 100);
        QVERIFY(result.value);
        const double perRequest = outputAt(s, output("ai_twh"), 2024) / 2.3e11;
        QVERIFY(std::abs(*result.value / (100 / perRequest) - 1) < 1e-9);
    }

    void noSolutionGivesTheReachableInterval()
    {
        // PUE only ranges from 1 to 3: AI cannot reach half of US electricity by 2030 through it.
        const ResolvedScenario s = us();
        const auto result = goalSeek(s, Param::Pue, output("ai_share"), 2030, 0.5);
        QVERIFY(!result.value);
        ResolvedScenario at1 = s, at3 = s;
        at1.values[Param::Pue] = 1;
        at3.values[Param::Pue] = 3;
        QVERIFY(std::abs(result.reachableLow / outputAt(at1, output("ai_share"), 2030) - 1) < 1e-12);
        QVERIFY(std::abs(result.reachableHigh / outputAt(at3, output("ai_share"), 2030) - 1) < 1e-12);
    }

    void parameterWithoutEffect()
    {
        // The price changes the cost, never the share.
        const auto result = goalSeek(us(), Param::PricePerKwh, output("ai_share"), 2030, 0.1);
        QVERIFY(!result.value);
        QCOMPARE(result.reachableLow, result.reachableHigh);
    }

    void tornadoRanking()
    {
        // AI electricity in the base year is proportional to requests * PUE / utilization (and
        // more), so the swings are known: requests 0.5x..2x swing 1.5 ai0; utilization 0.09..0.11
        // swings (0.1/0.09 - 0.1/0.11) ai0 = 0.202 ai0; PUE 1.1..1.3 swings 0.2/1.2 ai0 = 0.167 ai0.
        const ResolvedScenario s = us(
            {{Param::QueriesPerDay, {1.15e11, 4.6e11}}, {Param::Utilization, {0.09, 0.11}}, {Param::Pue, {1.1, 1.3}}});
        const double ai0 = outputAt(s, output("ai_twh"), 2024);
        const auto bars = sensitivities(s, output("ai_twh"), 2024);
        QVERIFY(!bars.empty());
        QCOMPARE(int(bars.front().param), int(Param::QueriesPerDay));
        QVERIFY(std::abs(bars.front().swing() / ai0 - 1.5) < 1e-12);
        auto find = [&](Param p) {
            return *std::find_if(bars.begin(), bars.end(), [p](const Sensitivity& b) { return b.param == p; });
        };
        QVERIFY(std::abs(find(Param::Utilization).swing() / ai0 - (0.1 / 0.09 - 0.1 / 0.11)) < 1e-12);
        QVERIFY(std::abs(find(Param::Pue).swing() / ai0 - 0.2 / 1.2) < 1e-12);
        QVERIFY(find(Param::Pue).fromRange);
        for (std::size_t i = 1; i < bars.size(); ++i)
            QVERIFY(bars[i - 1].swing() >= bars[i].swing());
        // Nothing that cannot move base-year AI electricity is listed.
        for (const auto& b : bars)
            QVERIFY2(b.param != Param::PricePerKwh && b.param != Param::QueryGrowth && b.param != Param::NationalTwh,
                     spec(b.param).key.data());
        // Without a range: +-20% of the level (tokens), clamped to the valid range.
        const auto tokens = find(Param::TokensPerQuery);
        QVERIFY(!tokens.fromRange);
        QCOMPARE(tokens.low, 400.0);
        QCOMPARE(tokens.high, 600.0);
    }

    void tornadoMovesRatesByPoints()
    {
        const auto bars = sensitivities(us(), output("ai_share"), 2030);
        const auto modelGrowth =
            std::find_if(bars.begin(), bars.end(), [](const Sensitivity& b) { return b.param == Param::ModelGrowth; });
        QVERIFY(modelGrowth != bars.end()); // a 0% rate still moves: by 10 points
        QCOMPARE(modelGrowth->low, -0.1);
        QCOMPARE(modelGrowth->high, 0.1);
        // The AI growth rates multiply AI's yearly growth by (1 + r + 0.1) / (1 + r - 0.1), largest
        // where the rate is lowest: model (1.1/0.9) > tokens (1.3/1.1) > efficiency (1.4/1.2, dividing)
        // > requests (1.6/1.4). So they rank in that order.
        auto rank = [&](Param p) {
            return std::find_if(bars.begin(), bars.end(), [p](const Sensitivity& b) { return b.param == p; })
                   - bars.begin();
        };
        QVERIFY(rank(Param::ModelGrowth) < rank(Param::TokensGrowth));
        QVERIFY(rank(Param::TokensGrowth) < rank(Param::EfficiencyGain));
        QVERIFY(rank(Param::EfficiencyGain) < rank(Param::QueryGrowth));
        QCOMPARE(int(bars.front().param), int(Param::ModelGrowth));
    }
};

QTEST_APPLESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
