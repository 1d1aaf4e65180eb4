// SPDX-License-Identifier: GPL-3.0-or-later
// The published evidence on the charts, as a reader meets it: every region's projections on the
// grid-share chart, a projection given only in TWh placed with the scenario's consumption and saying
// so, and a legend that explains only the markers drawn.

#include "window_fixture.h"

#include "gui/controls_panel.h"
#include "gui/forecasts_chart_page.h"
#include "gui/series_chart_page.h"
#include "gui/parameter_control.h"
#include "gui/share_chart_page.h"

#include "gridshare/projections.h"

#include <qcustomplot.h>

#include <QLabel>
#include <QLocale>
#include <QTest>

using namespace gridshare;
using namespace gridshare::gui;

namespace {

// Where each "[n]" label stands on the plot as last laid out, in pixels.
std::vector<QRectF> citationLabelBoxes(QCustomPlot* plot)
{
    std::vector<QRectF> boxes;
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(plot->item(i)); text && text->text().startsWith(QLatin1Char('['))) {
            const QFontMetricsF metrics(text->font());
            const QPointF anchor = text->position->pixelPosition();
            const double width = metrics.horizontalAdvance(text->text());
            const double bottom = anchor.y() - text->padding().bottom();
            boxes.emplace_back(anchor.x() - width / 2, bottom - metrics.height(), width, metrics.height());
        }
    return boxes;
}

void verifyLabelsApart(QCustomPlot* plot, const char* where)
{
    const auto boxes = citationLabelBoxes(plot);
    QVERIFY2(boxes.size() >= 10, where);
    const QRectF area = plot->axisRect()->rect();
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        QVERIFY2(area.contains(boxes[i]), qPrintable(QStringLiteral("%1: label %2,%3 %4x%5 outside %6,%7 %8x%9").arg(QLatin1String(where)).arg(boxes[i].x()).arg(boxes[i].y()).arg(boxes[i].width()).arg(boxes[i].height()).arg(area.x()).arg(area.y()).arg(area.width()).arg(area.height())));
        for (std::size_t j = i + 1; j < boxes.size(); ++j)
            QVERIFY2(!boxes[i].adjusted(0.5, 0.5, -0.5, -0.5).intersects(boxes[j]), where);
    }
}

QStringList legendNames(QCustomPlot* plot)
{
    QStringList names;
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot->legend->item(i)))
            names.append(item->plottable()->name());
    return names;
}

} // namespace

class TestEvidenceCharts : public QObject {
    Q_OBJECT

    testing::WindowFixture f;

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
            QVERIFY2(chart->projectionTooltip(i).contains(chart->citationLabels()[i]), qPrintable(chart->projectionTooltip(i)));
    }

    // IEA gives the US only in TWh: the chart places 426 TWh with the scenario's 2030 consumption and
    // its tooltip says which consumption.
    void twhOnlyProjectionSaysHowItWasPlaced()
    {
        ShareChartPage* chart = shareFor(QStringLiteral("US"));
        const auto& drawn = f.document->snapshot()->projections;
        const auto at = std::find_if(drawn.begin(), drawn.end(), [](const Projection* p) { return p->id == "iea-2025-us-2030"; });
        QVERIFY(at != drawn.end());
        const QString tooltip = chart->projectionTooltip(int(at - drawn.begin()));
        const double national = f.document->snapshot()->evaluation.years.back().nationalTwh;
        QVERIFY2(tooltip.contains(QStringLiteral("Published in TWh only")), qPrintable(tooltip));
        QVERIFY2(tooltip.contains(QStringLiteral("426 TWh")), qPrintable(tooltip));
        QVERIFY2(tooltip.contains(QLocale().toString(426 / national * 100, 'g', 4) + QStringLiteral(" %")), qPrintable(tooltip));
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
            if (g->objectName().startsWith(QStringLiteral("published_")) && !g->objectName().startsWith(QStringLiteral("published_range")))
                QVERIFY2(g->dataCount() > 0, qPrintable(g->objectName()));
        }

        ShareChartPage* us = shareFor(QStringLiteral("US"));
        QVERIFY(legendNames(us->plot()).contains(QStringLiteral("Published range: AI only"))); // the Arm CEO's 20-25%
        QVERIFY(!legendNames(us->plot()).contains(QStringLiteral("Published: AI only")));     // no AI point
        QVERIFY(legendNames(us->plot()).contains(QStringLiteral("Replaced edition (faded)")));
        for (int i = 0; i < us->plot()->graphCount(); ++i) {
            QCPGraph* g = us->plot()->graph(i);
            if (g->objectName().startsWith(QStringLiteral("published_")) && !g->objectName().startsWith(QStringLiteral("published_range")))
                QVERIFY2(g->dataCount() > 0, qPrintable(g->objectName()));
        }
    }

    void requestControlSaysWhatItIs();

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
        auto* page = qobject_cast<SeriesChartPage*>(f.window->page(ChartView::PerQuery));
        QVERIFY(page);
        QCPGraph* measured = page->graphNamed(QStringLiteral("evidence_measurement"));
        QCPGraph* estimated = page->graphNamed(QStringLiteral("evidence_estimate"));
        QCPGraph* stated = page->graphNamed(QStringLiteral("evidence_company_statement"));
        QVERIFY(measured && estimated && stated);
        QCOMPARE(measured->dataCount(), 1);   // Google's 0.24 Wh
        QCOMPARE(stated->dataCount(), 1);     // OpenAI's 0.34 Wh
        QCOMPARE(estimated->dataCount(), 6);  // Epoch, Microsoft twice, Jegham, de Vries, the seed article
        QVERIFY(measured->scatterStyle().shape() != estimated->scatterStyle().shape());
        QVERIFY(measured->scatterStyle().brush().color() != estimated->scatterStyle().brush().color());
        const auto google = f.document->snapshot()->citations.numberOf("google-gemini-2025");
        QVERIFY(google);
        QVERIFY(page->evidenceLabels().contains(QStringLiteral("[%1] Google Gemini 0.24 Wh").arg(*google)));
        bool scoped = false;
        for (int i = 0; i < page->evidenceLabels().size(); ++i)
            scoped = scoped || (page->evidenceTooltip(i).contains(QStringLiteral("measurement"))
                                && page->evidenceTooltip(i).contains(QStringLiteral("Median Gemini Apps text prompt")));
        QVERIFY(scoped);
        QVERIFY(page->citedNumbers().contains(*google));
    }

    // The US has a dozen projections for 2028-2030: their "[n]" labels stand clear of one another and
    // inside the plot, at the chart's size in a 1280x720 window and in a smaller export.
    void crowdedLabelsStandApart()
    {
        ShareChartPage* chart = shareFor(QStringLiteral("US"));
        // As a figure lays the chart out: its text fitted to the size first.
        chart->fitText(QSize(600, 540));
        chart->plot()->toPixmap(600, 540);
        verifyLabelsApart(chart->plot(), "600x540");
        // The smallest figure the export dialog offers: an A4 column.
        chart->fitText(QSize(520, 460));
        chart->plot()->toPixmap(520, 460);
        verifyLabelsApart(chart->plot(), "520x460");
    }

    // An edition replaced by a newer one is drawn, and its tooltip names the newer edition.
    void replacedEditionsSaySo()
    {
        ShareChartPage* chart = shareFor(QStringLiteral("US"));
        const auto& drawn = f.document->snapshot()->projections;
        const auto epri = std::find_if(drawn.begin(), drawn.end(), [](const Projection* p) { return p->id == "epri-2024-us-2030"; });
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
    const auto google = citations.numberOf("google-tokens-2025");
    QVERIFY(chatgpt && google);
    // 230 billion / 2.5 billion = 92; 230 billion / 330 million = 697; 230 billion x 500 tokens a day
    // over 1.3 quadrillion a month (365/12 days) = 2.7.
    QVERIFY2(context.contains(QStringLiteral("92× 2.5 billion ChatGPT prompts a day (worldwide, July 2025) [%1]")
                                  .arg(*chatgpt)),
             qPrintable(context));
    QVERIFY2(context.contains(QStringLiteral("697× 330 million ChatGPT prompts from the US a day (this region")),
             qPrintable(context));
    QVERIFY2(context.contains(QStringLiteral("2.7× 42.7 trillion Google AI tokens a day (worldwide, October 2025) [%1]")
                                  .arg(*google)),
             qPrintable(context));

    // The seed article's 200 million literal requests are 8% of ChatGPT's 2025 volume.
    f.document->loadPreset(QStringLiteral("chatgpt-2024"));
    QVERIFY2(controls->requestContext()->text().contains(QStringLiteral("8 % of 2.5 billion ChatGPT prompts")),
             qPrintable(controls->requestContext()->text()));
}

QTEST_MAIN(TestEvidenceCharts)
#include "tst_evidence_charts.moc"
