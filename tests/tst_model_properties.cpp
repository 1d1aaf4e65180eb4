// SPDX-License-Identifier: GPL-3.0-or-later
// Hundreds of random valid scenarios against a plain, independent evaluation of the formulas in
// docs/model.md written out here, to a relative error of 1e-9.

#include "gridshare/evaluation.h"
#include "gridshare/resolve.h"

#include <QTest>

#include <cmath>
#include <map>
#include <random>
#include <string>

using namespace gridshare;

namespace {

// model.md's equations, transcribed by hand with named inputs rather than Param indices.
std::map<std::string, double> referenceYear(const std::map<std::string, double>& in, double household, int k)
{
    auto v = [&](const char* key) { return in.at(key); };
    auto grow = [](double x, double r, int n) { return x * std::pow(1.0 + r, n); };
    auto aiAt = [&](int n) {
        const double Q = grow(v("queries_per_day"), v("query_growth"), n);
        const double N = grow(v("active_params_billion"), v("model_growth"), n) * 1e9;
        const double T = grow(v("tokens_per_query"), v("tokens_growth"), n);
        const double jPerFlop =
            v("accelerator_power_w") / (v("accelerator_flops") * std::pow(1 + v("efficiency_gain"), n));
        const double eQuery = 2 * N * T / v("utilization") * jPerFlop * v("power_fraction") * v("pue");
        const double wh = eQuery / 3600;
        const double inference = Q * 365 * wh / 1e12;
        const double training = inference * v("training_share") / (1 - v("training_share"));
        return std::map<std::string, double>{{"queries_per_day", Q},
                                             {"wh_per_query", wh},
                                             {"inference_twh", inference},
                                             {"training_twh", training},
                                             {"ai_twh", inference + training}};
    };
    auto out = aiAt(k);
    const double ai = out["ai_twh"];
    const double other = grow(v("other_dc_twh"), v("other_dc_growth"), k);
    const double dc = ai + other;
    const double dc0 = aiAt(0)["ai_twh"] + v("other_dc_twh");
    const double national = (v("national_twh") - dc0) * std::pow(1 + v("demand_growth"), k) + dc;
    out["other_dc_twh"] = other;
    out["datacenter_twh"] = dc;
    out["national_twh"] = national;
    out["ai_share"] = ai / national;
    out["datacenter_share"] = dc / national;
    out["cost"] = ai * 1e9 * v("price_per_kwh") * std::pow(1 + v("price_growth"), k);
    out["water_m3"] = ai * 1e9 * v("water_l_per_kwh") / 1000;
    out["co2_mt"] = ai * 1e9 * v("carbon_g_per_kwh") * std::pow(1 - v("carbon_decline"), k) / 1e12;
    out["households"] = ai * 1e9 / household;
    // Version 2: power and implied quantities.
    out["ai_avg_gw"] = ai / 8.76;
    out["datacenter_avg_gw"] = dc / 8.76;
    out["datacenter_capacity_gw"] = dc / 8.76 / v("dc_load_factor");
    out["accelerators"] = ai * 1e12 / 8760 / (v("accelerator_power_w") * v("power_fraction") * v("pue"));
    out["tokens_per_day"] = out["queries_per_day"] * grow(v("tokens_per_query"), v("tokens_growth"), k);
    return out;
}

double relativeError(double actual, double expected)
{
    if (expected == 0)
        return std::abs(actual);
    return std::abs(actual - expected) / std::abs(expected);
}

} // namespace

class TestModelProperties : public QObject {
    Q_OBJECT

private slots:
    void randomScenariosMatchTheFormulas()
    {
        std::mt19937_64 random(20261125);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        int checked = 0;
        int attempts = 0;
        while (checked < 500) {
            QVERIFY2(++attempts < 100000, "could not draw enough valid scenarios");
            ParameterSet p;
            std::map<std::string, double> named;
            for (const auto& s : paramSpecs()) {
                // Log-uniform across wide positive ranges, so every order of magnitude is tried.
                const bool wide = s.min > 0 && s.max / s.min > 100;
                const double u = unit(random);
                const double value = wide ? s.min * std::pow(s.max / s.min, u) : s.min + (s.max - s.min) * u;
                p[s.param] = value;
                named[std::string(s.key)] = value;
            }
            if (baseYearDatacenterTwh(p) >= p[Param::NationalTwh])
                continue; // model.md calls this scenario invalid
            const int baseYear = 2015 + static_cast<int>(unit(random) * 16);
            const int endYear = std::min(2050, baseYear + 1 + static_cast<int>(unit(random) * 20));
            const double household = 1000 + unit(random) * 20000;

            const auto years = evaluateYears(p, household, baseYear, endYear);
            QCOMPARE(int(years.size()), endYear - baseYear + 1);
            for (const auto& y : years) {
                const auto expected = referenceYear(named, household, y.year - baseYear);
                QCOMPARE(expected.size(), outputSpecs().size()); // every output has its transcription
                for (const auto& output : outputSpecs()) {
                    const double actual = y.*output.field;
                    const double error = relativeError(actual, expected.at(std::string(output.key)));
                    if (!(error <= 1e-9))
                        QFAIL(qPrintable(QStringLiteral("scenario %1, year %2, %3: %4 vs %5")
                                             .arg(checked)
                                             .arg(y.year)
                                             .arg(QLatin1String(output.key.data(), qsizetype(output.key.size())))
                                             .arg(actual, 0, 'g', 17)
                                             .arg(expected.at(std::string(output.key)), 0, 'g', 17)));
                }
            }
            ++checked;
        }
    }

    void anotherCurrencyChangesOnlyTheMoney_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<double>("rate"); // target units per source unit, from currencies.json
        QTest::newRow("US in yuan") << QStringLiteral("US") << QStringLiteral("CNY") << 7.0809;
        QTest::newRow("US in euro") << QStringLiteral("US") << QStringLiteral("EUR") << 0.9245;
        QTest::newRow("China in dollars") << QStringLiteral("China") << QStringLiteral("USD") << 1 / 7.0809;
    }

    void anotherCurrencyChangesOnlyTheMoney()
    {
        QFETCH(QString, region);
        QFETCH(QString, currency);
        QFETCH(double, rate);
        const Dataset& data = Dataset::builtin();
        Scenario s;
        s.region = region.toStdString();
        s.parameters[Param::QueryGrowth] = 0.7;
        s.parameters[Param::PricePerKwh] = 0.1; // set by the person: converted
        s.ranges[Param::PricePerKwh] = Range{0.08, 0.12};
        const auto converted = inCurrency(s, data, currency.toStdString());
        QVERIFY(converted);
        QCOMPARE(*converted.value().currency, currency.toStdString());
        QVERIFY(std::abs(converted.value().parameters.at(Param::PricePerKwh) - 0.1 * rate) < 1e-12);
        QVERIFY(std::abs(converted.value().ranges.at(Param::PricePerKwh).high - 0.12 * rate) < 1e-12);

        const Evaluation before = evaluate(resolve(s, data).value(), false);
        const Evaluation after = evaluate(resolve(converted.value(), data).value(), false);
        for (std::size_t i = 0; i < before.years.size(); ++i) {
            // Costs change by the rate (relative 1e-12); energy and shares not at all.
            QVERIFY(std::abs(after.years[i].cost / (before.years[i].cost * rate) - 1) < 1e-12);
            QCOMPARE(after.years[i].aiTwh, before.years[i].aiTwh);
            QCOMPARE(after.years[i].aiShare, before.years[i].aiShare);
        }
        // A price left at the region's default follows too: the default is converted on resolve.
        Scenario plain;
        plain.region = region.toStdString();
        const auto plainConverted = inCurrency(plain, data, currency.toStdString());
        const double c0 = evaluate(resolve(plain, data).value(), false).years.back().cost;
        const double c1 = evaluate(resolve(plainConverted.value(), data).value(), false).years.back().cost;
        QVERIFY(std::abs(c1 / (c0 * rate) - 1) < 1e-12);
    }

    void anUnknownCurrencyIsRefused()
    {
        Scenario s;
        const auto converted = inCurrency(s, Dataset::builtin(), "XTS"); // ISO 4217's code for testing
        QVERIFY(!converted);
        QCOMPARE(converted.issues().front().pointer, std::string("/currency"));
        QVERIFY(converted.issues().front().reason.find("XTS") != std::string::npos);
    }

    void parameterTableIsInEnumOrder()
    {
        for (std::size_t i = 0; i < kParamCount; ++i)
            QCOMPARE(static_cast<std::size_t>(paramSpecs()[i].param), i);
    }

    void sharesMoveTheRightWay()
    {
        // More requests: more AI, a larger AI share. Higher efficiency gain: less AI by the end year.
        ParameterSet p;
        for (const auto& s : paramSpecs())
            p[s.param] = s.min > 0 ? s.min * 10 : 0.1;
        p[Param::NationalTwh] = 4000;
        p[Param::OtherDcTwh] = 100;
        p[Param::QueriesPerDay] = 1e9;
        const auto before = evaluateYears(p, 10000, 2024, 2030).back();
        p[Param::QueriesPerDay] = 2e9;
        const auto more = evaluateYears(p, 10000, 2024, 2030).back();
        QVERIFY(more.aiShare > before.aiShare);
        QVERIFY(std::abs(more.aiTwh / before.aiTwh - 2) < 1e-12);
        p[Param::EfficiencyGain] += 0.5;
        QVERIFY(evaluateYears(p, 10000, 2024, 2030).back().aiTwh < more.aiTwh);
    }
};

QTEST_APPLESS_MAIN(TestModelProperties)
#include "tst_model_properties.moc"
