// SPDX-License-Identifier: GPL-3.0-or-later
// Saved scenarios keep their numbers (docs/model.md; issue "Evidence as of 2026"): a file records
// the data edition and the defaults it used; opened with newer data, core says which defaults
// moved, from what to what and on what source, and can keep the saved values.

#include "gridshare/data_edition.h"
#include "gridshare/resolve.h"
#include "gridshare/scenario_io.h"

#include <QTest>

#include <algorithm>

using namespace gridshare;

namespace {

const MovedDefault* find(const MovedDefaults& moved, Param p)
{
    const auto it =
        std::find_if(moved.moved.begin(), moved.moved.end(), [p](const MovedDefault& m) { return m.param == p; });
    return it == moved.moved.end() ? nullptr : &*it;
}

Scenario read(const std::string& text)
{
    auto s = scenarioFromText(text);
    if (!s)
        qFatal("%s", s.issues().front().describe().c_str());
    return s.value();
}

} // namespace

class TestDataEdition : public QObject {
    Q_OBJECT

private slots:
    void theDataHasAnEdition()
    {
        const Dataset& d = Dataset::builtin();
        QCOMPARE(d.edition.version, std::string("2026.12"));
        QCOMPARE(d.edition.asOf, std::string("2026-12-03"));
        QCOMPARE(editionText(d.edition), std::string("2026.12 (as of 2026-12-03)"));
        QVERIFY(!d.earlierEditions.empty());
        QCOMPARE(d.earlierEditions.front().edition.version, std::string("2026.11"));
    }

    void aSavedScenarioRecordsEveryDefaultItUses()
    {
        Scenario s;
        s.region = "China";
        s.parameters[Param::Pue] = 1.3;
        const Scenario saved = withUsedDefaults(s, Dataset::builtin());
        QCOMPARE(saved.dataEdition, std::string("2026.12"));
        QCOMPARE(saved.usedDefaults.size(), kParamCount - 1); // every parameter but the one it sets
        QVERIFY(!saved.usedDefaults.count(Param::Pue));
        QCOMPARE(saved.usedDefaults.at(Param::NationalTwh), 9852.0); // NEA, China 2024
        // The record survives the file.
        const Scenario back = read(scenarioToText(saved));
        QCOMPARE(back.dataEdition, saved.dataEdition);
        QCOMPARE(back.usedDefaults, saved.usedDefaults);
        QVERIFY(scenarioToText(saved).find("\"version\": 2") != std::string::npos);
    }

    void nothingMovedWithTheSameData()
    {
        Scenario s;
        s.region = "EU";
        QVERIFY(movedDefaults(withUsedDefaults(s, Dataset::builtin()), Dataset::builtin()).moved.empty());
    }

    // A file of format version 1 was saved with the first edition: its US defaults were 100 billion
    // request-equivalents a day, 50% growth, 165 TWh of other data centres at 5% a year.
    void aVersionOneFileSaysWhichDefaultsMoved()
    {
        const Scenario s = read(R"({"format": "gridshare-scenario", "version": 1, "region": "US",
            "parameters": {"query_growth": 0.8}})");
        const MovedDefaults moved = movedDefaults(s, Dataset::builtin());
        QCOMPARE(moved.savedEdition.version, std::string("2026.11"));
        const MovedDefault* requests = find(moved, Param::QueriesPerDay);
        QVERIFY(requests);
        QCOMPARE(requests->saved, 1e11);
        QCOMPARE(requests->current, 2.3e11);
        QVERIFY(requests->provenance.isAssumption());
        const MovedDefault* other = find(moved, Param::OtherDcTwh);
        QVERIFY(other);
        QCOMPARE(other->saved, 165.0);
        QCOMPARE(other->current, 146.92);
        QCOMPARE(other->provenance.source, std::string("iea-energy-ai-2025"));
        QVERIFY(find(moved, Param::CarbonGPerKwh)); // 425 (Llama 3 card) -> 384 (Ember)
        QVERIFY(!find(moved, Param::QueryGrowth));  // the file sets it: not a default
        QVERIFY(!find(moved, Param::Pue));          // unchanged
        QVERIFY(!find(moved, Param::NationalTwh));  // unchanged for the US
    }

    void keepingTheSavedValuesReproducesTheFile()
    {
        const Scenario s = read(R"({"format": "gridshare-scenario", "version": 1, "region": "US"})");
        const MovedDefaults moved = movedDefaults(s, Dataset::builtin());
        const Scenario kept = keepingSavedValues(s, moved.moved);
        const auto resolved = resolve(kept, Dataset::builtin()).value();
        QCOMPARE(resolved.values[Param::QueriesPerDay], 1e11);
        QCOMPARE(resolved.values[Param::OtherDcGrowth], 0.05);
        QCOMPARE(resolved.values[Param::TrainingShare], 0.4);
        QVERIFY(movedDefaults(kept, Dataset::builtin()).moved.empty());
    }

    // A price saved in CNY for a US scenario is compared in CNY.
    void pricesAreComparedInTheScenarioCurrency()
    {
        const Scenario s = read(R"({"format": "gridshare-scenario", "version": 1, "region": "US", "currency": "CNY"})");
        QVERIFY(!find(movedDefaults(s, Dataset::builtin()), Param::PricePerKwh));
    }

    void aRecordFromTheSameEditionWithOtherValuesIsStillCompared()
    {
        Scenario s;
        s.region = "World";
        Scenario saved = withUsedDefaults(s, Dataset::builtin());
        saved.usedDefaults[Param::NationalTwh] = 30856; // as if the data had been edited since
        const MovedDefaults moved = movedDefaults(saved, Dataset::builtin());
        QCOMPARE(moved.moved.size(), std::size_t(1));
        QCOMPARE(moved.moved.front().saved, 30856.0);
        QCOMPARE(moved.moved.front().current, 27700.0);
    }

    void aNewerFormatIsRefused()
    {
        const auto s = scenarioFromText(R"({"format": "gridshare-scenario", "version": 3})");
        QVERIFY(!s);
        QCOMPARE(s.issues().front().reason,
                 std::string("version 3 was written by a newer GridShare; this one reads versions up to 2"));
    }

    void aVersionOneFileCannotCarryARecord()
    {
        const auto s = scenarioFromText(R"({"format": "gridshare-scenario", "version": 1, "defaults": {"pue": 1.2}})");
        QVERIFY(!s);
        QCOMPARE(s.issues().front().pointer, std::string("/defaults"));
    }
};

QTEST_APPLESS_MAIN(TestDataEdition)
#include "tst_data_edition.moc"
