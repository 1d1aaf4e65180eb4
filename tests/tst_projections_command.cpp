// SPDX-License-Identifier: GPL-3.0-or-later
// `gridshare projections`, run as a user runs it: every field for programs (json, csv), a table for
// people, and clear refusals.

#include "run_gridshare.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <set>

class TestProjectionsCommand : public QObject {
    Q_OBJECT

    QTemporaryDir home_;
    Run gridshare(const QStringList& arguments) { return runGridshare(arguments, home_.path()); }

    nlohmann::json json(const QString& region)
    {
        const Run r = gridshare({QStringLiteral("projections"), QStringLiteral("--region"), region,
                                 QStringLiteral("--format"), QStringLiteral("json")});
        if (r.exitCode != 0)
            qFatal("projections failed: %s", qPrintable(r.err));
        return nlohmann::json::parse(r.out.toStdString());
    }

private slots:
    void chinaHasAtLeastFourWithDates()
    {
        const auto j = json(QStringLiteral("China"));
        const auto& list = j.at("projections");
        QVERIFY(list.size() >= 4);
        const QRegularExpression date(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?$"));
        for (const auto& p : list) {
            QCOMPARE(p.at("region").get<std::string>(), std::string("China"));
            QVERIFY2(date.match(QString::fromStdString(p.at("published").get<std::string>())).hasMatch(),
                     p.dump().c_str());
            for (const char* field : {"id", "source", "label", "year", "scope", "measure", "share", "twh", "gw", "level",
                                      "series", "superseded_by", "approximate", "note"})
                QVERIFY2(p.contains(field), field);
        }
    }

    void usListsEpri2026AndTheLbnl2025Update()
    {
        const auto j = json(QStringLiteral("US"));
        std::set<std::string> sources;
        for (const auto& p : j.at("projections"))
            sources.insert(p.at("source").get<std::string>());
        QVERIFY(sources.count("epri-2026"));
        QVERIFY(sources.count("lbnl-2025"));
        // EPRI 2024 and LBNL 2024 are kept, replaced by their newer editions.
        for (const auto& p : j.at("projections")) {
            if (p.at("source") == "epri-2024")
                QCOMPARE(p.at("superseded_by").get<std::string>(), std::string("epri-2026"));
            if (p.at("source") == "lbnl-2024")
                QCOMPARE(p.at("superseded_by").get<std::string>(), std::string("lbnl-2025"));
        }
        // GW figures carry their measure.
        bool capacity = false;
        for (const auto& p : j.at("projections"))
            capacity = capacity || (p.at("measure") == "capacity" && p.at("gw").is_array());
        QVERIFY(capacity);
        // The per-request figures come with their kind.
        QVERIFY(j.at("energy_per_request").size() >= 8);
        for (const auto& e : j.at("energy_per_request"))
            QVERIFY(e.at("kind") == "measurement" || e.at("kind") == "estimate" || e.at("kind") == "company_statement");
    }

    void csvHasTheSameRowsAsJson()
    {
        const Run csv = gridshare({QStringLiteral("projections"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = csv.out.trimmed().split(QLatin1Char('\n'));
        QVERIFY(lines.first().startsWith(QStringLiteral("id,region,source,label,published,year,scope,measure")));
        std::size_t all = 0;
        for (const char* region : {"US", "China", "EU", "World", "Ireland", "Netherlands", "Germany", "UK", "Denmark",
                                   "Japan", "India", "Singapore", "Virginia"})
            all += json(QString::fromLatin1(region)).at("projections").size();
        QCOMPARE(std::size_t(lines.size() - 1), all);
    }

    void tableIsForPeople()
    {
        const Run r = gridshare({QStringLiteral("projections"), QStringLiteral("--region"), QStringLiteral("EU")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("European Union (EU)")));
        QVERIFY(r.out.contains(QStringLiteral("98.5–168 TWh"))); // Kiel's range
        QVERIFY(r.out.contains(QStringLiteral("17 November 2025")));
        QVERIFY(r.err.isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown region") << QStringList{QStringLiteral("--region"), QStringLiteral("Mars")}
                                        << "--region: no region has the id \"Mars\"; regions: US, China, EU, World";
        QTest::newRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml")}
                                        << "--format: \"xml\" is not one of table, json, csv";
        QTest::newRow("option of another command") << QStringList{QStringLiteral("--preset"), QStringLiteral("us-2024")}
                                                   << "--preset applies to evaluate, solve, implies, export, report and the window, not projections";
    }

    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = gridshare(QStringList{QStringLiteral("projections")} + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void helpNamesTheCommand()
    {
        const Run r = gridshare({QStringLiteral("--help")});
        QVERIFY(r.out.contains(QStringLiteral("gridshare projections [--region ID] [--format table|json|csv]")));
    }
};

QTEST_GUILESS_MAIN(TestProjectionsCommand)
#include "tst_projections_command.moc"
