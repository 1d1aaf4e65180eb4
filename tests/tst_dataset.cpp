// SPDX-License-Identifier: GPL-3.0-or-later
// The cited data: every default has a source or an assumption, every reference resolves, the
// presets and projections that the issues and model.md name are there, and overrides behave.

#include "message_checks.h"

#include "gridshare/dataset.h"
#include "gridshare/resolve.h"
#include "gridshare/scenario_io.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>

#include <sys/stat.h>
#include <unistd.h>

using namespace gridshare;

namespace {

void writeFile(const QString& path, const std::string& text)
{
    std::ofstream(path.toStdString()) << text;
}

std::string builtinText(const char* name)
{
    return std::string(embeddedDataFiles().at(name));
}

// The built-in file with the first `from` replaced by `to`.
std::string edited(const char* name, const std::string& from, const std::string& to)
{
    std::string text = builtinText(name);
    const auto at = text.find(from);
    if (at == std::string::npos)
        qFatal("%s holds no %s", name, from.c_str());
    return text.replace(at, from.size(), to);
}

QString allWarnings(const Dataset::Loaded& loaded)
{
    QStringList lines;
    for (const auto& w : loaded.warnings)
        lines.append(QString::fromStdString(w));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestDataset : public QObject {
    Q_OBJECT

private slots:
    void builtinDataParses()
    {
        std::vector<DataFile> files;
        for (const char* name : {"regions.json", "sources.json", "currencies.json", "presets.json", "projections.json"})
            files.push_back({name, builtinText(name)});
        const auto parsed = Dataset::parse(files[0], files[1], files[2], files[3], files[4]);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.issues().front().describe().c_str());
        QCOMPARE(Dataset::builtin().regions.size(), std::size_t(13));
    }

    void regionsAreTheThirteenNamed()
    {
        for (const char* id : {"US", "China", "EU", "World", "Ireland", "Netherlands", "Germany", "UK", "Denmark",
                               "Japan", "India", "Singapore", "Virginia"})
            QVERIFY2(Dataset::builtin().region(id), id);
        // Each currency a region prices in has a cited rate.
        for (const Region& r : Dataset::builtin().regions)
            QVERIFY2(Dataset::builtin().currency(r.currency), r.id.c_str());
    }

    void everyDefaultHasASourceOrAnAssumption()
    {
        const Dataset& d = Dataset::builtin();
        for (const Region& r : d.regions) {
            for (const auto& ps : paramSpecs()) {
                const Provenance& p = r.at(ps.param).provenance;
                const QByteArray where = QByteArray::fromStdString(r.id + "/" + std::string(ps.key));
                if (p.isAssumption()) {
                    QVERIFY2(p.assumption.size() > 20, where.constData()); // one line saying why
                } else {
                    QVERIFY2(d.source(p.source), where.constData());
                    QVERIFY2(d.levelMeanings.count(p.level), where.constData());
                }
            }
            QVERIFY(r.householdKwhPerYear.value > 0);
        }
    }

    void sourcedDefaultsUseTheirSourcesFigures_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("source");
        QTest::newRow("US national, EIA STEO") << "US"
                                               << "national_twh" << 4097.0 << "eia-steo-2025";
        QTest::newRow("China national, NEA") << "China"
                                             << "national_twh" << 9852.0 << "nea-2025";
        QTest::newRow("US carbon, Ember 2024") << "US"
                                               << "carbon_g_per_kwh" << 384.0 << "ember-global-2025";
        QTest::newRow("World carbon, IEA 2024") << "World"
                                                << "carbon_g_per_kwh" << 445.0 << "iea-electricity-2025";
        QTest::newRow("Epoch hardware") << "US"
                                        << "accelerator_flops" << 9.89e14 << "epoch-2025";
        QTest::newRow("Epoch power") << "US"
                                     << "accelerator_power_w" << 1275.0 << "epoch-2025";
        QTest::newRow("US industrial price") << "US"
                                             << "price_per_kwh" << 0.0806 << "eia-prices-2023";
    }

    void sourcedDefaultsUseTheirSourcesFigures()
    {
        QFETCH(QString, region);
        QFETCH(QString, key);
        QFETCH(double, value);
        QFETCH(QString, source);
        const SourcedValue& v = Dataset::builtin().region(region.toStdString())->at(*paramFromKey(key.toStdString()));
        QCOMPARE(v.value, value);
        QCOMPARE(QString::fromStdString(v.provenance.source), source);
    }

    // Defaults derived from cited figures: the figures as the sources state them, the arithmetic
    // written out, and a tolerance for the rounding in the data.
    void derivedDefaultsFollowTheirFigures_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("tolerance");
        QTest::addColumn<QString>("source");
        // LBNL 2024: 64 billion L on site plus 800 billion L in generation, for 176 TWh in 2023.
        QTest::newRow("US water, LBNL") << "US"
                                        << "water_l_per_kwh" << (64e9 + 800e9) / 176e9 << 0.01 << "lbnl-2024";
        // EEA: 58% below 1990's 510 g/kWh in 2023.
        QTest::newRow("EU carbon, EEA") << "EU"
                                        << "carbon_g_per_kwh" << 510 * (1 - 0.58) << 0.001 << "eea-ghg-intensity";
        // IEA: 415 TWh is "around 1.5%" of world consumption.
        QTest::newRow("World national, IEA") << "World"
                                             << "national_twh" << 415 / 0.015 << 0.002 << "iea-energy-ai-2025";
        // IEA: conventional servers +52% from 2025 to 2030.
        QTest::newRow("US other growth, IEA")
            << "US"
            << "other_dc_growth" << std::pow(1.52, 0.2) - 1 << 0.04 << "iea-energy-ai-2025";
        // S&P Global: all of China's data centres about 20% a year; AI 20.39 of 102 TWh at IEA's 30%.
        const double ai = 20.39;
        const double aiGrowth = 1.408 * 1.2 / 1.3;
        QTest::newRow("China other growth, S&P")
            << "China"
            << "other_dc_growth"
            << std::pow((102 * std::pow(1.2, 6) - ai * std::pow(aiGrowth, 6)) / (102 - ai), 1.0 / 6) - 1 << 0.005
            << "sp-global-china-2025";
    }

    void derivedDefaultsFollowTheirFigures()
    {
        QFETCH(QString, region);
        QFETCH(QString, key);
        QFETCH(double, expected);
        QFETCH(double, tolerance);
        QFETCH(QString, source);
        const SourcedValue& v = Dataset::builtin().region(region.toStdString())->at(*paramFromKey(key.toStdString()));
        QVERIFY2(std::abs(v.value / expected - 1) <= tolerance,
                 qPrintable(QStringLiteral("%1 %2 = %3, expected %4").arg(region, key).arg(v.value).arg(expected)));
        QCOMPARE(QString::fromStdString(v.provenance.source), source);
        QCOMPARE(QString::fromStdString(v.provenance.level), QStringLiteral("D"));
    }

    void requiredPresetsExistAndResolve()
    {
        const Dataset& d = Dataset::builtin();
        for (const char* id :
             {"chatgpt-2024", "us-2024", "efficient-inference-2025", "epri-2026", "arm-ceo-claim", "china-2024"}) {
            const Preset* p = d.preset(id);
            QVERIFY2(p, id);
            QVERIFY2(resolve(p->scenario, d).ok(), id);
            for (const auto& [param, value] : p->scenario.parameters)
                QVERIFY2(p->provenance.count(param), id);
        }
        QCOMPARE(QString::fromStdString(d.defaultPreset), QStringLiteral("us-2024"));
        QVERIFY(!d.preset("efficient-inference-2025")->scenario.ranges.empty());
    }

    // The projections named in docs/model.md's version 1 table are still there, with their figures.
    void projectionsOfTheFirstEditionAreKept()
    {
        const Dataset& d = Dataset::builtin();
        const auto epri = std::find_if(d.projections.begin(), d.projections.end(),
                                       [](const Projection& p) { return p.id == "epri-2024-us-2030"; });
        QVERIFY(epri != d.projections.end());
        QCOMPARE(epri->share->low, 0.046);
        QCOMPARE(epri->share->high, 0.091);
        QCOMPARE(epri->year, 2030);
        QCOMPARE(epri->supersededBy, std::string("epri-2026"));
        for (const char* id :
             {"lbnl-2024-us-2023", "lbnl-2024-us-2028", "bcg-us-2022", "bcg-us-2030", "goldman-2024-us-2030",
              "arm-us-2030", "iea-2024-us-2022", "iea-2024-us-2026", "iea-2025-world-2024", "iea-2025-world-2030"})
            QVERIFY2(std::any_of(d.projections.begin(), d.projections.end(),
                                 [&](const Projection& p) { return p.id == id; }),
                     id);
    }

    // Presets describe themselves truthfully: "measured" only of a measurement, EPRI's replaced
    // 2024 high case gone for its February 2026 range, de Vries's AI search worldwide, and the seed
    // article's 200 million literal requests kept.
    void presetsDescribeThemselvesTruthfully()
    {
        const Dataset& d = Dataset::builtin();
        const QString efficient = QString::fromStdString(d.preset("efficient-inference-2025")->description);
        QVERIFY(efficient.contains(QStringLiteral("0.24 Wh measured by Google")));
        QVERIFY(efficient.contains(QStringLiteral("0.3 Wh estimated by Epoch AI")));
        QVERIFY(efficient.contains(QStringLiteral("0.34 Wh stated by OpenAI")));
        for (const Preset& p : d.presets)
            QVERIFY2(!QString::fromStdString(p.description).contains(QStringLiteral("Measured energy")), p.id.c_str());
        QVERIFY(!d.preset("epri-high"));
        const Preset* epri = d.preset("epri-2026");
        QVERIFY(epri);
        QCOMPARE(epri->provenance.at(Param::QueryGrowth).source, std::string("epri-2026"));
        QCOMPARE(d.preset("ai-search")->scenario.region, std::string("World"));
        QCOMPARE(d.preset("chatgpt-2024")->scenario.parameters.at(Param::QueriesPerDay), 2e8);
    }

    void seedArticleSlipIsNoted()
    {
        const Source* seed = Dataset::builtin().source("seed-article");
        QVERIFY(seed);
        QVERIFY(QString::fromStdString(seed->note).contains(QStringLiteral("128.7")));
        QVERIFY(QString::fromStdString(seed->note).contains(QStringLiteral("1,287 MWh")));
    }

    void overrideReplacesABuiltinFile()
    {
        QTemporaryDir dir;
        std::string regions = builtinText("regions.json");
        const std::string from = R"("national_twh": {"value": 4097,)";
        const auto at = regions.find(from);
        QVERIFY(at != std::string::npos);
        regions.replace(at, from.size(), R"("national_twh": {"value": 4110,)");
        writeFile(dir.filePath(QStringLiteral("regions.json")), regions);
        const auto loaded = Dataset::load(dir.path().toStdString());
        QVERIFY(loaded.warnings.empty());
        QCOMPARE(loaded.dataset.region("US")->at(Param::NationalTwh).value, 4110.0);
    }

    void brokenOverrideWarnsAndKeepsBuiltinData_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("warning");
        QTest::newRow("not JSON") << "regions.json" << QByteArray("{oops") << "not valid JSON";
        QTest::newRow("unknown source") << "presets.json"
                                        << QByteArray(R"({"format": "gridshare-presets", "version": 1, "default": "x",
            "presets": [{"id": "x", "name": "X", "description": "d", "scenario": {"parameters": {"pue": 1.3}},
            "provenance": {"pue": {"source": "nowhere", "level": "V1"}}}]})")
                                        << "/presets/0/provenance/pue/source";
        QTest::newRow("flag of the wrong type")
            << "projections.json"
            << QByteArray(R"({"format": "gridshare-projections", "version": 2, "projections": [{"id": "x",
            "source": "epri-2024", "label": "X", "region": "US", "year": 2030, "share": [0.05, 0.05],
            "scope": "datacenters", "approximate": "yes", "published": "2024", "measure": "energy", "level": "V2",
            "series": "x"}], "energy_per_request": []})")
            << "/projections/0/approximate";
        QTest::newRow("value without provenance")
            << "currencies.json"
            << QByteArray(R"({"format": "gridshare-currencies", "version": 1, "currencies": [{"code": "USD",
            "name": "US dollar", "symbol": "$", "per_usd": {"value": 1}}]})")
            << "/currencies/0/per_usd";
    }

    void brokenOverrideWarnsAndKeepsBuiltinData()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, text);
        QFETCH(QString, warning);
        QTemporaryDir dir;
        writeFile(dir.filePath(file), text.toStdString());
        const auto loaded = Dataset::load(dir.path().toStdString());
        QVERIFY(!loaded.warnings.empty());
        QVERIFY2(QString::fromStdString(loaded.warnings.front()).contains(warning), loaded.warnings.front().c_str());
        QVERIFY(QString::fromStdString(loaded.warnings.front()).contains(file));
        QCOMPARE(loaded.dataset.regions.size(), Dataset::builtin().regions.size());
        QVERIFY(loaded.dataset.preset("chatgpt-2024"));
    }

    // The warnings also come as issues a front end can translate, saying the same in English.
    void overrideWarningsAreTranslatableMessages_data() { brokenOverrideWarnsAndKeepsBuiltinData_data(); }

    void overrideWarningsAreTranslatableMessages()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, text);
        QTemporaryDir dir;
        writeFile(dir.filePath(file), text.toStdString());
        verifyWarningIssues(Dataset::load(dir.path().toStdString()));
    }

    void unreadableOverrideIsNamedWithItsReason()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("regions.json"))); // a folder, not a file
        const auto loaded = Dataset::load(dir.path().toStdString());
        QCOMPARE(loaded.warnings.size(), std::size_t(1));
        QVERIFY2(QString::fromStdString(loaded.warnings.front())
                     .endsWith(QStringLiteral("regions.json: cannot be read: it is a folder, not a file; using the "
                                              "built-in regions.json")),
                 loaded.warnings.front().c_str());
        verifyWarningIssues(loaded);
        QCOMPARE(loaded.warningIssues.front().message.nested.size(), std::size_t(1));
    }

    // One broken file never costs the others: a valid currencies.json beside a broken regions.json
    // is used, and the warnings name the broken file and say the built-in one takes its place.
    void eachOverrideStandsAlone()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("currencies.json")),
                  edited("currencies.json", R"({"value": 7.0809, "source": "fed-g5a", "level": "V1",)",
                         R"({"value": 7.5, "assumption": "my rate",)"));
        writeFile(dir.filePath(QStringLiteral("regions.json")), "{broken");
        const auto loaded = Dataset::load(dir.path().toStdString());
        QCOMPARE(loaded.dataset.currency("CNY")->perUsd.value, 7.5);
        QCOMPARE(loaded.dataset.regions.size(), Dataset::builtin().regions.size());
        QCOMPARE(loaded.refused, std::vector<std::string>{"regions.json"});
        const QString path = dir.filePath(QStringLiteral("regions.json"));
        QVERIFY2(allWarnings(loaded).startsWith(path + QStringLiteral(": line 1, column 2: not valid JSON")),
                 qPrintable(allWarnings(loaded)));
        QVERIFY(allWarnings(loaded).endsWith(path + QStringLiteral(": using the built-in regions.json instead")));
        verifyWarningIssues(loaded);
    }

    // Overrides that only work together (a region in a currency another override adds) load together.
    void overridesThatNeedEachOtherLoadTogether()
    {
        QTemporaryDir dir;
        writeFile(
            dir.filePath(QStringLiteral("currencies.json")),
            edited("currencies.json", R"({"code": "EUR", "name": "Euro", "symbol": "€",)",
                   R"({"code": "XTS", "name": "Test", "symbol": "T", "per_usd": {"value": 0.8, "assumption": "x"}},
                            {"code": "EUR", "name": "Euro", "symbol": "€",)"));
        writeFile(dir.filePath(QStringLiteral("regions.json")),
                  edited("regions.json", R"("currency": "EUR")", R"("currency": "XTS")"));
        const auto loaded = Dataset::load(dir.path().toStdString());
        QVERIFY2(loaded.warnings.empty(), qPrintable(allWarnings(loaded)));
        QVERIFY(loaded.dataset.currency("XTS"));
    }

    // Every number a data file gives is held to its range before anything casts it or counts with
    // it: a data year of 1e300 once aborted every start, a projection year of -1e9 hung the charts,
    // an exchange rate of 1e300 made the JSON output say inf.
    void numbersAreRangeChecked_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("warning");
        auto row = [](const char* name, const char* file, const std::string& from, const std::string& to,
                      const char* warning) {
            QTest::newRow(name) << QString::fromLatin1(file) << QByteArray::fromStdString(edited(file, from, to))
                                << QString::fromUtf8(warning);
        };
        row("data year 1e300", "regions.json", R"("data_year": 2024)", R"("data_year": 1e300)",
            "/regions/0/data_year: 1e+300 is outside the valid range 2015 .. 2030");
        row("data year -2e9", "regions.json", R"("data_year": 2024)", R"("data_year": -2000000000)",
            "/regions/0/data_year: -2e+09 is outside the valid range 2015 .. 2030");
        row("data year 1990", "regions.json", R"("data_year": 2024)", R"("data_year": 1990)",
            "/regions/0/data_year: 1990 is outside the valid range 2015 .. 2030");
        row("data year 2024.5", "regions.json", R"("data_year": 2024)", R"("data_year": 2024.5)",
            "/regions/0/data_year: 2024.5 is not a whole number");
        row("households 1e-300", "regions.json", R"("household_kwh_per_year": {"value": 10791,)",
            R"("household_kwh_per_year": {"value": 1e-300,)",
            "/regions/0/household_kwh_per_year/value: 1e-300 is outside the valid range 1 .. 1e+06");
        row("rate 1e300", "currencies.json", R"("value": 7.0809)", R"("value": 1e300)",
            "/currencies/1/per_usd/value: 1e+300 is outside the valid range 1e-04 .. 1e+06");
        row("rate 1e-300", "currencies.json", R"("value": 7.0809)", R"("value": 1e-300)",
            "/currencies/1/per_usd/value: 1e-300 is outside the valid range 1e-04 .. 1e+06");
        row("rate 0", "currencies.json", R"("value": 7.0809)", R"("value": 0)",
            "/currencies/1/per_usd/value: 0 is outside the valid range 1e-04 .. 1e+06");
        row("projection year -1e9", "projections.json", R"("year": 2030)", R"("year": -1000000000)",
            "is outside the valid range 2000 .. 2100");
        row("projection year 1e300", "projections.json", R"("year": 2030)", R"("year": 1e300)",
            "is outside the valid range 2000 .. 2100");
        row("negative TWh", "projections.json", R"("twh": [325, 580])", R"("twh": [-325, 580])",
            "/twh: must satisfy 0 <= low <= high <= 1e+06");
    }

    void numbersAreRangeChecked()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, text);
        QFETCH(QString, warning);
        QTemporaryDir dir;
        writeFile(dir.filePath(file), text.toStdString());
        const auto loaded = Dataset::load(dir.path().toStdString());
        QVERIFY2(allWarnings(loaded).contains(dir.filePath(file) + QStringLiteral(": ")),
                 qPrintable(allWarnings(loaded)));
        QVERIFY2(allWarnings(loaded).contains(warning), qPrintable(allWarnings(loaded)));
        QCOMPARE(loaded.refused, std::vector<std::string>{file.toStdString()});
        // The built-in file in its place: the same values as without the override.
        QCOMPARE(loaded.dataset.region("US")->dataYear, Dataset::builtin().region("US")->dataYear);
        QCOMPARE(loaded.dataset.currency("CNY")->perUsd.value, Dataset::builtin().currency("CNY")->perUsd.value);
        QCOMPARE(loaded.dataset.projections.size(), Dataset::builtin().projections.size());
        verifyWarningIssues(loaded);
    }

    // Data files are read as strictly as scenario files, in the same words: a misspelt or unknown
    // key, a value of the wrong kind, control characters and overlong text are each said with the
    // file and the place, and the entry is skipped rather than read as a default.
    void fieldsAreReadStrictly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("warning");
        auto row = [](const char* name, const char* file, const std::string& from, const std::string& to,
                      const char* warning) {
            QTest::newRow(name) << QString::fromLatin1(file) << QByteArray::fromStdString(edited(file, from, to))
                                << QString::fromUtf8(warning);
        };
        // Plain literals: moc, reading this file for the class, trips over some of these as raw strings.
        row("unknown field in an entry", "currencies.json", "{\"code\": \"CNY\",",
            "{\"code\": \"CNY\", \"colour\": \"red\",", "/currencies/1/colour: unknown field");
        row("unknown field in a figure", "currencies.json", "{\"value\": 7.0809,",
            "{\"value\": 7.0809, \"sauce\": \"x\",", "/currencies/1/per_usd/sauce: unknown field");
        row("unknown field at the top", "currencies.json", "\"version\": 1,", "\"version\": 1, \"comment\": \"mine\",",
            "/comment: unknown field");
        row("unknown field in a region", "regions.json", "\"data_year\": 2024",
            "\"data_year\": 2024, \"colour\": \"red\"", "/regions/0/colour: unknown field");
        row("unknown field in a projection", "projections.json", "\"year\": 2030,", "\"year\": 2030, \"yaer\": 2031,",
            "/yaer: unknown field");
        row("misspelt parameter", "regions.json", "\"pue\": {", "\"peu\": {",
            "/parameters/peu: unknown parameter; did you mean \"pue\"?");
        row("text of the wrong type", "currencies.json", "\"name\": \"Chinese yuan\"", "\"name\": 7",
            "/currencies/1/name: must be text, not a number");
        row("number of the wrong type", "currencies.json", "\"value\": 7.0809", "\"value\": \"7.0809\"",
            "/currencies/1/per_usd/value: must be a number, not a string");
        row("control characters", "currencies.json", "\"symbol\": \"¥\"", "\"symbol\": \"\\u0007\"",
            "/currencies/1/symbol: contains control characters");
        row("control character in a note", "currencies.json", "\"note\": \"2023 annual average.\"",
            "\"note\": \"2023\\u0007\"", "/currencies/1/per_usd/note: contains control characters");
        row("text too long", "currencies.json", "\"name\": \"Chinese yuan\"",
            "\"name\": \"" + std::string(4001, 'x') + "\"",
            "/currencies/1/name: is 4001 bytes long; at most 4000 are accepted");
        row("entry not an object", "currencies.json", "\"currencies\": [", "\"currencies\": [7,",
            "/currencies/0: must be an object, not a number");
        row("figure not text", "sources.json", "\"figures\": [\"ChatGPT: over", "\"figures\": [7, \"ChatGPT: over",
            "/sources/0/figures/0: must be text, not a number");
        row("level meaning not text", "sources.json", "\"V1\": \"primary text read\"", "\"V1\": 1",
            "/levels/V1: must be text, not a number");
        row("preset scenario not an object", "presets.json", "\"scenario\": {\"region\": \"US\"}",
            "\"scenario\": \"US\"", "/scenario: must be an object, not a string");
    }

    void fieldsAreReadStrictly()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, text);
        QFETCH(QString, warning);
        QTemporaryDir dir;
        writeFile(dir.filePath(file), text.toStdString());
        const auto loaded = Dataset::load(dir.path().toStdString());
        QVERIFY2(allWarnings(loaded).contains(dir.filePath(file) + QStringLiteral(": ")),
                 qPrintable(allWarnings(loaded)));
        QVERIFY2(allWarnings(loaded).contains(warning), qPrintable(allWarnings(loaded)));
        QCOMPARE(loaded.refused, std::vector<std::string>{file.toStdString()});
        // The built-in entry in the place of the skipped one.
        QCOMPARE(loaded.dataset.currency("CNY")->perUsd.value, Dataset::builtin().currency("CNY")->perUsd.value);
        QCOMPARE(loaded.dataset.currency("CNY")->name, Dataset::builtin().currency("CNY")->name);
        QCOMPARE(loaded.dataset.region("US")->at(Param::Pue).value,
                 Dataset::builtin().region("US")->at(Param::Pue).value);
        QCOMPARE(loaded.dataset.projections.size(), Dataset::builtin().projections.size());
        QCOMPARE(loaded.dataset.sources.size(), Dataset::builtin().sources.size());
        verifyWarningIssues(loaded);
    }

    // The same mistake in a scenario file and in a data file is said in the same words.
    void scenarioAndDataFilesShareTheirWording()
    {
        const auto scenario = scenarioFromText("{\"format\": \"gridshare-scenario\", \"version\": 1, \"name\": 7}");
        QVERIFY(!scenario);
        const auto data = Dataset::parse(
            {"regions.json", builtinText("regions.json")}, {"sources.json", builtinText("sources.json")},
            {"currencies.json", edited("currencies.json", "\"name\": \"Chinese yuan\"", "\"name\": 7")},
            {"presets.json", builtinText("presets.json")}, {"projections.json", builtinText("projections.json")});
        QVERIFY(!data);
        QCOMPARE(data.issues().size(), std::size_t(1));
        QCOMPARE(data.issues().front().reason, scenario.issues().front().reason);
        QCOMPARE(data.issues().front().describe(),
                 std::string("currencies.json: /currencies/1/name: must be text, not a number"));
    }

    void duplicateIdsAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("warning");
        std::string regions = builtinText("regions.json");
        const std::string china = R"("id": "China")";
        regions.replace(regions.find(china), china.size(), R"("id": "US")");
        QTest::newRow("region id") << "regions.json" << QByteArray::fromStdString(regions)
                                   << "/regions/1/id: \"US\" appears twice";
        QTest::newRow("currency code") << "currencies.json"
                                       << QByteArray::fromStdString(
                                              edited("currencies.json", R"("code": "EUR")", R"("code": "CNY")"))
                                       << "/currencies/2/code: \"CNY\" appears twice";
    }

    void duplicateIdsAreRefused()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, text);
        QFETCH(QString, warning);
        QTemporaryDir dir;
        writeFile(dir.filePath(file), text.toStdString());
        const auto loaded = Dataset::load(dir.path().toStdString());
        QVERIFY2(allWarnings(loaded).contains(dir.filePath(file) + QStringLiteral(": ") + warning),
                 qPrintable(allWarnings(loaded)));
        QVERIFY(loaded.dataset.region("China"));
        QVERIFY(loaded.dataset.currency("EUR"));
    }

    // A region of the person's with an id of its own is added: renaming a copy of US adds "USA"
    // beside every built-in region, where a whole-file override once dropped US and broke the presets.
    void aNewIdAddsAnEntry()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("regions.json")),
                  edited("regions.json", R"("id": "US")", R"("id": "USA")"));
        const auto loaded = Dataset::load(dir.path().toStdString());
        QVERIFY2(loaded.warnings.empty(), qPrintable(allWarnings(loaded)));
        QCOMPARE(loaded.dataset.regions.size(), Dataset::builtin().regions.size() + 1);
        QVERIFY(loaded.dataset.region("USA"));
        QVERIFY(loaded.dataset.preset("chatgpt-2024"));
    }

    // A user regions file with one new region leaves every built-in region available.
    void aFileWithOneNewRegionKeepsEveryBuiltinRegion()
    {
        QTemporaryDir dir;
        const std::string regions = builtinText("regions.json");
        const auto from = regions.find("    {\n      \"id\": \"Ireland\"");
        QVERIFY(from != std::string::npos);
        std::string ireland = regions.substr(from, regions.find("\n    }", from) + 6 - from);
        ireland.replace(ireland.find(R"("id": "Ireland")"), 15, R"("id": "Connacht")");
        ireland.replace(ireland.find(R"("name": "Ireland")"), 17, R"("name": "Connacht")");
        writeFile(dir.filePath(QStringLiteral("regions.json")),
                  R"({"format": "gridshare-regions", "version": 2, "regions": [)" + ireland + "]}");
        const auto loaded = Dataset::load(dir.path().toStdString());
        QVERIFY2(loaded.warnings.empty(), qPrintable(allWarnings(loaded)));
        for (const Region& builtin : Dataset::builtin().regions)
            QVERIFY2(loaded.dataset.region(builtin.id), builtin.id.c_str());
        QCOMPARE(loaded.dataset.regions.size(), Dataset::builtin().regions.size() + 1);
        QCOMPARE(loaded.dataset.regions.back().name, std::string("Connacht"));
        QCOMPARE(loaded.dataset.edition.version, Dataset::builtin().edition.version);
    }

    // One broken entry and one good one: the good one loads; the broken one is named with its file
    // and place, and only it is skipped.
    void aBrokenEntryIsSkippedAlone()
    {
        QTemporaryDir dir;
        const std::string regions = builtinText("regions.json");
        const auto from = regions.find("    {\n      \"id\": \"Denmark\"");
        QVERIFY(from != std::string::npos);
        const std::string denmark = regions.substr(from, regions.find("\n    }", from) + 6 - from);
        std::string broken = denmark;
        broken.replace(broken.find(R"("id": "Denmark")"), 15, R"("id": "Faroe")");
        broken.replace(broken.find(R"("data_year": 2024)"), 17, R"("data_year": 1990)");
        std::string good = denmark;
        good.replace(good.find(R"("id": "Denmark")"), 15, R"("id": "Greenland")");
        writeFile(dir.filePath(QStringLiteral("regions.json")),
                  R"({"format": "gridshare-regions", "version": 2, "regions": [)" + broken + "," + good + "]}");
        const auto loaded = Dataset::load(dir.path().toStdString());
        QVERIFY(loaded.dataset.region("Greenland"));
        QVERIFY(!loaded.dataset.region("Faroe"));
        QCOMPARE(loaded.dataset.regions.size(), Dataset::builtin().regions.size() + 1);
        const QString path = dir.filePath(QStringLiteral("regions.json"));
        QCOMPARE(allWarnings(loaded),
                 path + QStringLiteral(": /regions/0/data_year: 1990 is outside the valid range 2015 .. 2030\n") + path
                     + QStringLiteral(": /regions/0: skipped; the file's other entries are used"));
        QCOMPARE(loaded.refused, std::vector<std::string>{"regions.json"});
        verifyWarningIssues(loaded);
    }

    // An entry that replaces a built-in one and is broken leaves the built-in one in its place.
    void aBrokenReplacementKeepsTheBuiltinEntry()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("currencies.json")),
                  R"({"format": "gridshare-currencies", "version": 1, "currencies": [
                      {"code": "CNY", "name": "Yuan", "symbol": "¥", "per_usd": {"value": 0}},
                      {"code": "XTS", "name": "Test", "symbol": "T", "per_usd": {"value": 2, "assumption": "a test"}}]})");
        const auto loaded = Dataset::load(dir.path().toStdString());
        QCOMPARE(loaded.dataset.currency("CNY")->perUsd.value, Dataset::builtin().currency("CNY")->perUsd.value);
        QCOMPARE(loaded.dataset.currency("XTS")->perUsd.value, 2.0);
        QVERIFY2(allWarnings(loaded).endsWith(
                     QStringLiteral("/currencies/0: skipped; the built-in \"CNY\" is used in its place")),
                 qPrintable(allWarnings(loaded)));
        verifyWarningIssues(loaded);
    }

    // "levels": [] is one problem, not one per source naming a level.
    void levelsOfTheWrongTypeAreOneProblem()
    {
        QTemporaryDir dir;
        std::string sources = builtinText("sources.json");
        const auto from = sources.find("\"levels\": {");
        QVERIFY(from != std::string::npos);
        sources.replace(from, sources.find('}', from) + 1 - from, "\"levels\": []");
        writeFile(dir.filePath(QStringLiteral("sources.json")), sources);
        const auto loaded = Dataset::load(dir.path().toStdString());
        QCOMPARE(loaded.warnings.size(), std::size_t(2));
        QVERIFY2(QString::fromStdString(loaded.warnings.front()).contains(QStringLiteral("/levels: must be an object")),
                 loaded.warnings.front().c_str());
    }

    // A FIFO, a device or a link to one in the data folder is refused unread; the start goes on.
    void devicesInTheDataFolderAreRefusedUnread()
    {
        QTemporaryDir dir;
        QCOMPARE(::mkfifo(dir.filePath(QStringLiteral("presets.json")).toLocal8Bit().constData(), 0600), 0);
        QCOMPARE(::symlink("/dev/zero", dir.filePath(QStringLiteral("currencies.json")).toLocal8Bit().constData()), 0);
        QCOMPARE(::symlink(dir.filePath(QStringLiteral("nowhere")).toLocal8Bit().constData(),
                           dir.filePath(QStringLiteral("regions.json")).toLocal8Bit().constData()),
                 0);
        const auto loaded = Dataset::load(dir.path().toStdString());
        QCOMPARE(loaded.refused.size(), std::size_t(3));
        const QString text = allWarnings(loaded);
        QVERIFY2(text.contains(QStringLiteral("presets.json: cannot be read: it is a device, a pipe or a socket, not a "
                                              "file; using the built-in presets.json")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("currencies.json: cannot be read: it is a device")));
        QVERIFY(text.contains(QStringLiteral("regions.json: cannot be read: no such file")));
        QCOMPARE(loaded.dataset.presets.size(), Dataset::builtin().presets.size());
    }

private:
    static void verifyWarningIssues(const Dataset::Loaded& loaded)
    {
        QCOMPARE(loaded.warningIssues.size(), loaded.warnings.size());
        for (std::size_t i = 0; i < loaded.warnings.size(); ++i) {
            QCOMPARE(loaded.warningIssues[i].describe(), loaded.warnings[i]);
            const std::string problem = testing::issueProblem(loaded.warningIssues[i]);
            QVERIFY2(problem.empty(), problem.c_str());
        }
    }
};

QTEST_APPLESS_MAIN(TestDataset)
#include "tst_dataset.moc"
