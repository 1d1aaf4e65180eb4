// SPDX-License-Identifier: GPL-3.0-or-later
// The published projections and per-request figures in resources/data/projections.json: each value
// against the figure as its source states it (docs/model.md, "Published projections"), the fields
// every projection carries, and the file format's checks and migration.

#include "gridshare/dataset.h"
#include "gridshare/evaluation.h"
#include "gridshare/projections.h"

#include <QTest>

#include <cmath>
#include <set>

using namespace gridshare;

namespace {

std::string builtinText(const char* name)
{
    return std::string(embeddedDataFiles().at(name));
}

Outcome<Dataset> parseWithProjections(const std::string& projections)
{
    auto file = [](const char* name) { return DataFile{name, builtinText(name)}; };
    return Dataset::parse(file("regions.json"), file("sources.json"), file("currencies.json"), file("presets.json"),
                          {"projections.json", projections});
}

const Projection* projection(const std::string& id)
{
    for (const auto& p : Dataset::builtin().projections)
        if (p.id == id)
            return &p;
    return nullptr;
}

const RequestEnergy* requestEnergy(const std::string& id)
{
    for (const auto& e : Dataset::builtin().requestEnergy)
        if (e.id == id)
            return &e;
    return nullptr;
}

} // namespace

class TestProjections : public QObject {
    Q_OBJECT

private slots:
    // Percentages are written as the sources write them and divided by 100 here.
    void valuesAreTheSourcesFigures_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<double>("tolerance"); // relative

        auto row = [](const char* id, const char* field, double low, double high, double tolerance = 0) {
            QTest::newRow(QStringLiteral("%1 %2").arg(QLatin1String(id), QLatin1String(field)).toUtf8().constData())
                << QString::fromLatin1(id) << QString::fromLatin1(field) << low << high << tolerance;
        };
        // United States
        row("lbnl-2024-us-2023", "share", 4.4 / 100, 4.4 / 100);    // "176 TWh ... 4.4%"
        row("lbnl-2024-us-2028", "twh", 325, 580);                  // "325 to 580 TWh by 2028"
        row("lbnl-2024-us-2028", "share", 6.7 / 100, 12.0 / 100);   // "6.7 to 12%"
        row("lbnl-2024-us-2028-gw", "gw", 74, 132);                 // "from 74 to 132 GW"
        row("lbnl-2025-us-2030", "share", 9.5 / 100, 15.3 / 100);   // "between 9.5 and 15.3%"
        row("epri-2024-us-2030", "share", 4.6 / 100, 9.1 / 100);    // "4.6%-9.1%"
        row("epri-2026-us-2030", "share", 9.0 / 100, 17.0 / 100);   // "9%-17% ... by 2030"
        row("goldman-2024-us-2030", "share", 8.0 / 100, 8.0 / 100); // "8% of U.S. electricity"
        row("goldman-2024-us-2030-gw", "gw", 45, 45);               // "from 15 GW to 45 GW"
        row("goldman-2025-us-2030", "share", 8.0 / 100, 8.0 / 100); // "over 8% by 2030"
        row("arm-us-2030", "share", 20.0 / 100, 25.0 / 100);        // "as much as 20% to 25%"
        row("iea-2024-us-2022", "twh", 200, 200);                   // "around 200 TWh in 2022 (~4%)"
        row("iea-2024-us-2026", "twh", 260, 260);                   // "almost 260 TWh in 2026"
        row("iea-2025-us-2024", "twh", 183, 183);                   // chart: 183 (2024)
        row("iea-2025-us-2030", "twh", 426, 426);                   // chart: 426 (2030)
        row("mckinsey-us-2030", "twh", 606, 606);                   // "606 terawatt-hours (TWh) by 2030"
        row("mckinsey-us-2030", "share", 11.7 / 100, 11.7 / 100);   // "11.7 percent"
        row("gartner-us-2025", "share", 4.0 / 100, 4.0 / 100);      // "from 4% to 7.8%"
        row("gartner-us-2030", "share", 7.8 / 100, 7.8 / 100);
        row("bnef-2025-04-us-2024", "gw", 35, 35);                        // "35 gigawatts"
        row("bnef-2025-04-us-2035", "gw", 78, 78);                        // "78 gigawatts by 2035"
        row("bnef-2025-04-us-2035-share", "share", 8.6 / 100, 8.6 / 100); // "8.6% of total U.S. electricity"
        row("bnef-2025-12-us-2035", "gw", 106, 106);                      // "106 gigawatts by 2035"
        row("grid-strategies-us-2030", "gw", 90, 90);                     // "About 90 GW of that increase"
        // China
        row("iea-2025-china-2024", "twh", 102, 102);
        row("iea-2025-china-2030", "twh", 277, 277);
        row("sgeri-china-2020", "twh", 200, 200); // "2.7% ... (200 billion kWh)"
        row("sgeri-china-2020", "share", 2.7 / 100, 2.7 / 100);
        row("sgeri-china-2030", "twh", 400, 400); // "400 billion kWh or 3.7%"
        row("sgeri-china-2030", "share", 3.7 / 100, 3.7 / 100);
        row("government-china-2022", "twh", 77, 77);                                        // "77TWh in 2022,
        row("government-china-2025", "twh", 150, 200);                                      //  150-200TWh in 2025
        row("government-china-2030", "twh", 400, 400);                                      //  and 400TWh by 2030"
        row("goldman-china-2030", "twh", 600, 600);                                         // "nearly 600TWh"
        row("sp-china-2024", "twh", 140, 140);                                              // "140 billion kWh in 2024"
        row("sp-china-2024", "share", 1.4 / 100, 1.4 / 100);                                // "about 1.4%"
        row("sp-china-2030", "twh", 140 * std::pow(1.2, 6), 140 * std::pow(1.2, 6), 0.001); // "20% ... to 2030"
        row("bnef-china-2035", "twh", 400, 400); // "400 billion kWh ... 3.2%"
        row("bnef-china-2035", "share", 3.2 / 100, 3.2 / 100);
        row("bnef-china-2024-gw", "gw", 20, 20);                                // "20 GW of electricity,
        row("bnef-china-2030-gw", "gw", 40, 40);                                //  ... double to 40 GW by 2030
        row("bnef-china-2035-gw", "gw", 63, 63);                                //  and reach 63 GW by 2035"
        row("greenpeace-china-2018", "twh", 1608.89 / 10, 1608.89 / 10, 0.001); // "1,608.89亿千瓦时 ... 2.35%"
        row("greenpeace-china-2018", "share", 2.35 / 100, 2.35 / 100);
        row("greenpeace-china-2023", "twh", 2667.92 / 10, 2667.92 / 10, 0.001); // "2,667.92亿千瓦时"
        row("greenpeace-china-2035", "twh", 782 - 297, 782 - 297);              // "782 billion kWh", 5G "297 billion"
        // European Union
        row("jrc-eu-2022", "twh", 45, 65); // "45-65 TWh ... (1.8-2.6%)"
        row("jrc-eu-2022", "share", 1.8 / 100, 2.6 / 100);
        row("ec-2020-eu-2018", "twh", 76.8, 76.8);   // "76.8 TWh ... 2.7%"
        row("ec-2020-eu-2030", "twh", 98.52, 98.52); // "98,52 TWh by 2030 ... 3.21%"
        row("ec-2020-eu-2030", "share", 3.21 / 100, 3.21 / 100);
        row("iea-2025-europe-2024", "twh", 68, 68);
        row("iea-2025-europe-2030", "twh", 113, 113);
        row("commission-eu-2024", "twh", 70, 70);              // "in 2024 was 70 TWh"
        row("commission-eu-2030", "twh", 115, 115);            // "towards 115 TWh by 2030"
        row("kiel-eu-2030", "twh", 98.5, 168);                 // "between 98.5 and 168 TWh"
        row("gartner-eu-2025", "share", 2.7 / 100, 2.7 / 100); // "Europe ... from 2.7% to 5%"
        row("gartner-eu-2030", "share", 5.0 / 100, 5.0 / 100);
        // World
        row("iea-2024-world-2022", "twh", 460, 460);  // "about 460 TWh ... in 2022"
        row("iea-2024-world-2026", "twh", 620, 1050); // "between 620-1 050 TWh in 2026"
        row("iea-2025-world-2024", "twh", 415, 415);  // "around 415 TWh ... 1.5%"
        row("iea-2025-world-2024", "share", 1.5 / 100, 1.5 / 100);
        row("iea-2025-world-2030", "twh", 945, 945);                      // "around 945 TWh"
        row("iea-2026-world-2025", "twh", 415 * 1.17, 415 * 1.17, 0.002); // "rose by 17% in 2025"
        row("iea-2026-world-2030", "twh", 950, 950);                      // "upped that marginally to 950 TWh"
        row("gartner-world-2025", "twh", 448, 448);                       // "from 448 ... in 2025
        row("gartner-world-2030", "twh", 980, 980);                       //  to 980 TWh by 2030"
        row("gartner-world-ai-2025", "twh", 93, 93);                      // "from 93 TWh in 2025
        row("gartner-world-ai-2030", "twh", 432, 432);                    //  to 432 TWh in 2030"
        row("goldman-2025-world-2030", "share", 3.0 / 100, 4.0 / 100);    // "3-4% by the end of the decade"
        row("devries-world-ai-2027", "twh", 85.4, 134.0);                 // "85.4 to 134.0 TWh"
    }

    void valuesAreTheSourcesFigures()
    {
        QFETCH(QString, id);
        QFETCH(QString, field);
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(double, tolerance);
        const Projection* p = projection(id.toStdString());
        QVERIFY2(p, qPrintable(id));
        const std::optional<ValueRange>& value = field == QLatin1String("share") ? p->share
                                                 : field == QLatin1String("twh") ? p->twh
                                                                                 : p->gw;
        QVERIFY2(value, qPrintable(field));
        QVERIFY2(std::abs(value->low / low - 1) <= tolerance + 1e-12
                     && std::abs(value->high / high - 1) <= tolerance + 1e-12,
                 qPrintable(QStringLiteral("%1 %2 = %3..%4, the source says %5..%6")
                                .arg(id, field)
                                .arg(value->low)
                                .arg(value->high)
                                .arg(low)
                                .arg(high)));
    }

    void perRequestFiguresAreTheSourcesFigures_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("wh");
        QTest::addColumn<QString>("kind");
        QTest::newRow("Google 0.24 Wh, measured") << "google-gemini" << 0.24 << "measurement";
        QTest::newRow("OpenAI 0.34 Wh, stated") << "openai-altman" << 0.34 << "company_statement";
        QTest::newRow("Epoch 0.3 Wh") << "epoch" << 0.3 << "estimate";
        QTest::newRow("Microsoft median 0.34 Wh") << "oviedo-median" << 0.34 << "estimate";
        QTest::newRow("Microsoft long 4.32 Wh") << "oviedo-long" << 4.32 << "estimate";
        QTest::newRow("Jegham 0.42 Wh") << "jegham" << 0.42 << "estimate";
        QTest::newRow("de Vries 2.9 Wh") << "devries" << 2.9 << "estimate";
        // The seed article: 500,000 kWh a day over 200 million requests.
        QTest::newRow("seed 2.5 Wh") << "seed" << 500000.0 * 1000 / 200e6 << "estimate";
    }

    void perRequestFiguresAreTheSourcesFigures()
    {
        QFETCH(QString, id);
        QFETCH(double, wh);
        QFETCH(QString, kind);
        const RequestEnergy* e = requestEnergy(id.toStdString());
        QVERIFY2(e, qPrintable(id));
        QVERIFY(std::abs(e->wh.low / wh - 1) < 1e-12);
        QCOMPARE(QString::fromUtf8(evidenceKindKey(e->kind).data()), kind);
        QVERIFY(!e->scope.empty());
        QVERIFY(isPublicationDate(e->published));
    }

    // "Measured" is said only of a measurement: just Google's figure is one.
    void onlyGoogleIsAMeasurement()
    {
        int measurements = 0;
        for (const auto& e : Dataset::builtin().requestEnergy)
            measurements += e.kind == EvidenceKind::Measurement;
        QCOMPARE(measurements, 1);
        QCOMPARE(requestEnergy("google-gemini")->kind, EvidenceKind::Measurement);
    }

    void everyProjectionCarriesEveryField()
    {
        const Dataset& d = Dataset::builtin();
        std::set<std::string> ids;
        for (const Projection& p : d.projections) {
            QVERIFY2(ids.insert(p.id).second, p.id.c_str());
            QVERIFY2(d.region(p.region), p.id.c_str());
            QVERIFY2(d.source(p.source), p.id.c_str());
            QVERIFY2(isPublicationDate(p.published), p.id.c_str());
            QVERIFY2(d.levelMeanings.count(p.level), p.id.c_str());
            QVERIFY2(!p.series.empty(), p.id.c_str());
            QVERIFY2(p.year >= 2015 && p.year <= 2050, p.id.c_str());
            if (p.measure == ProjectionMeasure::Energy)
                QVERIFY2((p.share || p.twh) && !p.gw, p.id.c_str());
            else
                QVERIFY2(p.gw && !p.share && !p.twh, p.id.c_str());
        }
    }

    // Every region has its projections; China's list has at least four with dates.
    void everyRegionHasProjections()
    {
        for (const char* region : {"US", "China", "EU", "World"})
            QVERIFY2(allProjectionsFor(Dataset::builtin(), region).size() >= 4, region);
    }

    // The editions the issue names are joined by their series keys, oldest first, and the older one
    // says which edition replaced it.
    void editionsAreJoined_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("series");
        QTest::addColumn<QString>("measure");
        QTest::addColumn<QStringList>("sources");
        QTest::newRow("EPRI 2024 -> 2026")
            << "US" << 2030 << "epri-us"
            << "energy" << QStringList{QStringLiteral("epri-2024"), QStringLiteral("epri-2026")};
        QTest::newRow("Goldman 2024 -> 2025")
            << "US" << 2030 << "goldman-us"
            << "energy" << QStringList{QStringLiteral("goldman-2024"), QStringLiteral("goldman-2025")};
        QTest::newRow("IEA 2025 -> 2026")
            << "World" << 2030 << "iea-world"
            << "energy" << QStringList{QStringLiteral("iea-energy-ai-2025"), QStringLiteral("iea-key-questions-2026")};
        QTest::newRow("BloombergNEF April -> December 2025")
            << "US" << 2035 << "bnef-us"
            << "capacity" << QStringList{QStringLiteral("bnef-2025-04"), QStringLiteral("bnef-2025-12")};
    }

    void editionsAreJoined()
    {
        QFETCH(QString, region);
        QFETCH(int, year);
        QFETCH(QString, series);
        QFETCH(QString, measure);
        QFETCH(QStringList, sources);
        const auto all = editionsFor(Dataset::builtin(), region.toStdString(), year,
                                     *projectionMeasureFromKey(measure.toStdString()));
        const auto found = std::find_if(all.begin(), all.end(),
                                        [&](const ProjectionSeries& s) { return s.key == series.toStdString(); });
        QVERIFY(found != all.end());
        QStringList got;
        for (const Projection* p : found->editions)
            got.append(QString::fromStdString(p->source));
        QCOMPARE(got, sources);
        for (std::size_t i = 0; i + 1 < found->editions.size(); ++i)
            QCOMPARE(found->editions[i]->supersededBy, found->editions.back()->source);
    }

    void lbnlAndBloombergEditionsAreKept()
    {
        QCOMPARE(projection("lbnl-2024-us-2028")->supersededBy, std::string("lbnl-2025"));
        QCOMPARE(projection("lbnl-2025-us-2030")->series, projection("lbnl-2024-us-2028")->series);
        QCOMPARE(projection("bnef-2025-04-us-2035")->supersededBy, std::string("bnef-2025-12"));
        QCOMPARE(projection("bnef-2025-12-us-2035")->series, projection("bnef-2025-04-us-2035")->series);
        QCOMPARE(projection("bnef-2025-12-us-2035")->measure, ProjectionMeasure::Capacity);
        QCOMPARE(projection("grid-strategies-us-2030")->measure, ProjectionMeasure::Peak);
    }

    // A projection given only in TWh sits on a share chart at TWh over the scenario's consumption.
    void twhOnlyIsPlacedWithNationalConsumption()
    {
        Evaluation e;
        YearResult y2030;
        y2030.year = 2030;
        y2030.nationalTwh = 4600;
        e.years = {y2030};
        const auto placed = shareOnChart(*projection("iea-2025-us-2030"), e);
        QVERIFY(placed);
        QVERIFY(placed->placedFromTwh);
        QVERIFY(std::abs(placed->share.low - 426.0 / 4600) < 1e-15);
        QCOMPARE(placed->nationalYear, 2030);
        const auto published = shareOnChart(*projection("lbnl-2025-us-2030"), e);
        QVERIFY(published && !published->placedFromTwh);
        QVERIFY(!shareOnChart(*projection("lbnl-2024-us-2028-gw"), e)); // power is not drawn as a share
    }

    void publicationDates_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("decimal");
        QTest::newRow("year") << "2023" << true << 2023.5;
        QTest::newRow("month") << "2026-06" << true << 2026 + 5 / 12.0 + 14.5 / 365;
        QTest::newRow("day") << "2026-02-26" << true << 2026 + 1 / 12.0 + 25 / 365.0;
        QTest::newRow("no month 13") << "2026-13" << false << 0.0;
        QTest::newRow("no 31 June") << "2026-06-31" << false << 0.0;
        QTest::newRow("slashes") << "2026/06" << false << 0.0;
        QTest::newRow("empty") << "" << false << 0.0;
    }

    void publicationDates()
    {
        QFETCH(QString, date);
        QFETCH(bool, valid);
        QFETCH(double, decimal);
        QCOMPARE(isPublicationDate(date.toStdString()), valid);
        if (valid)
            QVERIFY(std::abs(*decimalYear(date.toStdString()) - decimal) < 1e-12);
    }

    // A version 1 file still reads: each projection takes its source's date and level.
    void versionOneMigrates()
    {
        const auto parsed = parseWithProjections(R"({"format": "gridshare-projections", "version": 1, "projections": [
            {"id": "x", "source": "epri-2024", "label": "EPRI Powering Intelligence 2024", "region": "US",
             "year": 2030, "share": [0.046, 0.091], "scope": "datacenters"}]})");
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.issues().front().describe().c_str());
        const Projection& p = parsed.value().projections.front();
        QCOMPARE(p.published, std::string("2024-05-28"));
        QCOMPARE(p.level, std::string("V2"));
        QCOMPARE(p.series, std::string("epri-2024"));
        QCOMPARE(p.measure, ProjectionMeasure::Energy);
        QVERIFY(parsed.value().requestEnergy.empty());
    }

    void badProjectionsAreRefusedWithTheirPointer_data()
    {
        QTest::addColumn<QByteArray>("projection");
        QTest::addColumn<QString>("pointer");
        const QByteArray base = R"("id": "x", "source": "epri-2026", "label": "X", "region": "US", "year": 2030,
            "scope": "datacenters", "level": "V1", "series": "s")";
        QTest::newRow("no date") << base + R"(, "measure": "energy", "share": 0.1)"
                                 << "/projections/0/published";
        QTest::newRow("bad date") << base + R"(, "published": "26 Feb 2026", "measure": "energy", "share": 0.1)"
                                  << "/projections/0/published";
        QTest::newRow("share above 1") << base + R"(, "published": "2026", "measure": "energy", "share": 17)"
                                       << "/projections/0/share";
        QTest::newRow("energy with GW") << base + R"(, "published": "2026", "measure": "energy", "gw": 10)"
                                        << "/projections/0";
        QTest::newRow("power with TWh") << base + R"(, "published": "2026", "measure": "peak", "twh": 10)"
                                        << "/projections/0";
        QTest::newRow("unknown measure") << base + R"(, "published": "2026", "measure": "volume", "gw": 10)"
                                         << "/projections/0/measure";
        QTest::newRow("unknown newer edition")
            << base + R"(, "published": "2026", "measure": "energy", "share": 0.1, "superseded_by": "nobody")"
            << "/projections/0/superseded_by";
        QTest::newRow("low above high") << base + R"(, "published": "2026", "measure": "energy", "twh": [9, 3])"
                                        << "/projections/0/twh";
    }

    void badProjectionsAreRefusedWithTheirPointer()
    {
        QFETCH(QByteArray, projection);
        QFETCH(QString, pointer);
        const auto parsed =
            parseWithProjections(R"({"format": "gridshare-projections", "version": 2, "projections": [{)"
                                 + projection.toStdString() + R"(}], "energy_per_request": []})");
        QVERIFY(!parsed.ok());
        QStringList pointers;
        for (const auto& issue : parsed.issues())
            pointers.append(QString::fromStdString(issue.file + ": " + issue.pointer));
        QVERIFY2(pointers.contains(QStringLiteral("projections.json: ") + pointer), qPrintable(pointers.join(u'|')));
    }

    void badRequestEnergyIsRefused()
    {
        const auto parsed = parseWithProjections(
            R"({"format": "gridshare-projections", "version": 2, "projections": [], "energy_per_request": [
            {"id": "x", "source": "epoch-2025", "label": "X", "published": "2025", "year": 2025, "kind": "guess",
             "wh": 0.3, "scope": "s", "level": "V1"}]})");
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.issues().front().pointer, std::string("/energy_per_request/0/kind"));
    }

    void newerVersionIsRefused()
    {
        const auto parsed =
            parseWithProjections(R"({"format": "gridshare-projections", "version": 3, "projections": []})");
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.issues().front().pointer, std::string("/version"));
        QCOMPARE(parsed.issues().front().reason, std::string("this GridShare reads versions 1 to 2"));
    }
};

QTEST_APPLESS_MAIN(TestProjections)
#include "tst_projections.moc"
