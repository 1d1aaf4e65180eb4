// SPDX-License-Identifier: GPL-3.0-or-later
// What a scenario implies beside the figures people know (docs/model.md, "What a scenario implies"):
// the reference figures as their sources state them, each turned into the scenario's unit by hand,
// which statement of a figure is compared with which year, and the rule that flags a value as far
// outside what is known.

#include "gridshare/dataset.h"
#include "gridshare/implications.h"
#include "gridshare/projections.h"
#include "gridshare/resolve.h"

#include <QTest>

#include <cmath>
#include <optional>

using namespace gridshare;

namespace {

const ReferenceVolume* reference(const std::string& id)
{
    for (const auto& v : Dataset::builtin().referenceVolumes)
        if (v.id == id)
            return &v;
    return nullptr;
}

YearResult year(int y, double accelerators, double tokensPerDay, double requestsPerDay, double datacenterAvgGw)
{
    YearResult r;
    r.year = y;
    r.accelerators = accelerators;
    r.tokensPerDay = tokensPerDay;
    r.queriesPerDay = requestsPerDay;
    r.datacenterAvgGw = datacenterAvgGw;
    r.aiAvgGw = datacenterAvgGw / 5;
    return r;
}

Evaluation evaluationOf(const std::string& region, std::vector<YearResult> years)
{
    Evaluation e;
    e.name = "test";
    e.region = region;
    e.baseYear = years.front().year;
    e.endYear = years.back().year;
    e.years = std::move(years);
    return e;
}

const ImpliedFigure& figure(const YearImplications& y, ImpliedQuantity q)
{
    for (const auto& f : y.figures)
        if (f.quantity == q)
            return f;
    QTest::qFail("no such figure", __FILE__, __LINE__);
    return y.figures.front();
}

const ReferenceComparison* comparisonWith(const ImpliedFigure& f, const std::string& id)
{
    for (const auto& c : f.comparisons)
        if (c.reference->id == id)
            return &c;
    return nullptr;
}

std::string builtinText(const char* name)
{
    return std::string(embeddedDataFiles().at(name));
}

Outcome<Dataset> parseWithVolumes(const std::string& volumes)
{
    auto file = [](const char* name) { return DataFile{name, builtinText(name)}; };
    std::string projections = builtinText("projections.json");
    const auto at = projections.find("\"reference_volumes\": [");
    projections.insert(at + std::string("\"reference_volumes\": [").size(), volumes + ",");
    return Dataset::parse(file("regions.json"), file("sources.json"), file("currencies.json"), file("presets.json"),
                          {"projections.json", projections});
}

} // namespace

class TestImplications : public QObject {
    Q_OBJECT

private slots:
    // Epoch AI: "more than 15 million Nvidia H100-equivalent GPUs" (data of 9 January 2026);
    // TechInsights: NVIDIA shipped "roughly 3.76 million" data-centre GPUs in 2023; Google I/O 2026:
    // "3.2 quadrillion tokens per month", "480 trillion" a year earlier; IEA: "around 415 TWh" in 2024.
    void figuresAreTheSourcesFigures()
    {
        const auto* installed = reference("ai-accelerators-installed");
        QVERIFY(installed);
        QCOMPARE(installed->accelerators, 15e6);
        QCOMPARE(installed->year, 2025);
        QCOMPARE(installed->scope, std::string("World"));
        QVERIFY(installed->total);
        QCOMPARE(installed->source, std::string("epoch-chip-sales-2026"));
        const auto* shipped = reference("nvidia-gpus-shipped-2023");
        QVERIFY(shipped && !shipped->total);
        QCOMPARE(shipped->accelerators, 3.76e6);
        QCOMPARE(shipped->year, 2023);
        QCOMPARE(reference("google-tokens-2026")->tokensPerMonth, 3.2e15);
        QCOMPARE(reference("google-tokens-2026")->year, 2026); // from its publication date
        QCOMPARE(reference("google-tokens-may-2025")->tokensPerMonth, 4.8e14);
        QVERIFY(!reference("google-tokens-2026")->total); // one company's part
        QCOMPARE(reference("world-datacentres-2024")->twhPerYear, 415.0);
        QCOMPARE(reference("world-datacentres-2024")->year, 2024);
        QVERIFY(reference("world-datacentres-2024")->total);
        QCOMPARE(reference("chatgpt-prompts")->requestsPerDay, 2.5e9);
        QVERIFY(!reference("chatgpt-prompts")->total);
        // Every reference cites a source that the data has, at a verification level.
        for (const auto& v : Dataset::builtin().referenceVolumes) {
            QVERIFY2(Dataset::builtin().source(v.source), v.id.c_str());
            QVERIFY2(!v.level.empty(), v.id.c_str());
        }
    }

    // 3.2e15 tokens a month over 365/12 days = 1.0521e14 a day; 415 TWh / 8,760 h = 47.374 GW.
    void referencesInTheScenariosUnits()
    {
        const auto tokens = comparableFigure(*reference("google-tokens-2026"));
        QCOMPARE(tokens.quantity, ImpliedQuantity::TokensPerDay);
        QVERIFY(std::abs(tokens.value / 1.0521e14 - 1) < 1e-4);
        const auto load = comparableFigure(*reference("world-datacentres-2024"));
        QCOMPARE(load.quantity, ImpliedQuantity::DatacenterAvgGw);
        QVERIFY(std::abs(load.value - 47.374) < 1e-3);
        const auto installed = comparableFigure(*reference("ai-accelerators-installed"));
        QCOMPARE(installed.quantity, ImpliedQuantity::Accelerators);
        QCOMPARE(installed.value, 15e6);
        QCOMPARE(comparableFigure(*reference("chatgpt-prompts-us")).value, 3.3e8);
    }

    // 31 million accelerators in 2024 are 2.07 times the world's 15 million at the end of 2025: far
    // outside. 30 million are exactly twice: not. In 2030 nothing cited bounds them, so 200 million
    // (13 times) are compared but not flagged. One year's shipments never flag.
    void acceleratorsFlaggedOnlyBeyondTwiceAKnownTotal()
    {
        const Dataset& data = Dataset::builtin();
        // A copy: the comparisons live in the implications, which end with the lambda.
        auto flagged = [&](double accelerators, int atYear) -> std::optional<ReferenceComparison> {
            const auto years = implications(data, evaluationOf("US", {year(atYear, accelerators, 0, 0, 0)}));
            const ReferenceComparison* flag = figure(years.front(), ImpliedQuantity::Accelerators).flag();
            return flag ? std::optional(*flag) : std::nullopt;
        };
        const auto flag = flagged(31e6, 2024);
        QVERIFY(flag);
        QCOMPARE(flag->reference->id, std::string("ai-accelerators-installed"));
        QVERIFY(std::abs(flag->ratio - 31.0 / 15) < 1e-12);
        QVERIFY(!flagged(30e6, 2024));
        QVERIFY(flagged(31e6, 2025));
        QVERIFY(!flagged(31e6, 2026)); // the end-2025 base says nothing about 2026

        const auto years =
            implications(data, evaluationOf("US", {year(2024, 31e6, 0, 0, 0), year(2030, 200e6, 0, 0, 0)}));
        QCOMPARE(years.size(), std::size_t(2));
        QCOMPARE(years.back().year, 2030);
        const ImpliedFigure& end = figure(years.back(), ImpliedQuantity::Accelerators);
        QVERIFY(!end.flag());
        const auto* installed = comparisonWith(end, "ai-accelerators-installed");
        QVERIFY(installed && !installed->bounds);
        QVERIFY(std::abs(installed->ratio - 200.0 / 15) < 1e-12);
        const auto* shipments =
            comparisonWith(figure(years.front(), ImpliedQuantity::Accelerators), "nvidia-gpus-shipped-2023");
        QVERIFY(shipments && !shipments->bounds && !shipments->farOutside);
        QVERIFY(std::abs(shipments->ratio - 31.0 / 3.76) < 1e-12);
    }

    // Of Google's three statements, 2024 is set beside May 2025's 480 trillion a month (15.78
    // trillion a day) and 2030 beside May 2026's 3.2 quadrillion. A company's tokens never flag:
    // 100 trillion a day is 6.3 times Google's but not more than all AI.
    void tokensBesideTheNearestStatementAndNeverFlagged()
    {
        const auto years = implications(Dataset::builtin(),
                                        evaluationOf("US", {year(2024, 0, 1e14, 0, 0), year(2030, 0, 1e14, 0, 0)}));
        const ImpliedFigure& base = figure(years.front(), ImpliedQuantity::TokensPerDay);
        QCOMPARE(base.comparisons.size(), std::size_t(1));
        QCOMPARE(base.comparisons.front().reference->id, std::string("google-tokens-may-2025"));
        QVERIFY(std::abs(base.comparisons.front().referenceValue - 4.8e14 / (365.0 / 12)) < 1);
        QVERIFY(std::abs(base.comparisons.front().ratio - 6.337) < 1e-3);
        QVERIFY(!base.flag());
        const ImpliedFigure& end = figure(years.back(), ImpliedQuantity::TokensPerDay);
        QCOMPARE(end.comparisons.front().reference->id, std::string("google-tokens-2026"));
    }

    // ChatGPT's prompts worldwide for every region, its US prompts for the US only.
    void requestsBesideTheirScope()
    {
        const auto us = implications(Dataset::builtin(), evaluationOf("US", {year(2024, 0, 0, 1e10, 0)}));
        const ImpliedFigure& requests = figure(us.front(), ImpliedQuantity::RequestsPerDay);
        QVERIFY(comparisonWith(requests, "chatgpt-prompts"));
        QVERIFY(std::abs(comparisonWith(requests, "chatgpt-prompts-us")->ratio - 1e10 / 3.3e8) < 1e-9);
        QVERIFY(!requests.flag());
        const auto china = implications(Dataset::builtin(), evaluationOf("China", {year(2024, 0, 0, 1e10, 0)}));
        const ImpliedFigure& chinese = figure(china.front(), ImpliedQuantity::RequestsPerDay);
        QVERIFY(comparisonWith(chinese, "chatgpt-prompts"));
        QVERIFY(!comparisonWith(chinese, "chatgpt-prompts-us"));
    }

    // The world's data centres drew 47.4 GW on average in 2024 (415 TWh): a region at 100 GW that
    // year is 2.11 times the world, far outside; at 60 GW (1.27 times) it is not. 2025 is set beside
    // 485 TWh (55.4 GW), so 100 GW is 1.81 times: not flagged.
    void datacentreLoadAgainstTheWorldsTotal()
    {
        const Dataset& data = Dataset::builtin();
        auto load = [&](double gw, int atYear) {
            const auto years = implications(data, evaluationOf("US", {year(atYear, 0, 0, 0, gw)}));
            return figure(years.front(), ImpliedQuantity::DatacenterAvgGw);
        };
        const ImpliedFigure high = load(100, 2024);
        QVERIFY(high.flag());
        QCOMPARE(high.flag()->reference->id, std::string("world-datacentres-2024"));
        QVERIFY(std::abs(high.flag()->ratio - 100 / 47.374) < 1e-4);
        QVERIFY(!load(60, 2024).flag());
        const ImpliedFigure later = load(100, 2025);
        QCOMPARE(later.comparisons.front().reference->id, std::string("world-datacentres-2025"));
        QVERIFY(!later.flag());
    }

    // The US defaults (2024) imply about 2 million accelerators and 21 GW of data-centre load: inside
    // what is known, so nothing is flagged.
    void defaultsAreNotFlagged()
    {
        const Dataset& data = Dataset::builtin();
        Scenario s;
        s.region = "US";
        const auto resolved = resolve(s, data);
        QVERIFY(resolved);
        const auto years = implications(data, evaluate(resolved.value(), false));
        for (const auto& f : years.front().figures)
            QVERIFY2(!f.flag(), impliedQuantityKey(f.quantity).data());
    }

    // The request control's context uses the same statements: May 2025's tokens for 2024.
    void requestContextUsesTheNearestStatement()
    {
        const auto context = requestContext(Dataset::builtin(), "US", 1e9, 500, 2024);
        int google = 0;
        for (const auto& c : context.comparisons)
            if (comparableFigure(*c.reference).quantity == ImpliedQuantity::TokensPerDay) {
                ++google;
                QCOMPARE(c.reference->id, std::string("google-tokens-may-2025"));
            }
        QCOMPARE(google, 1);
    }

    // A reference gives exactly one figure; "total" is true or false; "year" is a year.
    void badReferencesAreRefused()
    {
        const std::string base = R"({"id": "x", "source": "google-io-2026", "label": "x", "published": "2026-05", )"
                                 R"("scope": "World", "level": "V2", )";
        QVERIFY(parseWithVolumes(base + R"("accelerators": 5})"));
        QVERIFY(!parseWithVolumes(base + R"("accelerators": 5, "twh_per_year": 3})"));
        QVERIFY(!parseWithVolumes(base + R"("level2": 1})"));
        QVERIFY(!parseWithVolumes(base + R"("accelerators": 5, "total": "yes"})"));
        QVERIFY(!parseWithVolumes(base + R"("accelerators": 5, "year": 20.5})"));
        QVERIFY(!parseWithVolumes(base + R"("twh_per_year": -1})"));
        const auto parsed = parseWithVolumes(base + R"("accelerators": 5, "year": 2024, "total": true})");
        QVERIFY(parsed);
        QCOMPARE(parsed.value().referenceVolumes.front().year, 2024);
        QVERIFY(parsed.value().referenceVolumes.front().total);
    }
};

QTEST_APPLESS_MAIN(TestImplications)
#include "tst_implications.moc"
