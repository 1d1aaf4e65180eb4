// SPDX-License-Identifier: GPL-3.0-or-later
// `gridshare export` and `gridshare report`, checked by reading what they write: the PNG decodes
// at the requested size, the SVG is well-formed XML with the title and the citation numbers, the
// PDFs' text (through poppler's pdftotext) holds the citations, and the CSV equals `evaluate`.

#include "file_bytes.h"
#include "run_gridshare.h"

#include "document/parameter_presentation.h"
#include "gridshare/citations.h"
#include "gridshare/parameters.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <QXmlStreamReader>
#include <algorithm>
#include <cmath>

namespace {

// The text of a PDF as laid out on its pages, or in the order it was written (a table cell's
// lines together) with raw.
QString pdfText(const QString& path, bool raw = false)
{
    QProcess process;
    process.start(QStringLiteral(PDFTOTEXT),
                  {raw ? QStringLiteral("-raw") : QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// "[n]" for every source whose projection the US share chart draws (up to the default end year,
// 2030), from the engine's own table of projections (the chart must show each one once).
QStringList usCitationLabels()
{
    const auto& data = gridshare::Dataset::builtin();
    const auto shown = gridshare::projectionsFor(data, "US", 2030);
    const auto citations = gridshare::citationsFor(data, shown, {});
    QStringList labels;
    for (const auto* p : shown)
        labels.append(QStringLiteral("[%1]").arg(*citations.numberOf(p->source)));
    labels.removeDuplicates();
    return labels;
}

} // namespace

class TestExports : public QObject {
    Q_OBJECT

    Run gridshare(const QStringList& arguments) { return runGridshare(arguments, home_.path()); }
    QString path(const QString& name) const { return dir_.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(usCitationLabels().size() >= 5); // the US has LBNL, EPRI, IEA, BCG, the Arm CEO...
    }

    void pngDecodesAtTheRequestedSize_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QSize>("pixels");
        QTest::newRow("default") << QStringList{} << QSize(1600, 900);
        QTest::newRow("size") << QStringList{QStringLiteral("--size"), QStringLiteral("1000x700")} << QSize(1000, 700);
        QTest::newRow("scale 2") << QStringList{QStringLiteral("--size"), QStringLiteral("520x350"),
                                                QStringLiteral("--scale"), QStringLiteral("2")}
                                 << QSize(1040, 700);
        QTest::newRow("energy") << QStringList{QStringLiteral("--view"), QStringLiteral("energy")} << QSize(1600, 900);
    }

    void pngDecodesAtTheRequestedSize()
    {
        QFETCH(QStringList, options);
        QFETCH(QSize, pixels);
        const QString out = path(QStringLiteral("chart.png"));
        const Run r = gridshare(QStringList{QStringLiteral("export"), QStringLiteral("--out"), out} + options);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QImage image;
        QVERIFY(image.load(out, "PNG"));
        QCOMPARE(image.size(), pixels);
        // A drawn chart, not a blank page: the AI line's vermillion (#D55E00) is in it.
        bool vermillion = false;
        for (int y = 0; y < image.height() && !vermillion; y += 1)
            for (int x = 0; x < image.width() && !vermillion; ++x)
                vermillion = image.pixel(x, y) == qRgb(0xD5, 0x5E, 0x00);
        QVERIFY(vermillion);
    }

    void scaleTwoIsWrittenAsHigherResolution()
    {
        const QString out = path(QStringLiteral("column.png"));
        QCOMPARE(gridshare({QStringLiteral("export"), QStringLiteral("--out"), out, QStringLiteral("--size"),
                            QStringLiteral("520x350"), QStringLiteral("--scale"), QStringLiteral("3.125")})
                     .exitCode,
                 0);
        QImage image(out);
        QCOMPARE(image.width(), 1625);
        QCOMPARE(std::lround(image.dotsPerMeterX() * 0.0254), 300L); // 3.125 x 96 dpi
    }

    void svgIsXmlWithTitleAndCitations()
    {
        const QString out = path(QStringLiteral("chart.svg"));
        const Run r = gridshare({QStringLiteral("export"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QXmlStreamReader xml(fileBytes(out));
        QString title;
        QString text;
        bool inTitle = false;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement)
                inTitle = xml.name() == QLatin1String("title");
            if (token == QXmlStreamReader::EndElement)
                inTitle = false;
            if (token == QXmlStreamReader::Characters) {
                text += xml.text().toString() + QLatin1Char('\n');
                if (inTitle)
                    title += xml.text();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(title.contains(QStringLiteral("Share of electricity used by AI")), qPrintable(title));
        // Chart text names the typeface's design (DejaVu Sans), never GridShare Sans, which only
        // GridShare has.
        const QByteArray svg = fileBytes(out);
        QVERIFY(svg.contains("font-family=\"DejaVu Sans\""));
        QVERIFY(!svg.contains("GridShare Sans"));
        QVERIFY(text.contains(QStringLiteral("United States")));
        for (const QString& label : usCitationLabels())
            QVERIFY2(text.contains(label), qPrintable(label));
        QVERIFY(text.contains(QStringLiteral("Lawrence Berkeley National Laboratory"))); // in the footer
    }

    void pdfIsAPdfWithTheCitations()
    {
        const QString out = path(QStringLiteral("chart.pdf"));
        const Run r = gridshare({QStringLiteral("export"), QStringLiteral("--set"), QStringLiteral("query_growth=0.9"),
                                 QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(fileBytes(out).startsWith("%PDF-"));
        const QString text = pdfText(out);
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        for (const QString& label : usCitationLabels())
            QVERIFY2(text.contains(label), qPrintable(label));
        QVERIFY(text.contains(QStringLiteral("Electric Power Research Institute")));
        // Drawn with the "fi" ligature; the embedded font still maps it back to the letters.
        QVERIFY(text.contains(QStringLiteral("Analyzing Artificial Intelligence"))
                || text.contains(QStringLiteral("Analyzing Arti\uFB01cial Intelligence")));
        QVERIFY(text.contains(QStringLiteral("Changed from the defaults")));
        QVERIFY(text.contains(QStringLiteral("Request growth 90 %")));
    }

    void theFooterExplainsOnlyWhatTheChartShows()
    {
        // A preset with ranges: the share chart shades bands and says so; the energy chart does not.
        const QString preset = QStringLiteral("efficient-inference-2025");
        const QString share = path(QStringLiteral("bands-share.svg"));
        const QString energy = path(QStringLiteral("bands-energy.svg"));
        QCOMPARE(
            gridshare({QStringLiteral("export"), QStringLiteral("--preset"), preset, QStringLiteral("--out"), share})
                .exitCode,
            0);
        QCOMPARE(gridshare({QStringLiteral("export"), QStringLiteral("--preset"), preset, QStringLiteral("--view"),
                            QStringLiteral("energy"), QStringLiteral("--out"), energy})
                     .exitCode,
                 0);
        QVERIFY(fileBytes(share).contains("Monte Carlo samples"));
        QVERIFY(!fileBytes(energy).contains("Monte Carlo samples"));
        QVERIFY(!fileBytes(energy).contains("[1]")); // no projections drawn, none cited
    }

    void theFooterOfAnUnnamedScenarioWithRanges()
    {
        // A scenario file with no name and a range: the footer names the region alone, and lists the
        // range rather than claiming every assumption is at its default.
        const QString scenario = path(QStringLiteral("unnamed.gridshare.json"));
        QFile file(scenario);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "gridshare-scenario", "version": 1, "name": "", "region": "US",
                       "ranges": {"query_growth": [0.3, 0.6]}})");
        file.close();
        const QString svg = path(QStringLiteral("unnamed.svg"));
        const Run run = gridshare({QStringLiteral("export"), scenario, QStringLiteral("--out"), svg});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = QString::fromUtf8(fileBytes(svg));
        QVERIFY(text.contains(QStringLiteral("United States · 2024–2030")));
        QVERIFY(!text.contains(QStringLiteral("Scenario:</b> ·")) && !text.contains(QStringLiteral(": · United")));
        QVERIFY(!text.contains(QStringLiteral("All assumptions at their defaults")));
        QVERIFY(text.contains(QStringLiteral("Request growth 30 to 60 %/yr")));
    }

    void csvEqualsEvaluate_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::newRow("seed article") << QStringLiteral("chatgpt-2024");
        QTest::newRow("with ranges") << QStringLiteral("efficient-inference-2025");
    }

    void csvEqualsEvaluate()
    {
        QFETCH(QString, preset);
        const QString out = path(QStringLiteral("table.csv"));
        const Run exported =
            gridshare({QStringLiteral("export"), QStringLiteral("--preset"), preset, QStringLiteral("--out"), out});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const Run evaluated = gridshare({QStringLiteral("evaluate"), QStringLiteral("--preset"), preset,
                                         QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(evaluated.exitCode, 0);
        const QString csv = QString::fromUtf8(fileBytes(out));
        QCOMPARE(csv, evaluated.out);
        // A header, then one row per year, consecutive, up to 2030.
        const QStringList rows = csv.trimmed().split(QLatin1Char('\n'));
        QVERIFY(rows.size() >= 2);
        QVERIFY(rows[0].startsWith(QStringLiteral("year,")));
        const int first = rows[1].section(QLatin1Char(','), 0, 0).toInt();
        for (int i = 1; i < rows.size(); ++i)
            QCOMPARE(rows[i].section(QLatin1Char(','), 0, 0).toInt(), first + i - 1);
        QCOMPARE(first + int(rows.size()) - 2, 2030);
    }

    void reportHoldsFiguresParametersAndSources()
    {
        const QString out = path(QStringLiteral("report.pdf"));
        const Run r = gridshare({QStringLiteral("report"), QStringLiteral("--preset"), QStringLiteral("chatgpt-2024"),
                                 QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = pdfText(out);
        QVERIFY(text.contains(QStringLiteral("GridShare report")));
        QVERIFY(text.contains(QStringLiteral("Share of electricity used by AI")));
        QVERIFY(text.contains(QStringLiteral("Data-centre electricity by use")));
        QVERIFY(text.contains(QStringLiteral("AI power bill")));
        // Every parameter by its name; program keys and source ids stay in JSON, CSV and the command
        // line, never in what readers get.
        // NFKC undoes the ligatures ("ﬃ") the PDF draws.
        const QString written = pdfText(out, true).normalized(QString::NormalizationForm_KC).simplified();
        for (const auto& ps : gridshare::paramSpecs()) {
            const QString key = QString::fromLatin1(ps.key.data(), qsizetype(ps.key.size()));
            QVERIFY2(written.contains(gridshare::gui::presentation(ps.param).label), qPrintable(key));
            QVERIFY2(!text.contains(key), qPrintable(key));
        }
        for (const auto& source : gridshare::Dataset::builtin().sources) {
            const QString id = QString::fromStdString(source.id);
            QVERIFY2(!text.contains(QStringLiteral(" %1 ").arg(id)) && !text.contains(id + QStringLiteral(" (")),
                     qPrintable(id));
        }
        // A footer on every page: the title, and "page N of M".
        const int pages = int(text.count(QLatin1Char('\f'))) + (text.endsWith(QLatin1Char('\f')) ? 0 : 1);
        QVERIFY(pages >= 3);
        for (int n = 1; n <= pages; ++n)
            QVERIFY2(text.contains(QStringLiteral("page %1 of %2").arg(n).arg(pages)), qPrintable(QString::number(n)));
        QCOMPARE(int(text.count(QStringLiteral("GridShare report: ChatGPT 2024 (seed article) ·"))), pages);
        // Every citation, numbered, once: the table of sources is complete and none is split or
        // repeated across a page break.
        const QRegularExpression numbered(QStringLiteral("\\[(\\d+)\\]"));
        int highest = 0;
        for (auto it = numbered.globalMatch(text); it.hasNext();)
            highest = std::max(highest, it.next().captured(1).toInt());
        QVERIFY(highest >= 10);
        const QString sources = text.mid(text.lastIndexOf(QStringLiteral("Sources")));
        const auto entryAt = [&](int n) {
            const QRegularExpression entry(QStringLiteral("^\\s*(\\[%1\\] )").arg(n),
                                           QRegularExpression::MultilineOption);
            int count = 0; // QString::count would count overlapping matches
            for (auto it = entry.globalMatch(sources); it.hasNext(); it.next())
                ++count;
            return std::pair{count, entry.match(sources).capturedStart(1)};
        };
        for (int n = 1; n <= highest; ++n) {
            const auto [count, start] = entryAt(n);
            QCOMPARE(count, 1);
            // Where a page ends between two entries, the next page starts with the next entry.
            if (n == highest)
                break;
            const QString between = sources.mid(start, entryAt(n + 1).second - start);
            if (const qsizetype pageBreak = between.lastIndexOf(QLatin1Char('\f')); pageBreak >= 0)
                QVERIFY2(between.mid(pageBreak + 1).trimmed().isEmpty(),
                         qPrintable(QStringLiteral("[%1] continues on the next page").arg(n)));
        }
        QVERIFY(text.contains(QStringLiteral("Epoch AI")));
        // How forecasts moved, and energy per request with the published figures and their kinds.
        QVERIFY(text.contains(QStringLiteral("How forecasts moved")));
        QVERIFY(text.contains(QStringLiteral("Data-centre electricity in 2030")));
        QVERIFY(text.contains(QStringLiteral("Electricity per AI request")));
        QVERIFY(text.contains(QStringLiteral("Energy per request: published"))); // "ﬁgures": a ligature
        QVERIFY(text.contains(QStringLiteral("measurement")));
        QVERIFY(text.contains(QStringLiteral("company statement")));
        QVERIFY(text.contains(QStringLiteral("Data edition 2026.12")));
    }

    // Every chart exports, How forecasts moved included (the export command's --view).
    void forecastsExport()
    {
        const QString out = path(QStringLiteral("forecasts.svg"));
        const Run r = gridshare({QStringLiteral("export"), QStringLiteral("--region"), QStringLiteral("China"),
                                 QStringLiteral("--view"), QStringLiteral("forecasts"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray svg = fileBytes(out);
        QVERIFY(svg.contains("How forecasts moved"));
        QVERIFY(svg.contains("China"));
        QVERIFY(svg.contains("Carbon Brief")); // the footer names the sources numbered on the chart
    }

    void longScenarioNamesWrapInTheReport()
    {
        // The share chart's subtitle names the scenario: a long name wraps, it is not cut at the edges.
        const QString name = QStringLiteral("A very long scenario name for the ministry briefing on data-centre "
                                            "electricity demand in the United States to 2030, high case");
        const QString scenario = path(QStringLiteral("long.gridshare.json"));
        QFile file(scenario);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("{\"format\": \"gridshare-scenario\", \"version\": 1, \"name\": \"%1\", "
                                  "\"region\": \"US\"}")
                       .arg(name)
                       .toUtf8());
        file.close();
        const QString out = path(QStringLiteral("long.pdf"));
        const Run r = gridshare({QStringLiteral("report"), scenario, QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Every word of the first page lies inside the text area (15 mm margins on A4), none is
        // pushed past the edges and cut.
        QProcess boxes;
        boxes.start(QStringLiteral(PDFTOTEXT), {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"),
                                                QStringLiteral("-l"), QStringLiteral("1"), out, QStringLiteral("-")});
        QVERIFY(boxes.waitForFinished(30000));
        const QString html = QString::fromUtf8(boxes.readAllStandardOutput());
        const double margin = 15 / 25.4 * 72;
        const double width =
            QRegularExpression(QStringLiteral("<page width=\"([0-9.]+)\"")).match(html).captured(1).toDouble();
        QVERIFY(width > 500);
        const QRegularExpression word(
            QStringLiteral("<word xMin=\"([0-9.-]+)\" yMin=\"[0-9.-]+\" xMax=\"([0-9.-]+)\"[^>]*>([^<]*)<"));
        int words = 0;
        for (auto it = word.globalMatch(html); it.hasNext(); ++words) {
            const auto m = it.next();
            QVERIFY2(m.captured(1).toDouble() >= margin - 1 && m.captured(2).toDouble() <= width - margin + 1,
                     qPrintable(QStringLiteral("\"%1\" at %2–%3").arg(m.captured(3), m.captured(1), m.captured(2))));
        }
        QVERIFY(words > 100);
    }

    void chineseReportIsChineseThroughout()
    {
        const QString out = path(QStringLiteral("report-zh.pdf"));
        const Run r =
            gridshare({QStringLiteral("report"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                       QStringLiteral("--preset"), QStringLiteral("china-2024"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = pdfText(out);
        QVERIFY(text.contains(QStringLiteral("GridShare 报告")));
        QVERIFY(text.contains(QStringLiteral("第 1 页，共")));
        // The reasons behind the defaults are translated with the rest (the data's own words).
        QVERIFY(text.contains(QStringLiteral("假设：")));
        for (const char* english : {"Chosen so", "As for the US", "held flat", "Weakly verified", "page 1 of"})
            QVERIFY2(!text.contains(QLatin1String(english), Qt::CaseInsensitive), english);
    }

    // Ten times the US default requests in 2024 imply about 38 million accelerators, 2.6 times the
    // 15 million H100-equivalents Epoch AI counts installed worldwide at the end of 2025: the report
    // says so for both years, with the citation behind each comparison, and flags it.
    void reportSaysWhatTheScenarioImplies()
    {
        const QString out = path(QStringLiteral("report-implies.pdf"));
        const QStringList scenario{QStringLiteral("--region"), QStringLiteral("US"), QStringLiteral("--set"),
                                   QStringLiteral("queries_per_day=2.3e12")};
        const Run r =
            gridshare(QStringList{QStringLiteral("report")} + scenario + QStringList{QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Run evaluated = gridshare(QStringList{QStringLiteral("evaluate")} + scenario
                                        + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(evaluated.exitCode, 0);
        const auto years = nlohmann::json::parse(evaluated.out.toStdString()).at("years");
        const double accelerators = years.front().at("accelerators").get<double>();
        const QString text = pdfText(out, true).normalized(QString::NormalizationForm_KC).simplified();
        QVERIFY(text.contains(QStringLiteral("What this scenario implies")));
        QVERIFY(text.contains(QStringLiteral("In 2024 Accelerators in service:")));
        QVERIFY(text.contains(QStringLiteral("In 2030 Accelerators in service:")));
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("In 2024 Accelerators in service: ([0-9.]+) million")).match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text.left(2000)));
        QVERIFY2(std::abs(m.captured(1).toDouble() * 1e6 / accelerators - 1) < 0.005, qPrintable(m.captured(0)));
        // The number cited is Epoch AI's in the list of sources.
        const QRegularExpressionMatch cited =
            QRegularExpression(QStringLiteral("installed \\(H100-equivalents\\) \\(worldwide, 2025\\) \\[(\\d+)\\]"))
                .match(text);
        QVERIFY(cited.hasMatch());
        const int epoch = cited.captured(1).toInt();
        QString title;
        for (const auto& source : gridshare::Dataset::builtin().sources)
            if (source.id == "epoch-chip-sales-2026")
                title = QString::fromStdString(source.title);
        QVERIFY(!title.isEmpty());
        QVERIFY2(text.contains(QStringLiteral("[%1] %2.").arg(epoch).arg(title)), qPrintable(title));
        const QString ratio = QString::number(accelerators / 15e6, 'f', 1);
        QVERIFY2(text.contains(QStringLiteral("= %1× 15 million AI accelerators installed (H100-equivalents) "
                                              "(worldwide, 2025) [%2]")
                                   .arg(ratio)
                                   .arg(epoch)),
                 qPrintable(ratio));
        QVERIFY(text.contains(QStringLiteral("ChatGPT prompts a day (worldwide, July 2025)")));
        QVERIFY(
            text.contains(QStringLiteral("Far outside what is known (accelerators in service, 2024): %1× 15 million "
                                         "AI accelerators installed (H100-equivalents) (worldwide, 2025) [%2].")
                              .arg(ratio)
                              .arg(epoch)));
    }

    // With ranges, the report draws what moves AI's share and says how much of the bands' spread
    // each range explains: the Sobol indices evaluate's JSON gives for the same scenario, largest
    // first. The same seed and rows give the same estimates, so the rounded figures agree exactly.
    void reportSaysWhichUncertaintyMatters()
    {
        const QString out = path(QStringLiteral("report-sobol.pdf"));
        const QStringList scenario{QStringLiteral("--preset"), QStringLiteral("efficient-inference-2025")};
        const Run r =
            gridshare(QStringList{QStringLiteral("report")} + scenario + QStringList{QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Run evaluated = gridshare(QStringList{QStringLiteral("evaluate")} + scenario
                                        + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(evaluated.exitCode, 0);
        const auto sobol = nlohmann::json::parse(evaluated.out.toStdString()).at("sobol");
        const QString text = pdfText(out, true).normalized(QString::NormalizationForm_KC).simplified();
        QVERIFY(text.contains(QStringLiteral("What moves AI's share in 2030")));
        const qsizetype section = text.indexOf(QStringLiteral("Which uncertainty matters"));
        QVERIFY2(section >= 0, qPrintable(text.left(2000)));
        const QString table =
            text.mid(section, text.indexOf(QStringLiteral("Energy per request: published"), section) - section);
        const QRegularExpressionMatch rows = QRegularExpression(QStringLiteral("from ([\\d,]+) rows")).match(table);
        QVERIFY2(rows.hasMatch(), qPrintable(table));
        QCOMPARE(rows.captured(1).remove(QLatin1Char(',')).toInt(), sobol.at("rows").get<int>());
        const auto& aiShare = sobol.at("outputs").at("ai_share");
        QVERIFY(aiShare.size() >= 2);
        for (const auto& [key, index] : aiShare.items()) {
            const auto param = gridshare::paramFromKey(key);
            QVERIFY2(param, key.c_str());
            const QString label = gridshare::gui::presentation(*param).label;
            const QRegularExpression row(QRegularExpression::escape(label)
                                         + QStringLiteral(" .*?(\\d+) % ± (\\d+\\.\\d) (\\d+) % ± (\\d+\\.\\d)"));
            const QRegularExpressionMatch m = row.match(table);
            QVERIFY2(m.hasMatch(), qPrintable(label + QStringLiteral(" in ") + table));
            const auto rounded = [](double fraction) { return int(std::lround(std::clamp(fraction, 0.0, 1.0) * 100)); };
            QCOMPARE(m.captured(1).toInt(), rounded(index.at("first_order").get<double>()));
            QCOMPARE(m.captured(2), QString::number(index.at("first_order_se").get<double>() * 100, 'f', 1));
            QCOMPARE(m.captured(3).toInt(), rounded(index.at("total").get<double>()));
            QCOMPARE(m.captured(4), QString::number(index.at("total_se").get<double>() * 100, 'f', 1));
        }
        // Largest first: the rows' order follows the first-order indices.
        std::vector<std::pair<double, qsizetype>> order;
        for (const auto& [key, index] : aiShare.items())
            order.emplace_back(index.at("first_order").get<double>(),
                               table.indexOf(gridshare::gui::presentation(*gridshare::paramFromKey(key)).label));
        std::sort(order.begin(), order.end(), [](auto a, auto b) { return a.first > b.first; });
        for (std::size_t i = 1; i < order.size(); ++i)
            QVERIFY(order[i - 1].second < order[i].second);
    }

    void chineseReportSaysWhatTheScenarioImplies()
    {
        const QString out = path(QStringLiteral("report-implies-zh.pdf"));
        const Run r = gridshare({QStringLiteral("report"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                 QStringLiteral("--region"), QStringLiteral("US"), QStringLiteral("--set"),
                                 QStringLiteral("queries_per_day=2.3e12"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = pdfText(out, true).simplified().remove(QLatin1Char(' '));
        for (const char* expected :
             {"本情景意味着什么", "2024年", "2030年", "在用加速器", "远超已知范围", "万千瓦", "全球"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        for (const char* english : {"What this scenario implies", "Accelerators in service", "Far outside", "In 2024"})
            QVERIFY2(!text.contains(QLatin1String(english)), english);
    }

    // With View > Key Figures in GW chosen in the window, the report's key figures are in GW too:
    // AI's average load and the data-centre capacity take the places of its TWh and the households.
    void reportKeyFiguresFollowTheGigawattSetting()
    {
        const QString out = path(QStringLiteral("report-gw.pdf"));
        const auto firstPage = [&] {
            QProcess process;
            process.start(QStringLiteral(PDFTOTEXT),
                          {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                           QStringLiteral("-raw"), out, QStringLiteral("-")});
            process.waitForFinished(30000);
            return QString::fromUtf8(process.readAllStandardOutput()).simplified();
        };
        const QStringList arguments{QStringLiteral("report"), QStringLiteral("--region"), QStringLiteral("US"),
                                    QStringLiteral("--out"), out};
        QVERIFY(gridshare(arguments).exitCode == 0);
        QString text = firstPage();
        QVERIFY2(text.contains(QStringLiteral("Households")) && !text.contains(QStringLiteral("AI average load"))
                     && !text.contains(QStringLiteral("Data-centre capacity")),
                 qPrintable(text.left(1500)));

        QDir().mkpath(home_.filePath(QStringLiteral("config/GridShare")));
        QFile conf(home_.filePath(QStringLiteral("config/GridShare/GridShare.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[ui]\nkeyFiguresInGigawatts=true\n");
        conf.close();
        const Run r = gridshare(arguments);
        QVERIFY(QFile::remove(conf.fileName())); // the tests after this one start as a new user would
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Run evaluated = gridshare({QStringLiteral("evaluate"), QStringLiteral("--region"), QStringLiteral("US"),
                                         QStringLiteral("--format"), QStringLiteral("json")});
        const auto end = nlohmann::json::parse(evaluated.out.toStdString()).at("years").back();
        text = firstPage();
        QVERIFY2(text.contains(QStringLiteral("AI average load"))
                     && text.contains(QStringLiteral("Data-centre capacity"))
                     && !text.contains(QStringLiteral("Households")),
                 qPrintable(text.left(1500)));
        // 8.76 TWh a year is 1 GW on average; capacity is the average over the load factor (0.5).
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("Data-centre capacity ([0-9.]+) GW")).match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text.left(1500)));
        const double capacity = end.at("datacenter_twh").get<double>() / 8.76 / 0.5;
        QVERIFY2(std::abs(m.captured(1).toDouble() / capacity - 1) < 0.01, qPrintable(m.captured(0)));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString png = QStringLiteral("x.png");
        QTest::newRow("no --out") << QStringList{QStringLiteral("export")} << 2 << QStringLiteral("needs --out");
        QTest::newRow("extension") << QStringList{QStringLiteral("export"), QStringLiteral("--out"),
                                                  QStringLiteral("x.jpg")}
                                   << 2 << QStringLiteral("use .png, .svg, .pdf or .csv");
        QTest::newRow("size") << QStringList{QStringLiteral("export"), QStringLiteral("--out"), png,
                                             QStringLiteral("--size"), QStringLiteral("big")}
                              << 2 << QStringLiteral("--size: \"big\"");
        QTest::newRow("scale") << QStringList{QStringLiteral("export"), QStringLiteral("--out"), png,
                                              QStringLiteral("--scale"), QStringLiteral("0")}
                               << 2 << QStringLiteral("--scale: \"0\"");
        QTest::newRow("view") << QStringList{QStringLiteral("export"), QStringLiteral("--out"), png,
                                             QStringLiteral("--view"), QStringLiteral("pie")}
                              << 2 << QStringLiteral("--view: \"pie\"");
        QTest::newRow("report png") << QStringList{QStringLiteral("report"), QStringLiteral("--out"), png} << 2
                                    << QStringLiteral("the report is a PDF");
        QTest::newRow("preset") << QStringList{QStringLiteral("export"), QStringLiteral("--out"), png,
                                               QStringLiteral("--preset"), QStringLiteral("nope")}
                                << 2 << QStringLiteral("unknown preset \"nope\"");
        QTest::newRow("missing file") << QStringList{QStringLiteral("export"), QStringLiteral("absent.gridshare.json"),
                                                     QStringLiteral("--out"), png}
                                      << 4 << QStringLiteral("absent.gridshare.json");
        QTest::newRow("unwritable") << QStringList{QStringLiteral("export"), QStringLiteral("--out"),
                                                   QStringLiteral("/nonexistent-folder/x.png")}
                                    << 4 << QStringLiteral("/nonexistent-folder/x.png: cannot be written");
    }

    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = gridshare(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("x.png")));
    }

    void aFailedExportKeepsTheOldFile()
    {
        // An invalid scenario: the existing figure stays as it was, byte for byte.
        const QString out = path(QStringLiteral("keep.png"));
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("the figure already in the report");
        file.close();
        const QString bad = path(QStringLiteral("bad.gridshare.json"));
        QFile scenario(bad);
        QVERIFY(scenario.open(QIODevice::WriteOnly));
        scenario.write("{\"format\": \"gridshare-scenario\", \"version\": 1, \"region\": \"Atlantis\"}");
        scenario.close();
        const Run r = gridshare({QStringLiteral("export"), bad, QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("Atlantis")), qPrintable(r.err));
        QCOMPARE(fileBytes(out), QByteArray("the figure already in the report"));

        // A folder where the file should go: refused, the folder untouched.
        const QString folder = path(QStringLiteral("folder.png"));
        QVERIFY(QDir().mkpath(folder));
        const Run intoFolder = gridshare({QStringLiteral("export"), QStringLiteral("--out"), folder});
        QCOMPARE(intoFolder.exitCode, 4);
        QVERIFY(QFileInfo(folder).isDir());
    }

private:
    QTemporaryDir dir_;
    QTemporaryDir home_;
};

QTEST_GUILESS_MAIN(TestExports)
#include "tst_exports.moc"
