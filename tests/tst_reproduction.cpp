// SPDX-License-Identifier: GPL-3.0-or-later
// The reproduction cases and calibration targets of docs/model.md, row by row. Expected
// values are the published figures or their hand arithmetic, never the engine's own output.

#include "gridshare/evaluation.h"
#include "gridshare/scenario_io.h"

#include <QTest>

#include <cmath>

using namespace gridshare;

namespace {

// Hardware on which one output token of a 100-billion-parameter model costs exactly 0.2 J
// (2 * 1e11 FLOP at 1e15 FLOP/J), so tokens_per_query = 18,000 * Wh gives any energy per request.
const std::string kUnitHardware = R"("active_params_billion": 100, "accelerator_flops": 1e15,
    "accelerator_power_w": 1000, "utilization": 1, "power_fraction": 1, "pue": 1, "model_growth": 0,
    "tokens_growth": 0, "efficiency_gain": 0, "query_growth": 0, "training_share": 0)";

std::string scenarioText(const std::string& parameters, const std::string& extra = {})
{
    return R"({"format": "gridshare-scenario", "version": 1, "region": "US")" + extra + R"(, "parameters": {)"
           + parameters + "}}";
}

Evaluation evaluateText(const std::string& text)
{
    auto read = scenarioFromText(text);
    if (!read)
        qFatal("scenario not readable: %s", read.issues().front().describe().c_str());
    auto resolved = resolve(read.value(), Dataset::builtin());
    if (!resolved)
        qFatal("scenario not valid: %s", resolved.issues().front().describe().c_str());
    return evaluate(resolved.value());
}

Evaluation evaluatePreset(const std::string& id)
{
    const Preset* preset = Dataset::builtin().preset(id);
    if (!preset)
        qFatal("no preset %s", id.c_str());
    return evaluate(resolve(preset->scenario, Dataset::builtin()).value());
}

double outputOf(const Evaluation& e, const QString& key, int year)
{
    const auto output = outputFromKey(key.toStdString());
    if (!output)
        qFatal("no output %s", qPrintable(key));
    for (const auto& y : e.years)
        if (y.year == year)
            return y.*(output->field);
    qFatal("year %d not evaluated", year);
}

} // namespace

class TestReproduction : public QObject {
    Q_OBJECT

private slots:
    void reproductionCases_data()
    {
        QTest::addColumn<QByteArray>("scenario");
        QTest::addColumn<QString>("output");
        QTest::addColumn<double>("scale"); // output * scale is compared
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("relativeTolerance");

        const std::string seed = scenarioText(kUnitHardware + R"(, "queries_per_day": 2e8, "tokens_per_query": 45000,
            "price_per_kwh": 1.06, "water_l_per_kwh": 4)",
                                              R"(, "currency": "CNY")");
        auto row = [](const char* name, const std::string& text, const char* output, double scale, double expected,
                      double tolerance) {
            QTest::newRow(name) << QByteArray::fromStdString(text) << QString::fromLatin1(output) << scale << expected
                                << tolerance;
        };
        // ChatGPT 2024 (seed): 200e6 requests/day at 2.5 Wh each.
        row("seed: 2.5 Wh per request", seed, "wh_per_query", 1, 2.5, 1e-12);
        row("seed: 500,000 kWh a day", seed, "ai_twh", 1e9 / 365, 500000, 1e-12);
        row("seed: 0.1825 TWh a year", seed, "ai_twh", 1, 0.1825, 1e-12);
        row("seed: 530,000 CNY a day", seed, "cost", 1.0 / 365, 530000, 1e-12);
        row("seed: 193.45 million CNY a year", seed, "cost", 1, 193.45e6, 1e-12);
        row("seed: about 2 亿元 a year", seed, "cost", 1, 2e8, 0.05);
        // Households: 500,000 kWh/day against 10,791 kWh/yr.
        row("seed: households, exact", seed, "households", 1, 500000.0 * 365 / 10791, 1e-12);
        row("seed: about 1.7 万 households", seed, "households", 1, 17000, 0.01);
        // Water: 500 mL per 50 answers is 10 mL per request.
        row("seed: 10 mL of water per request", seed, "water_m3", 1e6 / (2e8 * 365), 10, 1e-12);
        // AI-powered search (de Vries 2023): 9e9 searches/day at 8.9 Wh.
        const std::string search =
            scenarioText(kUnitHardware + R"(, "queries_per_day": 9e9, "tokens_per_query": 160200)");
        row("AI search: 29.24 TWh a year", search, "ai_twh", 1, 29.24, 2e-4);
        row("AI search: exact", search, "ai_twh", 1, 9e9 * 8.9 * 365 / 1e12, 1e-12);
        row("AI search: 80 GWh a day", search, "ai_twh", 1e3 / 365, 80, 2e-3);
        // Google AI (New Street Research): 62.4 GWh/day, as 62.4e9 requests of 1 Wh.
        const std::string google =
            scenarioText(kUnitHardware + R"(, "queries_per_day": 62.4e9, "tokens_per_query": 18000)");
        row("Google AI: 22.78 TWh a year", google, "ai_twh", 1, 22.78, 2e-4);
        // Epoch AI 2025, a GPT-4o query.
        const std::string epoch = scenarioText(R"("active_params_billion": 100, "tokens_per_query": 500,
            "accelerator_flops": 9.89e14, "accelerator_power_w": 1275, "utilization": 0.1, "power_fraction": 0.7,
            "pue": 1.2)");
        row("Epoch: 0.3008 Wh", epoch, "wh_per_query", 1, 0.3008, 5e-4);
        row("Epoch: hand arithmetic", epoch, "wh_per_query", 1, 1e15 / 9.89e14 * 1275 * 0.7 * 1.2 / 3600, 1e-12);
        // Training share: 40% training makes AI 1/0.6 of inference.
        const std::string training = scenarioText(
            R"("active_params_billion": 100, "accelerator_flops": 1e15, "accelerator_power_w": 1000,
            "utilization": 1, "power_fraction": 1, "pue": 1, "queries_per_day": 1e9, "tokens_per_query": 18000,
            "training_share": 0.4)");
        row("training: 40% share", training, "ai_twh", 1, 1e9 * 365 / 1e12 / 0.6, 1e-12);
        // LBNL 2024: 325 TWh and 580 TWh of US data centres in 2028 need 74 and 132 GW of capacity;
        // both pairs are an average load of half the capacity (dc_load_factor 0.5).
        auto datacentres = [](const std::string& twh) {
            return scenarioText(kUnitHardware
                                + R"(, "queries_per_day": 0, "tokens_per_query": 1, "dc_load_factor": 0.5)"
                                + R"(, "other_dc_twh": )" + twh);
        };
        row("LBNL: 325 TWh is 74 GW of capacity", datacentres("325"), "datacenter_capacity_gw", 1, 74, 0.01);
        row("LBNL: 580 TWh is 132 GW of capacity", datacentres("580"), "datacenter_capacity_gw", 1, 132, 0.01);
        row("LBNL: 325 TWh is 37.1 GW on average", datacentres("325"), "datacenter_avg_gw", 1, 325 / 8.76, 1e-12);
        row("LBNL: capacity, exact", datacentres("580"), "datacenter_capacity_gw", 1, 580e12 / 8760 / 0.5 / 1e9, 1e-12);
        // 24e9 requests of 1 Wh a day are 8.76 TWh a year: 1 GW on average, a million accelerators at 1,000 W.
        const std::string gigawatt =
            scenarioText(kUnitHardware + R"(, "queries_per_day": 24e9, "tokens_per_query": 18000)");
        row("1 GW on average", gigawatt, "ai_avg_gw", 1, 1, 1e-12);
        row("a million 1,000 W accelerators", gigawatt, "accelerators", 1, 1e6, 1e-12);
        row("tokens a day: 24e9 requests of 18,000 tokens", gigawatt, "tokens_per_day", 1, 24e9 * 18000, 1e-12);
        // Epoch AI 2025's GPT-4o query (0.3008 Wh) on an H100 drawing 1,275 W * 0.7 * 1.2 = 1,071 W at the
        // wall: a billion requests a day are 0.3008e9 / 24 W on average, about 11,700 accelerators.
        const std::string epochBillion = scenarioText(R"("active_params_billion": 100, "tokens_per_query": 500,
            "accelerator_flops": 9.89e14, "accelerator_power_w": 1275, "utilization": 0.1, "power_fraction": 0.7,
            "pue": 1.2, "training_share": 0, "queries_per_day": 1e9)");
        row("Epoch: 11,700 H100s for a billion requests a day", epochBillion, "accelerators", 1, 0.3008e9 / 24 / 1071,
            5e-4);
        // ChatGPT's 2.5 billion prompts a day (Axios, July 2025) at Epoch AI's 500 output tokens each.
        const std::string chatgpt =
            scenarioText(kUnitHardware + R"(, "queries_per_day": 2.5e9, "tokens_per_query": 500)");
        row("ChatGPT 2025: 1.25e12 output tokens a day", chatgpt, "tokens_per_day", 1, 1.25e12, 1e-12);
        // The presets that carry the seed's and de Vries's figures.
        QTest::newRow("preset chatgpt-2024: 0.1825 TWh")
            << QByteArray("preset:chatgpt-2024") << "ai_twh" << 1.0 << 0.1825 << 1e-9;
        QTest::newRow("preset chatgpt-2024: 193.45 million CNY")
            << QByteArray("preset:chatgpt-2024") << "cost" << 1.0 << 193.45e6 << 1e-9;
        QTest::newRow("preset ai-search: 29.24 TWh")
            << QByteArray("preset:ai-search") << "ai_twh" << 1.0 << 29.24 << 2e-4;
    }

    void reproductionCases()
    {
        QFETCH(QByteArray, scenario);
        QFETCH(QString, output);
        QFETCH(double, scale);
        QFETCH(double, expected);
        QFETCH(double, relativeTolerance);
        const Evaluation e = scenario.startsWith("preset:") ? evaluatePreset(scenario.mid(7).toStdString())
                                                            : evaluateText(scenario.toStdString());
        const double actual = outputOf(e, output, e.baseYear) * scale;
        const double error = std::abs(actual - expected) / std::abs(expected);
        QVERIFY2(error <= relativeTolerance, qPrintable(QStringLiteral("%1 * %2 = %3, expected %4 (relative error %5)")
                                                            .arg(output)
                                                            .arg(scale)
                                                            .arg(actual, 0, 'g', 17)
                                                            .arg(expected, 0, 'g', 17)
                                                            .arg(error)));
    }

    // Calibration targets: a figure must fall inside a published interval.
    void calibration_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("output");
        QTest::addColumn<int>("year");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");

        QTest::newRow("US 2024 data centres within 5% of 183 TWh (IEA)")
            << "us-2024"
            << "datacenter_twh" << 2024 << 183 * 0.95 << 183 * 1.05;
        QTest::newRow("US 2024 national 4,097 TWh (EIA)") << "us-2024"
                                                          << "national_twh" << 2024 << 4097.0 << 4097.0;
        QTest::newRow("US 2030 data-centre share inside LBNL 2025's 9.5-15.3%")
            << "us-2024"
            << "datacenter_share" << 2030 << 0.095 << 0.153;
        QTest::newRow("China 2024 data centres within 5% of 102 TWh (IEA)")
            << "china-2024"
            << "datacenter_twh" << 2024 << 102 * 0.95 << 102 * 1.05;
        QTest::newRow("China 2030 data centres between IEA's 277 and the government's 400 TWh")
            << "china-2024"
            << "datacenter_twh" << 2030 << 277.0 << 400.0;
        QTest::newRow("Arm CEO claim: AI share 20-25% in 2030") << "arm-ceo-claim"
                                                                << "ai_share" << 2030 << 0.20 << 0.25;
        // The preset's central value is the middle of EPRI's 9-17%; allow a point either way.
        QTest::newRow("EPRI 2026: 13% in 2030 within a point") << "epri-2026"
                                                               << "datacenter_share" << 2030 << 0.12 << 0.14;
        QTest::newRow("efficient inference: 0.24-0.34 Wh per prompt") << "efficient-inference-2025"
                                                                      << "wh_per_query" << 2025 << 0.24 << 0.34;
    }

    void calibration()
    {
        QFETCH(QString, preset);
        QFETCH(QString, output);
        QFETCH(int, year);
        QFETCH(double, low);
        QFETCH(double, high);
        const double value = outputOf(evaluatePreset(preset.toStdString()), output, year);
        QVERIFY2(value >= low * (1 - 1e-12) && value <= high * (1 + 1e-12),
                 qPrintable(QStringLiteral("%1 in %2 is %3, outside [%4, %5]")
                                .arg(output)
                                .arg(year)
                                .arg(value, 0, 'g', 10)
                                .arg(low)
                                .arg(high)));
    }

    void regionDefaultsMatchTheirSources_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<double>("datacentres");
        QTest::addColumn<double>("national");
        QTest::newRow("US: IEA 183, EIA 4,097") << "US" << 183.0 << 4097.0;
        QTest::newRow("China: IEA 102, NEA 9,852") << "China" << 102.0 << 9852.0;
        QTest::newRow("EU: IEA via the Commission 70, Ember 2,730") << "EU" << 70.0 << 2730.0;
        // IEA's 415 TWh is "around 1.5%" of world consumption: 415 / 0.015 = 27,667, rounded.
        QTest::newRow("World: IEA 415 on IEA's denominator") << "World" << 415.0 << 27700.0;
    }

    void regionDefaultsMatchTheirSources()
    {
        QFETCH(QString, region);
        QFETCH(double, datacentres);
        QFETCH(double, national);
        Scenario s;
        s.region = region.toStdString();
        const Evaluation e = evaluate(resolve(s, Dataset::builtin()).value());
        QVERIFY(std::abs(e.years.front().datacenterTwh / datacentres - 1) < 0.05);
        QCOMPARE(e.years.front().nationalTwh, national);
    }

    void priceFollowsTheScenarioCurrency()
    {
        // The US default price (0.0806 USD) in CNY at the cited 7.0809 CNY per USD.
        Scenario s;
        s.currency = "CNY";
        const auto resolved = resolve(s, Dataset::builtin()).value();
        QVERIFY(std::abs(resolved.values[Param::PricePerKwh] / (0.0806 * 7.0809) - 1) < 1e-12);
    }
};

QTEST_APPLESS_MAIN(TestReproduction)
#include "tst_reproduction.moc"
