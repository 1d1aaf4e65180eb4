// SPDX-License-Identifier: GPL-3.0-or-later
// A person's own projections from CSV: the reader's quoting, line ends and limits; each bad row named
// by row and column and skipped while the rest import; and the person's files merged, not replaced.

#include "gridshare/csv_reader.h"
#include "gridshare/projection_import.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace gridshare;

namespace {

const char* kHeader = "region,title,publisher,url,published,year,scope,level,share,share_low,share_high,twh,note\n";

bool mentions(const Issues& issues, const std::string& text)
{
    return std::any_of(issues.begin(), issues.end(),
                       [&](const Issue& i) { return i.describe().find(text) != std::string::npos; });
}

std::string allOf(const Issues& issues)
{
    std::string text;
    for (const Issue& i : issues)
        text += i.describe() + "\n";
    return text;
}

} // namespace

class TestProjectionImport : public QObject {
    Q_OBJECT

private slots:
    void csvQuotesLineEndsAndBom()
    {
        const auto rows = readCsv("\xEF\xBB\xBF"
                                  "a,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\r\n\r\nlast,\n");
        QVERIFY(rows);
        QCOMPARE(rows.value().size(), std::size_t{3});
        QCOMPARE(rows.value()[0].fields[0], std::string("a")); // the byte-order mark dropped
        QCOMPARE(rows.value()[1].fields[0], std::string("x, \"y\""));
        QCOMPARE(rows.value()[1].fields[1], std::string("two\nlines"));
        QCOMPARE(rows.value()[2].number, std::size_t{4}); // numbered as a spreadsheet does: the blank row counted
        QCOMPARE(rows.value()[2].fields.size(), std::size_t{2});
        QCOMPARE(csvField("a,\"b\""), std::string("\"a,\"\"b\"\"\""));
    }

    void csvRefusesWhatIsNotCsv()
    {
        const auto open = readCsv("a,b\n\"never closed,1\n");
        QVERIFY(!open);
        QCOMPARE(open.issues().front().describe(), std::string("row 2: a quoted field is not closed"));
        const auto binary = readCsv(std::string("PK\x03\x04\x00\xff\xfe", 7));
        QVERIFY(!binary);
        QVERIFY(binary.issues().front().describe().find("not a CSV text file") != std::string::npos);
        CsvLimits small;
        small.maxRows = 3;
        const auto many = readCsv("a\n1\n2\n3\n4\n", small);
        QVERIFY(!many);
        QCOMPARE(many.issues().front().describe(), std::string("row 4: more than 3 rows; split the file"));
        const auto wide = readCsv(std::string(100000, 'x'));
        QVERIFY(!wide);
        QVERIFY(wide.issues().front().describe().find("longer than 4096 bytes") != std::string::npos);
    }

    // The example of the README: EirGrid's 31% for Ireland in 2034 (its All-Island Resource Adequacy
    // Assessment, as reported), a range, and a bad row that names its row and column.
    void aBadRowIsNamedAndTheRestImport()
    {
        const std::string csv =
            std::string(kHeader)
            + "Ireland,All-Island Resource Adequacy Assessment 2025-2034,EirGrid,"
              "https://www.eirgrid.ie/,2025-03,2034,datacenters,V2,31%,,,,\"with other new loads, as reported\"\r\n"
            + "Ireland,My utility's plan,Example Utility,,2026-01,2030,ai,NV,,8%,12%,,\n"
            + "ireland,Broken,Someone,https://example.org/,2026,2030,datacenters,V1,,0.3,0.2,,\n"
            + "Atlantis,Nowhere,Someone,,2026,2030,datacenters,V1,,,,5,\n"
            + "US,Nothing,Someone,,2026,2030,datacenters,V1,,,,,\n";
        const ProjectionImport result = importProjectionsCsv(csv, Dataset::builtin());
        QCOMPARE(result.rows, std::size_t{5});
        // Row 4 gives a range upside down, row 5 an unknown region, row 6 no value at all.
        QVERIFY2(mentions(result.problems, "row 4, column share_high: 0.2 is below share_low's 0.3"),
                 allOf(result.problems).c_str());
        QVERIFY2(mentions(result.problems, "row 5, column region: no region is called \"Atlantis\""),
                 allOf(result.problems).c_str());
        QVERIFY2(mentions(result.problems, "row 6, column share: is empty, and so is twh"),
                 allOf(result.problems).c_str());
        QVERIFY(mentions(result.problems, "row 4: skipped; the other rows are imported"));
        QVERIFY(!mentions(result.problems, "row 2"));
        QVERIFY(!mentions(result.problems, "row 3"));
        QCOMPARE(result.skipped, std::size_t{3});
        QCOMPARE(result.imported.size(), std::size_t{2});
        const Projection& eirgrid = result.imported[0].projection;
        QCOMPARE(eirgrid.year, 2034);
        QVERIFY(eirgrid.share && eirgrid.share->low == 0.31 && !eirgrid.share->isRange());
        QCOMPARE(eirgrid.note, std::string("with other new loads, as reported"));
        QCOMPARE(result.imported[0].source.url, std::string("https://www.eirgrid.ie/"));
        const Projection& p = result.imported[1].projection;
        QCOMPARE(result.imported[1].row, std::size_t{3});
        QCOMPARE(p.region, std::string("Ireland"));
        QCOMPARE(p.scope, ProjectionScope::AiOnly);
        QVERIFY(p.share && p.share->low == 0.08 && p.share->high == 0.12);
        QCOMPARE(p.label, std::string("Example Utility 2026"));
        QVERIFY(p.id.starts_with(kImportedIdPrefix));
    }

    // The data files refuse control characters in any text: the import refuses them in the optional
    // note too, or a row it accepted would make the merged data unreadable.
    void aNoteWithControlCharactersIsRefused()
    {
        const std::string csv = std::string(kHeader)
                                + "Ireland,A plan,EirGrid,,2025-03,2034,datacenters,V2,31%,,,,\"two\nlines\"\n"
                                + "Ireland,A plan,EirGrid,,2025-03,2034,datacenters,V2,31%,,,,bell\x07\n";
        const ProjectionImport result = importProjectionsCsv(csv, Dataset::builtin());
        QVERIFY(result.imported.empty());
        QCOMPARE(result.skipped, std::size_t{2});
        QVERIFY(mentions(result.problems, "column note: holds a line break or a control character"));
    }

    void theHeaderMustNameTheColumns()
    {
        const auto missing = importProjectionsCsv("region,title,publisher\nUS,a,b\n", Dataset::builtin());
        QVERIFY(missing.imported.empty());
        QVERIFY(mentions(missing.problems, "row 1: the column published is missing"));
        const auto typo =
            importProjectionsCsv("region,title,publisher,url,published,year,scope,level,shares\n", Dataset::builtin());
        QVERIFY(mentions(typo.problems, "row 1, column 9 (shares): not a column of this format"));
    }

    void eachFieldIsChecked()
    {
        const std::string csv = std::string(kHeader) + "US,T,P,ftp://x,2026-13,1999,servers,V9,,,,-4,\n"
                                + "US,T,P,https://x.org,2026,2030,datacenters,V1,,22,30,,\n";
        const auto result = importProjectionsCsv(csv, Dataset::builtin());
        QVERIFY(result.imported.empty());
        for (const char* expected :
             {"row 2, column url:", "row 2, column published: \"2026-13\" is not a date",
              "row 2, column year:", "row 2, column scope:", "row 2, column level: \"V9\" is not a verification level",
              "row 2, column twh: must be more than 0", "row 3, column share_low: 22 is more than 1"})
            QVERIFY2(mentions(result.problems, expected),
                     (expected + std::string("\n") + allOf(result.problems)).c_str());
    }

    void theSameRowTwiceIsImportedOnce()
    {
        const std::string row = "US,T,P,,2026,2030,datacenters,V2,,,,500,\n";
        const auto result = importProjectionsCsv(std::string(kHeader) + row + row, Dataset::builtin());
        QCOMPARE(result.imported.size(), std::size_t{1});
        QVERIFY(mentions(result.problems, "row 3: the same source, region, year, scope and measure as row 2"));
    }

    // What the person already has stays; importing again replaces by id; the files load as data.
    void mergedIntoThePersonsFilesWhichLoad()
    {
        const std::string csv = std::string(kHeader) + "US,Outlook,Example,,2026-05,2030,datacenters,V2,,,,600,\n";
        const auto rows = importProjectionsCsv(csv, Dataset::builtin());
        QCOMPARE(rows.imported.size(), std::size_t{1});
        const std::string theirs =
            R"({"format": "gridshare-sources", "version": 1, "levels": {"X": "mine"}, "sources": [)"
            R"({"id": "mine", "title": "Mine", "publisher": "Me", "date": "2025", "url": "", "level": "V1", "figures": []}]})";
        auto merged = mergeImportedProjections(theirs, std::nullopt, rows.imported);
        QVERIFY(merged);
        auto again = mergeImportedProjections(merged.value().sources, merged.value().projections, rows.imported);
        QVERIFY(again);
        const auto sources = nlohmann::json::parse(again.value().sources);
        QCOMPARE(sources.at("sources").size(), std::size_t{2});
        QCOMPARE(sources.at("sources")[0].at("id").get<std::string>(), std::string("mine"));
        QCOMPARE(sources.at("levels").at("X").get<std::string>(), std::string("mine"));
        QCOMPARE(nlohmann::json::parse(again.value().projections).at("projections").size(), std::size_t{1});

        QTemporaryDir folder;
        for (const auto& [name, text] : {std::pair{"sources.json", again.value().sources},
                                         std::pair{"projections.json", again.value().projections}}) {
            QFile file(folder.filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text.data(), static_cast<qint64>(text.size()));
        }
        const auto loaded = Dataset::load(folder.path().toStdString());
        QVERIFY2(loaded.warnings.empty(), loaded.warnings.empty() ? "" : loaded.warnings.front().c_str());
        const auto own = std::find_if(loaded.dataset.projections.begin(), loaded.dataset.projections.end(),
                                      [](const Projection& p) { return p.own; });
        QVERIFY(own != loaded.dataset.projections.end());
        QCOMPARE(own->id, rows.imported[0].projection.id);
        QVERIFY(own->twh && own->twh->low == 600);
        QVERIFY(loaded.dataset.source(own->source)->own);
        QVERIFY(!loaded.dataset.source("lbnl-2024")->own);
        QCOMPARE(std::count_if(loaded.dataset.projections.begin(), loaded.dataset.projections.end(),
                               [](const Projection& p) { return p.own; }),
                 1);
    }

    void aFileThatIsNotTheirsToMergeIsRefused()
    {
        const auto rows =
            importProjectionsCsv(std::string(kHeader) + "US,T,P,,2026,2030,ai,V2,,,,50,\n", Dataset::builtin());
        const auto refused = mergeImportedProjections(std::string("{not json"), std::nullopt, rows.imported);
        QVERIFY(!refused);
        QCOMPARE(refused.issues().front().file, std::string("sources.json"));
    }
};

QTEST_GUILESS_MAIN(TestProjectionImport)
#include "tst_projection_import.moc"
