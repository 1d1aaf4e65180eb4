// SPDX-License-Identifier: GPL-3.0-or-later
// `gridshare projections`, run as a user runs it: every field for programs (json, csv), a table for
// people, and clear refusals.

#include "file_bytes.h"
#include "run_gridshare.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <set>

#include <sys/stat.h>

namespace {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

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
            for (const char* field : {"id", "source", "label", "year", "scope", "measure", "share", "twh", "gw",
                                      "level", "series", "superseded_by", "approximate", "note"})
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
        QTest::newRow("option of another command")
            << QStringList{QStringLiteral("--preset"), QStringLiteral("us-2024")}
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
        QVERIFY(r.out.contains(QStringLiteral("gridshare projections --import FILE.csv")));
    }

    // A bad row is named by row and column on standard error; the good rows are stored, listed as
    // the person's, drawn by every later command, and the person's other data file is untouched.
    void importSkipsTheBadRowAndStoresTheRest()
    {
        QTemporaryDir home;
        const QString folder = home.path() + QStringLiteral("/GridShare/data");
        QVERIFY(QDir().mkpath(folder));
        const QByteArray theirs = R"({"format": "gridshare-currencies", "version": 1, "currencies": []})";
        QVERIFY(writeFile(folder + QStringLiteral("/currencies.json"), theirs));
        const QString csv = home.filePath(QStringLiteral("mine.csv"));
        QVERIFY(writeFile(csv, "\xEF\xBB\xBFregion,title,publisher,url,published,year,scope,level,twh_low,twh_high\r\n"
                               "Netherlands,\"Outlook, second edition\",Example Grid Operator,https://example.org/nl,"
                               "2026-04,2030,datacenters,V2,9,12\r\n"
                               "Netherlands,Outlook,Example Grid Operator,,2026-04,2030,everything,V2,9,12\r\n"));
        const Run r = runGridshare({QStringLiteral("projections"), QStringLiteral("--import"), csv}, home.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.err.contains(QStringLiteral("mine.csv: row 3, column scope: \"everything\" is not \"datacenters\" or "
                                          "\"ai\"")),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("mine.csv: row 3: skipped; the other rows are imported")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("1 of 2 rows imported")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("9–12 TWh")) && r.out.contains(QStringLiteral("(yours)")),
                 qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("CBS"))); // only what was imported is listed

        const Run json =
            runGridshare({QStringLiteral("projections"), QStringLiteral("--region"), QStringLiteral("Netherlands"),
                          QStringLiteral("--format"), QStringLiteral("json")},
                         home.path());
        QCOMPARE(json.exitCode, 0);
        int imported = 0;
        const auto listed = nlohmann::json::parse(json.out.toStdString());
        for (const auto& p : listed.at("projections"))
            if (p.at("id").get<std::string>().starts_with("yours-")) {
                ++imported;
                QVERIFY2(p.at("twh") == nlohmann::json::array({9, 12}), p.dump().c_str());
                QCOMPARE(p.at("level").get<std::string>(), std::string("V2"));
            }
        QCOMPARE(imported, 1);
        const Run sources = runGridshare({QStringLiteral("sources")}, home.path());
        QVERIFY2(sources.out.contains(QStringLiteral("Outlook, second edition. Example Grid Operator, 2026-04.")),
                 qPrintable(sources.out));
        QCOMPARE(fileBytes(folder + QStringLiteral("/currencies.json")), theirs);

        // Importing again updates, never duplicates.
        QCOMPARE(runGridshare({QStringLiteral("projections"), QStringLiteral("--import"), csv}, home.path()).exitCode,
                 0);
        const Run again = runGridshare(
            {QStringLiteral("projections"), QStringLiteral("--format"), QStringLiteral("csv")}, home.path());
        QCOMPARE(again.out.count(QStringLiteral("\nyours-")), 1);
    }

    void importRefusesWhatIsNotAProjectionsCsv_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("binary") << "binary" << 3 << "not a CSV text file (UTF-8)";
        QTest::newRow("no valid row") << "header" << 3 << "No projection was imported";
        QTest::newRow("too large") << "huge" << 3 << "at most 4194304 bytes are accepted";
        QTest::newRow("FIFO") << "fifo" << 4 << "it is a device, a pipe or a socket, not a file";
        QTest::newRow("missing") << "missing" << 4 << "mine.csv cannot be imported: cannot be read: no such file";
        QTest::newRow("with --format") << "format" << 2 << "--import takes no --region or --format";
    }

    void importRefusesWhatIsNotAProjectionsCsv()
    {
        QFETCH(QString, kind);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir home;
        const QString csv = home.filePath(QStringLiteral("mine.csv"));
        QStringList extra;
        if (kind == QLatin1String("binary"))
            QVERIFY(writeFile(csv, QByteArray("\x7f"
                                              "ELF\x02\x01\x01\0\0\0\xff\xfe",
                                              12)));
        else if (kind == QLatin1String("header"))
            QVERIFY(writeFile(
                csv, "region,title,publisher,url,published,year,scope,level,share\nUS,T,P,,2026,2030,ai,V1,\n"));
        else if (kind == QLatin1String("huge"))
            QVERIFY(writeFile(csv, QByteArray(5 * 1024 * 1024, 'a')));
        else if (kind == QLatin1String("fifo"))
            QCOMPARE(::mkfifo(csv.toLocal8Bit().constData(), 0600), 0);
        else if (kind == QLatin1String("format"))
            extra = QStringList{QStringLiteral("--format"), QStringLiteral("json")};
        const Run r = runGridshare(QStringList{QStringLiteral("projections"), QStringLiteral("--import"), csv} + extra,
                                   home.path());
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(home.path() + QStringLiteral("/GridShare/data/projections.json")));
    }
};

QTEST_GUILESS_MAIN(TestProjectionsCommand)
#include "tst_projections_command.moc"
