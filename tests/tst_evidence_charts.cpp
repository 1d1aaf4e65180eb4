// SPDX-License-Identifier: GPL-3.0-or-later
// The published evidence on the charts, as a reader meets it: every region's projections on the
// grid-share chart, a projection given only in TWh placed with the scenario's consumption and saying
// so, and a legend that explains only the markers drawn. The Power view: the scenario's gigawatts as
// the command line gives them, beside the published GW projections, each marked by what it measures.

#include "run_gridshare.h"
#include "window_fixture.h"

#include "gui/charts/forecasts_chart_page.h"
#include "gui/charts/per_query_chart_page.h"
#include "gui/charts/power_chart_page.h"
#include "gui/charts/share_chart_page.h"
#include "gui/controls/controls_panel.h"
#include "gui/controls/parameter_control.h"
#include "gui/export/figure_export.h"
#include "gui/presentation_window.h"

#include "gridshare/projections.h"

#include <nlohmann/json.hpp>
#include <qcustomplot.h>

#include <QAction>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace gridshare;
using namespace gridshare::gui;

namespace {

// Where each "[n]" label stands on the plot as last laid out, in pixels.
std::vector<QRectF> citationLabelBoxes(QCustomPlot* plot)
{
    std::vector<QRectF> boxes;
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(plot->item(i));
            text && text->visible() && text->text().startsWith(QLatin1Char('['))) {
            const QFontMetricsF metrics(text->font());
            const QPointF anchor = text->position->pixelPosition();
            const double width = metrics.horizontalAdvance(text->text());
            // Above its marker, or under it (where a line's point is in the way above).
            const double top = text->positionAlignment() & Qt::AlignTop
                                   ? anchor.y() + text->padding().top()
                                   : anchor.y() - text->padding().bottom() - metrics.height();
            // Padding on one side moves the text, centred with its padding, away from that side.
            const double centre = anchor.x() + (text->padding().left() - text->padding().right()) / 2.0;
            boxes.emplace_back(centre - width / 2, top, width, metrics.height());
            if (qEnvironmentVariableIsSet("GRIDSHARE_DEBUG_LABELS"))
                qDebug() << text->text() << boxes.back();
        }
    return boxes;
}

void verifyLabelsApart(QCustomPlot* plot, const char* where, std::size_t atLeast = 10)
{
    const auto boxes = citationLabelBoxes(plot);
    QVERIFY2(boxes.size() >= atLeast, where);
    const QRectF area = plot->axisRect()->rect();
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        QVERIFY2(area.contains(boxes[i]), qPrintable(QStringLiteral("%1: label %2,%3 %4x%5 outside %6,%7 %8x%9")
                                                         .arg(QLatin1String(where))
                                                         .arg(boxes[i].x())
                                                         .arg(boxes[i].y())
                                                         .arg(boxes[i].width())
                                                         .arg(boxes[i].height())
                                                         .arg(area.x())
                                                         .arg(area.y())
                                                         .arg(area.width())
                                                         .arg(area.height())));
        for (std::size_t j = i + 1; j < boxes.size(); ++j)
            QVERIFY2(!boxes[i].adjusted(0.5, 0.5, -0.5, -0.5).intersects(boxes[j]), where);
    }
    // Nor does a label cross a published range's bar (a vertical line between two caps).
    for (int i = 0; i < plot->itemCount(); ++i) {
        const auto* bar = qobject_cast<QCPItemLine*>(plot->item(i));
        if (!bar || !bar->visible())
            continue;
        const QPointF a = bar->start->pixelPosition();
        const QPointF b = bar->end->pixelPosition();
        if (std::abs(a.x() - b.x()) > 0.5)
            continue; // a leader line, which joins a label to its marker
        const QRectF line(a.x() - 1, std::min(a.y(), b.y()), 2, std::abs(a.y() - b.y()));
        for (const QRectF& box : boxes)
            QVERIFY2(!box.adjusted(0.5, 0.5, -0.5, -0.5).intersects(line),
                     qPrintable(QStringLiteral("%1: a label at %2,%3 %4x%5 crosses the range bar at x=%6")
                                    .arg(QLatin1String(where))
                                    .arg(box.x())
                                    .arg(box.y())
                                    .arg(box.width())
                                    .arg(box.height())
                                    .arg(a.x())));
    }
}

// The numbers the shown "[n]", "[n,m]" and "[n–m]" labels cite.
QSet<int> labelledNumbers(QCustomPlot* plot)
{
    QSet<int> numbers;
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(plot->item(i));
            text && text->visible() && text->text().startsWith(QLatin1Char('['))) {
            const QString inner = text->text().mid(1, text->text().size() - 2);
            for (const QString& part : inner.split(QLatin1Char(','))) {
                const QStringList ends = part.split(QChar(0x2013));
                for (int n = ends.front().toInt(); n <= ends.back().toInt(); ++n)
                    numbers.insert(n);
            }
        }
    return numbers;
}

QStringList legendNames(QCustomPlot* plot)
{
    QStringList names;
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot->legend->item(i)))
            names.append(item->plottable()->name());
    return names;
}

// The values a chart marks within half a year of `year` on the graphs whose names start with prefix.
QList<double> markedNear(QCustomPlot* plot, const QString& prefix, double year)
{
    QList<double> values;
    for (int i = 0; i < plot->graphCount(); ++i)
        if (QCPGraph* g = plot->graph(i); g->objectName().startsWith(prefix))
            for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
                if (std::abs(it->key - year) < 0.5)
                    values.append(it->value);
    return values;
}

// The value of a line at a year.
std::optional<double> valueAt(const QCPGraph* graph, int year)
{
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        if (it->key == year)
            return it->value;
    return std::nullopt;
}

} // namespace

class TestEvidenceCharts : public QObject {
    Q_OBJECT

    testing::WindowFixture f;

    PowerChartPage* powerFor(const QString& region)
    {
        f.document->loadRegion(region);
        f.window->setView(ChartView::Power);
        f.window->renderNow();
        return qobject_cast<PowerChartPage*>(f.window->page(ChartView::Power));
    }

    ShareChartPage* shareFor(const QString& region)
    {
        f.document->loadRegion(region);
        f.window->setView(ChartView::Share);
        f.window->renderNow();
        return f.window->shareChart();
    }

private slots:
    void initTestCase()
    {
        // The texts below are read in English with English numbers and months, whatever the caller's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        testing::WindowFixture::enableTestMode();
    }
    void init() { f.create(); }
    void cleanup() { f.destroy(); }

    void everyRegionDrawsItsProjections_data()
    {
        QTest::addColumn<QString>("region");
        QTest::newRow("US") << "US";
        QTest::newRow("China") << "China";
        QTest::newRow("EU") << "EU";
        QTest::newRow("World") << "World";
    }

    void everyRegionDrawsItsProjections()
    {
        QFETCH(QString, region);
        ShareChartPage* chart = shareFor(region);
        const auto& drawn = f.document->snapshot()->projections;
        QCOMPARE(drawn.size(), projectionsFor(Dataset::builtin(), region.toStdString(), 2030).size());
        QVERIFY(drawn.size() >= 4);
        QCOMPARE(chart->citationLabels().size(), int(drawn.size()));
        QCOMPARE(chart->projectionMarkerCount(), int(drawn.size()));
        for (int i = 0; i < chart->projectionMarkerCount(); ++i)
            QVERIFY2(chart->projectionTooltip(i).contains(chart->citationLabels()[i]),
                     qPrintable(chart->projectionTooltip(i)));
    }

    // IEA gives the US only in TWh: the chart places 426 TWh with the scenario's 2030 consumption and
    // its tooltip says which consumption.
    void twhOnlyProjectionSaysHowItWasPlaced()
    {
        ShareChartPage* chart = shareFor(QStringLiteral("US"));
        const auto& drawn = f.document->snapshot()->projections;
        const auto at =
            std::find_if(drawn.begin(), drawn.end(), [](const Projection* p) { return p->id == "iea-2025-us-2030"; });
        QVERIFY(at != drawn.end());
        const QString tooltip = chart->projectionTooltip(int(at - drawn.begin()));
        const double national = f.document->snapshot()->evaluation.years.back().nationalTwh;
        QVERIFY2(tooltip.contains(QStringLiteral("Published in TWh only")), qPrintable(tooltip));
        QVERIFY2(tooltip.contains(QStringLiteral("426 TWh")), qPrintable(tooltip));
        QVERIFY2(tooltip.contains(QLocale().toString(426 / national * 100, 'g', 4) + QStringLiteral(" %")),
                 qPrintable(tooltip));
        QCPGraph* placed = chart->graphNamed(QStringLiteral("published_twh")); // data centres: IEA's is not AI alone
        QVERIFY(placed);
        bool found = false;
        for (auto it = placed->data()->constBegin(); it != placed->data()->constEnd(); ++it)
            found = found || std::abs(it->value - 426 / national * 100) < 1e-9;
        QVERIFY(found);
    }

    // A kind of marker that is not drawn has no legend entry: China has no projection of AI alone;
    // the US has one, and editions replaced by a newer one.
    void legendExplainsOnlyWhatIsDrawn()
    {
        ShareChartPage* china = shareFor(QStringLiteral("China"));
        QVERIFY(!china->graphNamed(QStringLiteral("published_ai")));
        QVERIFY(!legendNames(china->plot()).contains(QStringLiteral("Published: AI only")));
        QVERIFY(legendNames(china->plot()).contains(QStringLiteral("Published in TWh only (placed)")));
        QVERIFY(!legendNames(china->plot()).contains(QStringLiteral("Published range: AI only")));
        // Every marker kind in the legend has markers; range kinds are drawn as bars.
        for (int i = 0; i < china->plot()->graphCount(); ++i) {
            QCPGraph* g = china->plot()->graph(i);
            if (g->objectName().startsWith(QStringLiteral("published_"))
                && !g->objectName().startsWith(QStringLiteral("published_range")))
                QVERIFY2(g->dataCount() > 0, qPrintable(g->objectName()));
        }

        ShareChartPage* us = shareFor(QStringLiteral("US"));
        QVERIFY(legendNames(us->plot()).contains(QStringLiteral("Published range: AI only"))); // the Arm CEO's 20-25%
        QVERIFY(!legendNames(us->plot()).contains(QStringLiteral("Published: AI only")));      // no AI point
        QVERIFY(legendNames(us->plot()).contains(QStringLiteral("Replaced edition (faded)")));
        for (int i = 0; i < us->plot()->graphCount(); ++i) {
            QCPGraph* g = us->plot()->graph(i);
            if (g->objectName().startsWith(QStringLiteral("published_"))
                && !g->objectName().startsWith(QStringLiteral("published_range")))
                QVERIFY2(g->dataCount() > 0, qPrintable(g->objectName()));
        }
    }

    void requestControlSaysWhatItIs();

    void powerDrawsLbnlCapacityRange();
    void powerDrawsBloombergNefChina();
    void powerLinesAreTheEnginesOutputs_data();
    void powerLinesAreTheEnginesOutputs();
    void powerLegendExplainsOnlyWhatIsDrawn();
    void powerExportsAPng();
    void powerIsAViewLikeTheOthers();
    void powerLabelsStandClear();
    void powerDrawsTheAiBand();

    // How forecasts moved, US 2030: EPRI 2024 -> 2026 and Goldman Sachs 2024 -> 2025 joined, every
    // edition cited, the scenario's 2030 value a line across.
    void forecastsJoinEditions()
    {
        f.document->loadRegion(QStringLiteral("US"));
        f.window->setView(ChartView::Forecasts);
        f.window->renderNow();
        auto* page = qobject_cast<ForecastsChartPage*>(f.window->page(ChartView::Forecasts));
        QVERIFY(page);
        QCOMPARE(page->targetYear(), 2030);
        QVERIFY(page->joinedSeries() >= 2);
        QVERIFY(page->graphNamed(QStringLiteral("joined_epri-us")));
        QVERIFY(page->graphNamed(QStringLiteral("joined_goldman-us")));
        const auto& citations = f.document->snapshot()->citations;
        QVERIFY(page->citationLabels().contains(QStringLiteral("[%1]").arg(*citations.numberOf("epri-2026"))));
        QVERIFY(page->citationLabels().contains(QStringLiteral("[%1]").arg(*citations.numberOf("lbnl-2025"))));
        for (const QString& label : page->citationLabels())
            QVERIFY(!label.isEmpty());
        QCPGraph* scenario = page->graphNamed(QStringLiteral("scenario"));
        QVERIFY(scenario);
        QCOMPARE(scenario->data()->at(0)->value, f.document->snapshot()->evaluation.years.back().datacenterTwh);
        QVERIFY(page->title().contains(QStringLiteral("How forecasts moved")));

        // BloombergNEF's April and December 2025 outlooks give power for 2035: joined in GW.
        page->setTargetYear(2035);
        page->setPower(true);
        QVERIFY(page->graphNamed(QStringLiteral("joined_bnef-us")));
        QVERIFY(page->editionTooltip(0).contains(QStringLiteral("GW")));
        QVERIFY(!page->graphNamed(QStringLiteral("scenario"))); // the scenario ends in 2030
    }

    // China's forecasts: the government's 2021 and 2025 figures for 2030 joined.
    void chinaForecastsMoved()
    {
        f.document->loadRegion(QStringLiteral("China"));
        f.window->setView(ChartView::Forecasts);
        f.window->renderNow();
        auto* page = qobject_cast<ForecastsChartPage*>(f.window->page(ChartView::Forecasts));
        QVERIFY(page->graphNamed(QStringLiteral("joined_china-government")));
        QVERIFY(page->citationLabels().size() >= 5);
    }

    // Energy per request: the published figures as labelled points, a measurement drawn unlike an
    // estimate or a company's statement, each legend entry for a kind drawn.
    void perRequestEvidence()
    {
        f.window->setView(ChartView::PerQuery);
        f.window->renderNow();
        auto* page = qobject_cast<PerQueryChartPage*>(f.window->page(ChartView::PerQuery));
        QVERIFY(page);
        QCPGraph* measured = page->graphNamed(QStringLiteral("evidence_measurement"));
        QCPGraph* estimated = page->graphNamed(QStringLiteral("evidence_estimate"));
        QCPGraph* stated = page->graphNamed(QStringLiteral("evidence_company_statement"));
        QVERIFY(measured && estimated && stated);
        QCOMPARE(measured->dataCount(), 1);  // Google's 0.24 Wh
        QCOMPARE(stated->dataCount(), 1);    // OpenAI's 0.34 Wh
        QCOMPARE(estimated->dataCount(), 6); // Epoch, Microsoft twice, Jegham, de Vries, the seed article
        QVERIFY(measured->scatterStyle().shape() != estimated->scatterStyle().shape());
        QVERIFY(measured->scatterStyle().brush().color() != estimated->scatterStyle().brush().color());
        const auto google = f.document->snapshot()->citations.numberOf("google-gemini-2025");
        QVERIFY(google);
        QVERIFY(page->evidenceLabels().contains(QStringLiteral("[%1] Google Gemini 0.24 Wh").arg(*google)));
        bool scoped = false;
        for (int i = 0; i < page->evidenceLabels().size(); ++i)
            scoped = scoped
                     || (page->evidenceTooltip(i).contains(QStringLiteral("measurement"))
                         && page->evidenceTooltip(i).contains(QStringLiteral("Median Gemini Apps text prompt")));
        QVERIFY(scoped);
        QVERIFY(page->citedNumbers().contains(*google));
    }

    // The US has a dozen projections for 2028-2030: their "[n]" labels stand clear of one another and
    // inside the plot, at the chart's size in a 1280x720 window and in a smaller export.
    void crowdedLabelsStandApart()
    {
        ShareChartPage* chart = shareFor(QStringLiteral("US"));
        // As a figure lays the chart out: its text fitted to the size first. 727x475 is the chart
        // in the window on a 1280x720 projector.
        for (const QSize size : {QSize(727, 475), QSize(600, 540)}) {
            chart->fitText(size);
            chart->plot()->toPixmap(size.width(), size.height());
            const QByteArray where = QStringLiteral("%1x%2").arg(size.width()).arg(size.height()).toUtf8();
            verifyLabelsApart(chart->plot(), where.constData());
        }
        // The smallest figure the export dialog offers, an A4 column, as its chart is drawn above the
        // footer: where the labels cannot all stand apart, neighbours share one ("[9–11]"), and every
        // source on the chart is still cited on it.
        const QSet<int> cited = labelledNumbers(chart->plot());
        QVERIFY(cited.size() >= 10);
        const FigureContent content{chart, f.document->snapshot().get(), &f.document->data()};
        for (const QSize figure : {QSize(520, 460), QSize(640, 400)}) {
            const QSize size = figureChartSize(content, figure, true);
            QVERIFY(size.height() < figure.height());
            chart->fitText(size);
            chart->plot()->toPixmap(size.width(), size.height());
            const QByteArray where =
                QStringLiteral("chart of a %1x%2 figure").arg(figure.width()).arg(figure.height()).toUtf8();
            verifyLabelsApart(chart->plot(), where.constData(), 4);
            QCOMPARE(labelledNumbers(chart->plot()), cited);
        }
        // Laid out larger again, each source has its own label again.
        chart->fitText(QSize(600, 540));
        chart->plot()->toPixmap(600, 540);
        QCOMPARE(labelledNumbers(chart->plot()), cited);
        QCOMPARE(int(citationLabelBoxes(chart->plot()).size()), chart->citationLabels().size());
    }

    // An edition replaced by a newer one is drawn, and its tooltip names the newer edition.
    void replacedEditionsSaySo()
    {
        ShareChartPage* chart = shareFor(QStringLiteral("US"));
        const auto& drawn = f.document->snapshot()->projections;
        const auto epri =
            std::find_if(drawn.begin(), drawn.end(), [](const Projection* p) { return p->id == "epri-2024-us-2030"; });
        QVERIFY(epri != drawn.end());
        const auto newer = f.document->snapshot()->citations.numberOf("epri-2026");
        QVERIFY(newer);
        QVERIFY(chart->projectionTooltip(int(epri - drawn.begin()))
                    .contains(QStringLiteral("Replaced by a newer edition [%1]").arg(*newer)));
    }
};

// The request control is a volume of AI work in typical requests: it says so, and what its value
// means beside ChatGPT's prompts (worldwide and, for the US, from the US) and Google's tokens.
void TestEvidenceCharts::requestControlSaysWhatItIs()
{
    f.document->loadRegion(QStringLiteral("US"));
    ControlsPanel* controls = f.window->controls();
    QVERIFY(controls->control(Param::QueriesPerDay)->toolTip().contains(QStringLiteral("volume of all AI work")));
    const QString context = controls->requestContext()->text();
    const auto& citations = f.document->snapshot()->citations;
    const auto chatgpt = citations.numberOf("chatgpt-volumes");
    const auto google = citations.numberOf("google-io-2026");
    QVERIFY(chatgpt && google);
    // 230 billion / 2.5 billion = 92; 230 billion / 330 million = 697; 230 billion x 500 tokens a day
    // over the 480 trillion a month of May 2025, Google's statement nearest 2024 (365/12 days) = 7.3.
    QVERIFY2(context.contains(
                 QStringLiteral("92× 2.5 billion ChatGPT prompts a day (worldwide, July 2025) [%1]").arg(*chatgpt)),
             qPrintable(context));
    QVERIFY2(context.contains(QStringLiteral("697× 330 million ChatGPT prompts from the US a day (this region")),
             qPrintable(context));
    QVERIFY2(context.contains(
                 QStringLiteral("7.3× 15.8 trillion Google AI tokens a day (worldwide, May 2025) [%1]").arg(*google)),
             qPrintable(context));

    // The seed article's 200 million literal requests are 8% of ChatGPT's 2025 volume.
    f.document->loadPreset(QStringLiteral("chatgpt-2024"));
    QVERIFY2(controls->requestContext()->text().contains(QStringLiteral("8 % of 2.5 billion ChatGPT prompts")),
             qPrintable(controls->requestContext()->text()));
}

// LBNL 2024 gives US data centres 74-132 GW of capacity in 2028 ("from 74 to 132 GW"): a bar between
// two capacity markers at exactly those values, cited with LBNL's number, its tooltip saying what it is.
void TestEvidenceCharts::powerDrawsLbnlCapacityRange()
{
    PowerChartPage* page = powerFor(QStringLiteral("US"));
    QVERIFY(page);
    const auto& drawn = page->drawnProjections();
    const auto at =
        std::find_if(drawn.begin(), drawn.end(), [](const Projection* p) { return p->id == "lbnl-2024-us-2028-gw"; });
    QVERIFY(at != drawn.end());
    const int index = int(at - drawn.begin());
    const auto lbnl = f.document->snapshot()->citations.numberOf("lbnl-2024");
    QVERIFY(lbnl);
    QCOMPARE(page->citationLabels().at(index), QStringLiteral("[%1]").arg(*lbnl));
    QVERIFY(page->citedNumbers().contains(*lbnl));
    const QString tooltip = page->projectionTooltip(index);
    QVERIFY2(tooltip.contains(QStringLiteral("LBNL 2024 report"))
                 && tooltip.contains(QStringLiteral("74–132 GW of capacity in 2028")),
             qPrintable(tooltip));

    const QList<double> marked = markedNear(page->plot(), QStringLiteral("published_capacity"), 2028);
    QVERIFY2(marked.contains(74.0) && marked.contains(132.0), qPrintable(QString::number(marked.size())));
    bool bar = false;
    for (int i = 0; i < page->plot()->itemCount(); ++i)
        if (auto* line = qobject_cast<QCPItemLine*>(page->plot()->item(i)))
            bar = bar
                  || (std::abs(line->start->coords().x() - 2028) < 0.5 && line->start->coords().y() == 74
                      && line->end->coords().y() == 132);
    QVERIFY(bar);
    QVERIFY(legendNames(page->plot()).contains(QStringLiteral("Published: capacity")));
}

// BloombergNEF's outlook for China ("20 GW ... double to 40 GW by 2030 and reach 63 GW by 2035"):
// capacity markers at those values, cited; 2035 once the scenario reaches it.
void TestEvidenceCharts::powerDrawsBloombergNefChina()
{
    PowerChartPage* page = powerFor(QStringLiteral("China"));
    const auto bnef = f.document->snapshot()->citations.numberOf("asianfin-bnef-china-2025");
    QVERIFY(bnef);
    QVERIFY(markedNear(page->plot(), QStringLiteral("published_capacity"), 2024).contains(20.0));
    QVERIFY(markedNear(page->plot(), QStringLiteral("published_capacity"), 2030).contains(40.0));
    QVERIFY(markedNear(page->plot(), QStringLiteral("published_capacity"), 2035).isEmpty()); // after the end year
    QCOMPARE(int(page->citationLabels().count(QStringLiteral("[%1]").arg(*bnef))), 2);
    QVERIFY(page->citedNumbers().contains(*bnef));
    QVERIFY(page->title().contains(QStringLiteral("China")));

    Scenario longer = f.document->scenarioForSaving();
    longer.endYear = 2035;
    f.document->replaceWith(longer, QString(), false);
    f.window->renderNow();
    QVERIFY(markedNear(page->plot(), QStringLiteral("published_capacity"), 2035).contains(63.0));
    const auto renumbered = f.document->snapshot()->citations.numberOf("asianfin-bnef-china-2025"); // more sources now
    QVERIFY(renumbered);
    QCOMPARE(int(page->citationLabels().count(QStringLiteral("[%1]").arg(*renumbered))), 3);
}

void TestEvidenceCharts::powerLinesAreTheEnginesOutputs_data()
{
    QTest::addColumn<QString>("region");
    QTest::newRow("US") << "US";
    QTest::newRow("China") << "China";
}

// The lines are the engine's outputs as `gridshare evaluate --format json` writes them (17
// significant digits): capacity, average load and AI's average load in 2030, and capacity every year.
void TestEvidenceCharts::powerLinesAreTheEnginesOutputs()
{
    QFETCH(QString, region);
    PowerChartPage* page = powerFor(region);
    QTemporaryDir home;
    const Run run = runGridshare({QStringLiteral("evaluate"), QStringLiteral("--region"), region,
                                  QStringLiteral("--format"), QStringLiteral("json")},
                                 home.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const auto json = nlohmann::json::parse(run.out.toStdString());
    int compared = 0;
    for (const auto& year : json.at("years")) {
        const int y = year.at("year").get<int>();
        for (const char* key : {"datacenter_capacity_gw", "datacenter_avg_gw", "ai_avg_gw"}) {
            if (y != 2030 && std::string_view(key) != "datacenter_capacity_gw")
                continue;
            const QCPGraph* line = page->graphNamed(QString::fromLatin1(key));
            QVERIFY(line);
            const auto drawn = valueAt(line, y);
            QVERIFY2(drawn, key);
            const double expected = year.at(key).get<double>();
            QVERIFY(expected > 0);
            QVERIFY2(std::abs(*drawn / expected - 1) < 1e-12,
                     qPrintable(QStringLiteral("%1 in %2: drawn %3, evaluate says %4")
                                    .arg(QLatin1String(key))
                                    .arg(y)
                                    .arg(*drawn)
                                    .arg(expected)));
            ++compared;
        }
    }
    QCOMPARE(compared, 7 + 2);              // capacity 2024-2030, average loads in 2030
    QVERIFY(page->readoutText().isEmpty()); // no mouse over the chart
}

// A kind of published figure that is not drawn has no legend entry: China's GW figures are all
// capacity; the US also has average load (Goldman Sachs), peak demand (Grid Strategies) and editions
// replaced by a newer one. Every kind in the legend has markers.
void TestEvidenceCharts::powerLegendExplainsOnlyWhatIsDrawn()
{
    const QStringList others{QStringLiteral("Published: average load"), QStringLiteral("Published: peak demand"),
                             QStringLiteral("Replaced edition (faded)")};
    PowerChartPage* china = powerFor(QStringLiteral("China"));
    QStringList names = legendNames(china->plot());
    QVERIFY(names.contains(QStringLiteral("Published: capacity")));
    for (const QString& kind : others)
        QVERIFY2(!names.contains(kind), qPrintable(kind));
    QVERIFY(!names.contains(QStringLiteral("P10–P90 range"))); // no uncertainty ranges set

    PowerChartPage* us = powerFor(QStringLiteral("US"));
    names = legendNames(us->plot());
    for (const QString& kind : others + QStringList{QStringLiteral("Published: capacity")})
        QVERIFY2(names.contains(kind), qPrintable(kind));
    QVERIFY(!names.contains(QStringLiteral("Published: AI average load")));
    for (int i = 0; i < us->plot()->graphCount(); ++i) {
        QCPGraph* g = us->plot()->graph(i);
        if (g->objectName().startsWith(QStringLiteral("published_"))
            && g->name() != QStringLiteral("Replaced edition (faded)")) {
            // Its markers, in full colour or faded.
            const QCPGraph* faded = us->graphNamed(g->objectName() + QStringLiteral("_replaced"));
            QVERIFY2(g->dataCount() + (faded ? faded->dataCount() : 0) > 0, qPrintable(g->objectName()));
        }
    }
    // Each measure has its own shape.
    QSet<int> shapes;
    for (const char* kind : {"published_capacity", "published_average_load", "published_peak"}) {
        QCPGraph* g = us->graphNamed(QString::fromLatin1(kind));
        QVERIFY2(g, kind);
        shapes.insert(int(g->scatterStyle().shape()));
    }
    QCOMPARE(shapes.size(), 3);
}

// `gridshare export --view power` writes a PNG of the chart: at the size asked, the capacity line's
// blue and AI's vermillion drawn, titled with the view and the region.
void TestEvidenceCharts::powerExportsAPng()
{
    QTemporaryDir home;
    const QString out = home.filePath(QStringLiteral("power.png"));
    const Run run = runGridshare({QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("power"),
                                  QStringLiteral("--region"), QStringLiteral("China"), QStringLiteral("--size"),
                                  QStringLiteral("1280x720"), QStringLiteral("--out"), out},
                                 home.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QImage image;
    QVERIFY(image.load(out, "PNG"));
    QCOMPARE(image.size(), QSize(1280, 720));
    QVERIFY2(image.text(QStringLiteral("Title")).startsWith(QStringLiteral("Data-centre power — China")),
             qPrintable(image.text(QStringLiteral("Title"))));
    int blue = 0;
    int vermillion = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            blue += image.pixel(x, y) == qRgb(0x00, 0x72, 0xB2);
            vermillion += image.pixel(x, y) == qRgb(0xD5, 0x5E, 0x00);
        }
    QVERIFY2(blue > 500 && vermillion > 500, qPrintable(QStringLiteral("%1 %2").arg(blue).arg(vermillion)));
}

// With a range on request growth, the AI part's average load has its P10–P90 band and median, as
// on the other views: AI's TWh band over 8.76 (8.76 TWh a year is 1 GW on average), around the
// central line, wider at the end than at the start.
void TestEvidenceCharts::powerDrawsTheAiBand()
{
    f.document->loadRegion(QStringLiteral("US"));
    QVERIFY(!powerFor(QStringLiteral("US"))->showsBands());
    QVERIFY(!f.window->page(ChartView::Power)->graphNamed(QStringLiteral("ai_avg_gw_p90")));
    const double growth = f.document->value(Param::QueryGrowth);
    f.document->setRange(Param::QueryGrowth, Range{growth - 0.1, growth + 0.1});
    f.window->renderNow(); // waits for the bands
    auto* page = qobject_cast<PowerChartPage*>(f.window->page(ChartView::Power));
    QVERIFY(page->showsBands());
    const auto& bands = f.document->snapshot()->evaluation.bands;
    const auto& years = f.document->snapshot()->evaluation.years;
    QCOMPARE(bands.size(), years.size());
    const QCPGraph* low = page->graphNamed(QStringLiteral("ai_avg_gw_p10"));
    const QCPGraph* median = page->graphNamed(QStringLiteral("ai_avg_gw_p50"));
    const QCPGraph* high = page->graphNamed(QStringLiteral("ai_avg_gw_p90"));
    const QCPGraph* central = page->graphNamed(QStringLiteral("ai_avg_gw"));
    QVERIFY(low && median && high && central);
    QCOMPARE(high->channelFillGraph(), low);
    QVERIFY(high->brush().style() != Qt::NoBrush);
    for (std::size_t i = 0; i < years.size(); ++i) {
        const int year = years[i].year;
        const double p10 = *valueAt(low, year);
        const double p90 = *valueAt(high, year);
        const double line = *valueAt(central, year);
        QVERIFY(std::abs(p10 - bands[i].aiTwh.p10 / 8.76) < 1e-9 * line);
        QVERIFY(std::abs(p90 - bands[i].aiTwh.p90 / 8.76) < 1e-9 * line);
        QVERIFY2(p10 <= line * (1 + 1e-9) && line <= p90 * (1 + 1e-9),
                 qPrintable(QStringLiteral("%1: %2 outside %3–%4").arg(year).arg(line).arg(p10).arg(p90)));
    }
    const int first = years.front().year;
    const int last = years.back().year;
    // Request growth is uncertain from the base year on: the band opens after it.
    QVERIFY(*valueAt(high, last) - *valueAt(low, last) > 0.1 * *valueAt(central, last));
    QVERIFY(*valueAt(high, last) - *valueAt(low, last) > *valueAt(high, first) - *valueAt(low, first));
    // The legend explains the shading, and the export's footer says what the bands are.
    QVERIFY(page->graphNamed(QStringLiteral("bands_legend")));

    // The data centres' other electricity is the same in every sample: the capacity's band is AI's
    // band plus it, over 8.76 and the load factor (0.5), around the capacity line.
    const QCPGraph* capacityLow = page->graphNamed(QStringLiteral("datacenter_capacity_gw_p10"));
    const QCPGraph* capacityHigh = page->graphNamed(QStringLiteral("datacenter_capacity_gw_p90"));
    const QCPGraph* capacity = page->graphNamed(QStringLiteral("datacenter_capacity_gw"));
    QVERIFY(capacityLow && capacityHigh && capacity);
    QCOMPARE(f.document->value(Param::DcLoadFactor), 0.5);
    for (std::size_t i = 0; i < years.size(); ++i) {
        const int year = years[i].year;
        const double expected = (bands[i].aiTwh.p90 + years[i].otherDcTwh) / 8.76 / 0.5;
        QVERIFY(std::abs(*valueAt(capacityHigh, year) / expected - 1) < 1e-9);
        QVERIFY(*valueAt(capacityLow, year) <= *valueAt(capacity, year) * (1 + 1e-9));
        QVERIFY(*valueAt(capacity, year) <= *valueAt(capacityHigh, year) * (1 + 1e-9));
    }
    // A range on the data centres' other growth: the engine does not band their electricity, so the
    // capacity gets no band rather than a wrong one; AI keeps its own.
    const double other = f.document->value(Param::OtherDcGrowth);
    f.document->setRange(Param::OtherDcGrowth, Range{other - 0.02, other + 0.02});
    f.window->renderNow();
    QVERIFY(!page->graphNamed(QStringLiteral("datacenter_capacity_gw_p90")));
    QVERIFY(page->graphNamed(QStringLiteral("ai_avg_gw_p90")));
}

// Ctrl+8 shows it; View > Published projections hides and reveals its projections; presented, the
// strip under it names the sources it cites.
void TestEvidenceCharts::powerIsAViewLikeTheOthers()
{
    f.document->loadRegion(QStringLiteral("China"));
    QAction* ctrl8 = nullptr;
    QAction* projections = nullptr;
    for (QAction* action : f.window->findChildren<QAction*>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_8))
            ctrl8 = action;
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P))
            projections = action;
    }
    QVERIFY(ctrl8 && projections);
    ctrl8->trigger();
    QCOMPARE(f.window->view(), ChartView::Power);
    auto* page = qobject_cast<PowerChartPage*>(f.window->page(ChartView::Power));
    const qsizetype drawn = page->citationLabels().size();
    QVERIFY(drawn >= 2);
    projections->setChecked(false);
    QVERIFY(page->drawnProjections().empty() && page->citationLabels().isEmpty() && page->citedNumbers().isEmpty());
    QVERIFY(!legendNames(page->plot()).contains(QStringLiteral("Published: capacity")));
    projections->setChecked(true);
    QCOMPARE(page->citationLabels().size(), drawn);

    PresentationWindow* show = f.window->present();
    QVERIFY(qobject_cast<PowerChartPage*>(show->chart()));
    const auto bnef = show->document()->snapshot()->citations.numberOf("asianfin-bnef-china-2025");
    QVERIFY(bnef);
    QVERIFY2(show->sourcesText().contains(QStringLiteral("[%1] BloombergNEF, March 2025").arg(*bnef)),
             qPrintable(show->sourcesText()));
    show->close();
}

// The US Power view's "[n]" labels stand apart, inside the plot and clear of the scenario's points
// (a label a point would cover stands under its marker), in a slide and in a small export.
void TestEvidenceCharts::powerLabelsStandClear()
{
    PowerChartPage* page = powerFor(QStringLiteral("US"));
    for (const QSize size : {QSize(1280, 560), QSize(520, 460)}) {
        page->fitText(size);
        page->plot()->toPixmap(size.width(), size.height());
        const QByteArray where = QStringLiteral("%1x%2").arg(size.width()).arg(size.height()).toLatin1();
        verifyLabelsApart(page->plot(), where.constData(), 4);
        for (const QRectF& box : citationLabelBoxes(page->plot()))
            for (const char* name : {"datacenter_capacity_gw", "datacenter_avg_gw", "ai_avg_gw"}) {
                const QCPGraph* line = page->graphNamed(QString::fromLatin1(name));
                for (auto it = line->data()->constBegin(); it != line->data()->constEnd(); ++it) {
                    const QPointF point(line->keyAxis()->coordToPixel(it->key),
                                        line->valueAxis()->coordToPixel(it->value));
                    QVERIFY2(!box.adjusted(-3, -3, 3, 3).contains(point), where.constData());
                }
            }
    }
}

QTEST_MAIN(TestEvidenceCharts)
#include "tst_evidence_charts.moc"
