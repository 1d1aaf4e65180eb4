// SPDX-License-Identifier: GPL-3.0-or-later
// Citation numbering: projections on the chart first by year, then the sources behind values,
// each source once; and the provenance a control's reset restores.

#include "gridshare/citations.h"

#include <QTest>

using namespace gridshare;

class TestCitations : public QObject {
    Q_OBJECT

private slots:
    void usProjectionsComeFirstByYear()
    {
        const Dataset& d = Dataset::builtin();
        const auto shown = projectionsFor(d, "US", 2030);
        QCOMPARE(shown.size(), std::size_t(17)); // every US energy projection up to 2030
        for (std::size_t i = 1; i < shown.size(); ++i)
            QVERIFY(shown[i - 1]->year <= shown[i]->year);
        QCOMPARE(shown.front()->year, 2022);

        const auto list = citationsFor(d, shown, {});
        // 2022 is BCG then IEA (by label); both are numbered before LBNL's 2023 figure.
        QCOMPARE(list.numberOf("bcg-2023").value(), 1);
        QCOMPARE(list.numberOf("iea-electricity-2024").value(), 2);
        QCOMPARE(list.numberOf("lbnl-2024").value(), 3);
        for (const Projection* p : shown)
            QVERIFY2(list.numberOf(p->source), p->id.c_str()); // every marker has a number
    }

    void valuesFollowEachSourceOnce()
    {
        const Dataset& d = Dataset::builtin();
        const Region& us = *d.region("US");
        std::vector<Provenance> behind;
        for (const auto& ps : paramSpecs())
            behind.push_back(defaultProvenance(nullptr, us, ps.param));
        const auto list = citationsFor(d, projectionsFor(d, "US"), behind);
        QVERIFY(list.numberOf("epoch-2025"));
        QVERIFY(list.numberOf("eia-steo-2025"));
        for (std::size_t i = 0; i < list.entries.size(); ++i)
            QCOMPARE(list.entries[i].number, int(i) + 1);
        QVERIFY(!list.numberOf("arm-haas-2024") || *list.numberOf("arm-haas-2024") <= 9);
    }

    void presetProvenanceWinsWhereThePresetSetsTheValue()
    {
        const Dataset& d = Dataset::builtin();
        const Preset* seed = d.preset("chatgpt-2024");
        const Region& us = *d.region("US");
        QCOMPARE(QString::fromStdString(defaultProvenance(seed, us, Param::QueriesPerDay).source),
                 QStringLiteral("seed-article"));
        QCOMPARE(QString::fromStdString(defaultProvenance(seed, us, Param::Pue).source), QStringLiteral("epoch-2025"));
        QVERIFY(defaultProvenance(nullptr, us, Param::QueryGrowth).isAssumption());
    }

    // Every region has projections to draw; power (GW) and years past the chart are left out.
    void everyRegionGetsItsProjections()
    {
        const Dataset& d = Dataset::builtin();
        QCOMPARE(projectionsFor(d, "China", 2030).size(), std::size_t(12));
        QCOMPARE(projectionsFor(d, "EU", 2030).size(), std::size_t(10));
        QCOMPARE(projectionsFor(d, "World", 2030).size(), std::size_t(12));
        for (const char* region : {"US", "China", "EU", "World"})
            for (const Projection* p : projectionsFor(d, region, 2030)) {
                QVERIFY2(p->measure == ProjectionMeasure::Energy, p->id.c_str());
                QVERIFY2(p->year <= 2030, p->id.c_str());
            }
        QCOMPARE(projectionsFor(d, "China", 2035).size(), std::size_t(14)); // BloombergNEF, Greenpeace 2035
    }
};

QTEST_APPLESS_MAIN(TestCitations)
#include "tst_citations.moc"
