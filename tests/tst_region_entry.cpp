// SPDX-License-Identifier: GPL-3.0-or-later
// A region of the person's own in files: written as a regions file entry and read back whole; added
// to a regions file without touching its other entries; carried in a scenario file, where its
// values win over a local region of the same id; bad carried data named by field.

#include "gridshare/data_edition.h"
#include "gridshare/evaluation.h"
#include "gridshare/region_entry.h"
#include "gridshare/resolve.h"
#include "gridshare/scenario_io.h"

#include <QTest>

using namespace gridshare;
using nlohmann::json;

namespace {

// Ireland with a national total of 40 TWh: a region of the person's own.
Region ownIreland(const std::string& id = "Ireland-high")
{
    Region r = *Dataset::builtin().region("Ireland");
    r.id = id;
    r.group.clear();
    r.defaults[static_cast<std::size_t>(Param::NationalTwh)] = {40, {{}, {}, "Demand after new data centres.", {}}};
    return r;
}

Scenario scenarioOn(const std::string& region)
{
    Scenario s;
    s.region = region;
    return s;
}

} // namespace

class TestRegionEntry : public QObject {
    Q_OBJECT

private slots:
    void everyBuiltInRegionRoundTrips()
    {
        const Dataset& data = Dataset::builtin();
        for (const Region& r : data.regions) {
            const auto back = parseRegionEntry(data, regionToJson(r), "regions.json", "/regions/0");
            QVERIFY2(back, r.id.c_str());
            QVERIFY(regionToJson(back.value()) == regionToJson(r));
            QVERIFY2(!isOwnRegion(r), r.id.c_str());
        }
        QVERIFY(isOwnRegion(ownIreland()));
        QVERIFY(isOwnRegion(ownIreland("Ireland"))); // a built-in id with other values
    }

    void addingKeepsTheFilesOtherEntries()
    {
        const std::string existing =
            R"({"format": "gridshare-regions", "version": 2, "regions": [{"id": "Atlantis"}, {"id": "Ireland-high", "name": "old"}], "x_note": "mine"})";
        const auto text = regionsFileWith(existing, ownIreland());
        QVERIFY(text);
        const json doc = json::parse(text.value());
        QCOMPARE(doc.at("x_note").get<std::string>(), std::string("mine"));
        QCOMPARE(doc.at("regions").size(), std::size_t(2));
        QVERIFY(doc.at("regions").at(0) == json::parse(R"({"id": "Atlantis"})"));
        QVERIFY(doc.at("regions").at(1) == regionToJson(ownIreland())); // replaced in place
        // No file yet: a new one.
        const auto fresh = regionsFileWith(std::nullopt, ownIreland());
        QVERIFY(fresh);
        QCOMPARE(json::parse(fresh.value()).at("regions").size(), std::size_t(1));
        // Not a regions file: refused.
        QVERIFY(!regionsFileWith(std::string("[1, 2"), ownIreland()));
        QCOMPARE(
            regionsFileWith(std::string(R"({"format": "gridshare-sources"})"), ownIreland()).issues().front().pointer,
            std::string("/format"));
    }

    void aScenarioCarriesItsOwnRegion()
    {
        const Dataset local = withRegion(Dataset::builtin(), ownIreland());
        const Scenario saved = withUsedDefaults(scenarioOn("Ireland-high"), local);
        QVERIFY(!saved.regionData.empty());
        const std::string text = scenarioToText(saved);
        // A built-in region is not carried.
        QVERIFY(withUsedDefaults(scenarioOn("Ireland"), local).regionData.empty());

        // Read where the region is unknown: the same numbers.
        const auto read = scenarioFromText(text);
        QVERIFY(read);
        const auto here = resolve(saved, local);
        const auto there = resolve(read.value(), Dataset::builtin());
        QVERIFY2(there, there ? "" : there.issues().front().describe().c_str());
        QCOMPARE(there.value().values[Param::NationalTwh], 40.0);
        const Evaluation a = evaluate(here.value(), false);
        const Evaluation b = evaluate(there.value(), false);
        QCOMPARE(a.years.size(), b.years.size());
        for (std::size_t i = 0; i < a.years.size(); ++i)
            for (const OutputSpec& out : outputSpecs())
                QVERIFY(std::abs(a.years[i].*out.field - b.years[i].*out.field)
                        <= 1e-12 * std::abs(a.years[i].*out.field));

        // A local region of the same id with other values: the file's values win.
        Region other = ownIreland();
        other.defaults[static_cast<std::size_t>(Param::NationalTwh)].value = 90;
        const auto conflicting = resolve(read.value(), withRegion(Dataset::builtin(), other));
        QVERIFY(conflicting);
        QCOMPARE(conflicting.value().values[Param::NationalTwh], 40.0);
    }

    void badCarriedDataIsNamedByField()
    {
        Scenario s = withUsedDefaults(scenarioOn("Ireland-high"), withRegion(Dataset::builtin(), ownIreland()));
        json doc = scenarioToJson(s);
        doc["region_data"]["parameters"]["pue"]["value"] = 0.5;
        auto read = scenarioFromJson(doc);
        QVERIFY(read);
        auto resolved = resolve(read.value(), Dataset::builtin());
        QVERIFY(!resolved);
        QCOMPARE(resolved.issues().front().pointer, std::string("/region_data/parameters/pue/value"));

        doc = scenarioToJson(s);
        doc["region_data"]["parameters"]["pue"].erase("assumption");
        doc["region_data"]["parameters"]["pue"].erase("source");
        resolved = resolve(scenarioFromJson(doc).value(), Dataset::builtin());
        QVERIFY(!resolved);
        QCOMPARE(resolved.issues().front().pointer, std::string("/region_data/parameters/pue"));

        doc = scenarioToJson(s);
        doc["region_data"]["id"] = "Elsewhere";
        resolved = resolve(scenarioFromJson(doc).value(), Dataset::builtin());
        QVERIFY(!resolved);
        QCOMPARE(resolved.issues().front().pointer, std::string("/region_data/id"));

        doc = scenarioToJson(s);
        doc["region_data"] = 3;
        const auto notObject = scenarioFromJson(doc);
        QVERIFY(!notObject);
        QCOMPARE(notObject.issues().front().pointer, std::string("/region_data"));
        QCOMPARE(QString::fromStdString(notObject.issues().front().reason),
                 QStringLiteral("must be an object, not a number"));
    }

    // A misspelt field of a carried region is named, as in a regions file, not read as missing.
    void unknownFieldsOfACarriedRegionAreNamed()
    {
        Scenario s = withUsedDefaults(scenarioOn("Ireland-high"), withRegion(Dataset::builtin(), ownIreland()));
        json doc = scenarioToJson(s);
        doc["region_data"]["colour"] = "green";
        doc["region_data"]["parameters"]["pue"]["sauce"] = "cited";
        const auto resolved = resolve(scenarioFromJson(doc).value(), Dataset::builtin());
        QVERIFY(!resolved);
        QCOMPARE(resolved.issues().size(), std::size_t(2));
        QCOMPARE(resolved.issues()[0].describe(), std::string("/region_data/colour: unknown field"));
        QCOMPARE(resolved.issues()[1].describe(), std::string("/region_data/parameters/pue/sauce: unknown field"));
    }
};

QTEST_APPLESS_MAIN(TestRegionEntry)
#include "tst_region_entry.moc"
