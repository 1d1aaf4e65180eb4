// SPDX-License-Identifier: GPL-3.0-or-later
// Compare regions, as a reader meets it: one bar a region of the end year's share, each the
// scenario's growth and per-request settings evaluated on that region's own data (docs/model.md,
// "Comparing regions"), checked against the engine asked directly; the regions and the share
// chosen in the Compare menu; and `gridshare export --view regions` writing the chart and its table.

#include "run_gridshare.h"
#include "window_fixture.h"

#include "gui/charts/regions_chart_page.h"
#include "gui/language.h"
#include "gui/presentation_window.h"

#include "gridshare/csv_reader.h"
#include "gridshare/evaluation.h"
#include "gridshare/text.h"

#include <qcustomplot.h>

#include <QAction>
#include <QImage>
#include <QLocale>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace gridshare;
using namespace gridshare::gui;

namespace {

// What a comparison keeps from the scenario, as docs/model.md lists it: every parameter but the
// region's consumption, data centres, AI work in the base year, prices and carbon.
const Param kScenarioParams[] = {Param::QueryGrowth,
                                 Param::ActiveParamsBillion,
                                 Param::ModelGrowth,
                                 Param::TokensPerQuery,
                                 Param::TokensGrowth,
                                 Param::AcceleratorFlops,
                                 Param::AcceleratorPowerW,
                                 Param::Utilization,
                                 Param::PowerFraction,
                                 Param::EfficiencyGain,
                                 Param::Pue,
                                 Param::TrainingShare,
                                 Param::WaterLPerKwh,
                                 Param::DcLoadFactor};

// The region's base and end year as the engine gives them for a scenario that sets exactly the
// document's values of those parameters on the region's defaults (the document's own region: the
// document as it is).
std::pair<YearResult, YearResult> expectedFor(const ScenarioDocument& document, const std::string& region)
{
    Scenario s;
    s.region = region;
    s.currency = document.currency().toStdString();
    s.endYear = document.scenario().endYear;
    if (region == document.region().id) {
        for (const ParamSpec& ps : paramSpecs())
            s.parameters[ps.param] = document.value(ps.param);
    } else {
        for (Param p : kScenarioParams)
            s.parameters[p] = document.value(p);
    }
    const auto resolved = resolve(s, document.data());
    if (!resolved)
        qFatal("%s cannot be resolved", region.c_str());
    const Evaluation e = evaluate(resolved.value(), false);
    return {e.years.front(), e.years.back()};
}

// The bars as drawn: each region's name (the tick) with its bar's value, top first.
QList<QPair<QString, double>> barsOf(RegionsChartPage* page)
{
    QCustomPlot* plot = page->plot();
    QCPBars* bars = nullptr;
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (plot->plottable(i)->objectName() == QLatin1String("regions_end"))
            bars = qobject_cast<QCPBars*>(plot->plottable(i));
    if (!bars)
        return {};
    const auto ticker = plot->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    QList<QPair<QString, double>> out;
    for (auto it = bars->data()->constEnd(); it != bars->data()->constBegin();) {
        --it;
        out.append({ticker->ticks().value(it->key), it->value});
    }
    return out;
}

} // namespace

class TestRegionsChart : public QObject {
    Q_OBJECT

    testing::WindowFixture f;

    RegionsChartPage* showRegions()
    {
        f.window->setView(ChartView::Regions);
        return static_cast<RegionsChartPage*>(f.window->page(ChartView::Regions));
    }

    // Every bar is its region's share under the document's settings, largest first.
    void verifyBars(RegionsChartPage* page, double YearResult::*share, int expectedCount)
    {
        const auto bars = barsOf(page);
        QCOMPARE(bars.size(), expectedCount);
        double previous = INFINITY;
        for (const auto& [name, value] : bars) {
            const Region* region = nullptr;
            for (const Region& r : f.document->data().regions)
                if (QString::fromStdString(r.name) == name)
                    region = &r;
            QVERIFY2(region, qPrintable(name));
            const double expected = expectedFor(*f.document, region->id).second.*share * 100;
            QVERIFY2(
                std::abs(value - expected) <= 1e-9 * std::max(1.0, expected),
                qPrintable(QStringLiteral("%1: drawn %2, the engine gives %3").arg(name).arg(value).arg(expected)));
            QVERIFY(value <= previous);
            previous = value;
        }
    }

private slots:
    void initTestCase()
    {
        testing::WindowFixture::enableTestMode();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installLanguage(QStringLiteral("en"));
    }
    void init()
    {
        f.create();
        f.settings->setComparedRegions({});
        f.settings->setCompareDatacenterShare(false);
    }
    void cleanup() { f.destroy(); }

    // Changed growth and per-request settings reach every region; a national consumption set for the
    // scenario's own region stays with it.
    void eachBarIsItsRegionWithTheScenariosSettings()
    {
        f.document->loadRegion(QStringLiteral("US"));
        f.document->setValue(Param::QueryGrowth, 0.35);
        f.document->setValue(Param::TokensPerQuery, 900);
        f.document->setValue(Param::EfficiencyGain, 0.2);
        f.document->setValue(Param::Pue, 1.4);
        f.document->setValue(Param::NationalTwh, 4600);
        RegionsChartPage* page = showRegions();
        verifyBars(page, &YearResult::aiShare, int(f.document->data().regions.size()));
        QVERIFY(f.document->data().regions.size() >= 13);
        // Ireland with the same settings but its own 31.9 TWh: the US's 4,600 did not travel.
        const auto ireland = expectedFor(*f.document, "Ireland");
        QVERIFY2(ireland.first.nationalTwh < 40, qPrintable(QString::number(ireland.first.nationalTwh)));
        // The base year's share is written beside each bar with the end year's.
        bool found = false;
        for (int i = 0; i < page->plot()->itemCount(); ++i)
            if (auto* text = qobject_cast<QCPItemText*>(page->plot()->item(i)))
                found |= text->text().contains(QStringLiteral("(2024: "));
        QVERIFY(found);
        // The split is said on the chart.
        QVERIFY2(page->subtitle().contains(QStringLiteral("growth and per-request settings are the scenario's")),
                 qPrintable(page->subtitle()));
    }

    // The scenario's own region is outlined, around its own bar, and the legend says so; a region
    // the scenario is not on has no outline.
    void theScenariosRegionIsOutlined()
    {
        f.document->loadRegion(QStringLiteral("Ireland"));
        RegionsChartPage* page = showRegions();
        QCustomPlot* plot = page->plot();
        QList<QCPItemRect*> outlines;
        for (int i = 0; i < plot->itemCount(); ++i)
            if (auto* rect = qobject_cast<QCPItemRect*>(plot->item(i));
                rect && rect->objectName() == QLatin1String("regions_own"))
                outlines.append(rect);
        QCOMPARE(outlines.size(), 1);
        const auto at = std::find(page->order().cbegin(), page->order().cend(), "Ireland");
        QVERIFY(at != page->order().cend());
        const double key = double(page->order().size() - 1) - double(at - page->order().cbegin());
        const double middle = (outlines.front()->topLeft->key() + outlines.front()->bottomRight->key()) / 2;
        QVERIFY2(std::abs(middle - key) < 1e-9,
                 qPrintable(QStringLiteral("outline at %1, Ireland's bar at %2").arg(middle).arg(key)));
        const double share = expectedFor(*f.document, "Ireland").second.aiShare * 100;
        QVERIFY(std::abs(outlines.front()->bottomRight->value() - share) <= 1e-9 * share);
        bool legend = false;
        for (int i = 0; i < plot->graphCount(); ++i)
            legend |= plot->graph(i)->name() == QStringLiteral("This scenario's region");
        QVERIFY(legend);
    }

    // Virginia is a grid inside a country: the axis speaks of each region's electricity.
    void sharesAreOfEachRegionsElectricity()
    {
        RegionsChartPage* page = showRegions();
        const QString axis = page->plot()->xAxis->label();
        QVERIFY2(axis.contains(QStringLiteral("each region's electricity"))
                     && !axis.contains(QStringLiteral("national")),
                 qPrintable(axis));
        const auto bars = barsOf(page);
        QVERIFY(std::any_of(bars.cbegin(), bars.cend(),
                            [](const auto& bar) { return bar.first == QStringLiteral("Virginia (US state)"); }));
    }

    // Compare > Compare Regions: unticking a region takes its bar away (and is remembered); the
    // data-centre share replaces AI's.
    void theMenuChoosesRegionsAndTheShare()
    {
        RegionsChartPage* page = showRegions();
        auto* menu = f.window->findChild<QMenu*>(QStringLiteral("compareRegionsMenu"));
        QVERIFY(menu);
        emit menu->aboutToShow();
        auto* ireland = menu->findChild<QAction*>(QStringLiteral("compare-Ireland"));
        QVERIFY(ireland && ireland->isChecked());
        ireland->setChecked(false);
        const int all = int(f.document->data().regions.size());
        verifyBars(page, &YearResult::aiShare, all - 1);
        for (const auto& bar : barsOf(page))
            QVERIFY(bar.first != QStringLiteral("Ireland"));
        QVERIFY(!f.settings->comparedRegions().contains(QStringLiteral("Ireland")));
        QCOMPARE(f.settings->comparedRegions().size(), all - 1);

        QAction* datacentres = nullptr;
        for (QAction* action : menu->actions())
            if (action->text().contains(QStringLiteral("Data Centres")))
                datacentres = action;
        QVERIFY(datacentres);
        datacentres->trigger();
        QVERIFY(f.settings->compareDatacenterShare());
        verifyBars(page, &YearResult::datacenterShare, all - 1);
        QVERIFY(page->title().startsWith(QStringLiteral("Data centres' share")));

        // Ticking it again brings back every region, and "every region" is what is kept.
        emit menu->aboutToShow();
        menu->findChild<QAction*>(QStringLiteral("compare-Ireland"))->setChecked(true);
        QVERIFY(f.settings->comparedRegions().isEmpty());
        QCOMPARE(barsOf(page).size(), all);
    }

    // Ctrl+9 shows it; presented, the slide compares the regions chosen in the window, in the same
    // share, and each scenario of the playlist as it comes.
    void itIsPresentedLikeTheOtherViews()
    {
        QAction* ctrl9 = nullptr;
        for (QAction* action : f.window->findChildren<QAction*>())
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_9))
                ctrl9 = action;
        QVERIFY(ctrl9);
        ctrl9->trigger();
        QCOMPARE(f.window->view(), ChartView::Regions);
        auto* page = static_cast<RegionsChartPage*>(f.window->page(ChartView::Regions));
        QMenu* menu = f.window->findChild<QMenu*>(QStringLiteral("compareRegionsMenu"));
        emit menu->aboutToShow();
        menu->findChild<QAction*>(QStringLiteral("compare-China"))->setChecked(false);
        page->setMeasure(RegionsChartPage::Measure::DatacenterShare);

        PresentationWindow* show = f.window->present();
        auto* slide = qobject_cast<RegionsChartPage*>(show->chart());
        QVERIFY(slide);
        QCOMPARE(slide->measure(), RegionsChartPage::Measure::DatacenterShare);
        QCOMPARE(slide->order().size(), page->order().size());
        QVERIFY(std::find(slide->order().cbegin(), slide->order().cend(), "China") == slide->order().cend());
        QVERIFY(show->count() > 1);
        show->next();
        QTRY_VERIFY(!show->isAnimating());
        // The next scenario's settings on every region, as the engine gives them.
        const auto bars = barsOf(slide);
        QCOMPARE(bars.size(), qsizetype(slide->order().size()));
        for (std::size_t i = 0; i < slide->order().size(); ++i) {
            const double expected = expectedFor(*show->document(), slide->order()[i]).second.datacenterShare * 100;
            QVERIFY2(std::abs(bars[qsizetype(i)].second - expected) <= 1e-9 * std::max(1.0, expected),
                     slide->order()[i].c_str());
        }
        show->close();
    }

    // `gridshare export --view regions`: the table has one row a region with the shares the engine
    // gives for the default scenario, and the PNG is the chart at the size asked.
    void theCommandLineExportsTheComparison()
    {
        QTemporaryDir home;
        const QString csv = home.filePath(QStringLiteral("regions.csv"));
        Run run = runGridshare({QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("regions"),
                                QStringLiteral("--out"), csv},
                               home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto rows = readCsv(file.readAll().toStdString());
        QVERIFY(rows);
        const auto& table = rows.value();
        QCOMPARE(table.front().fields.front(), std::string("region"));
        QCOMPARE(table.size(), f.document->data().regions.size() + 1);
        ScenarioDocument fresh(Dataset::builtin()); // what the command line evaluates without options
        for (std::size_t i = 1; i < table.size(); ++i) {
            const auto& fields = table[i].fields;
            QCOMPARE(fields.size(), std::size_t(7));
            const auto [base, end] = expectedFor(fresh, fields[0]);
            QCOMPARE(std::stoi(fields[2]), fresh.scenario().endYear);
            for (const auto& [text, expected] :
                 {std::pair{fields[3], base.aiShare}, std::pair{fields[4], end.aiShare},
                  std::pair{fields[5], base.datacenterShare}, std::pair{fields[6], end.datacenterShare}})
                QVERIFY2(std::abs(parseNumber(text).value_or(NAN) - expected) <= 1e-12,
                         qPrintable(QStringLiteral("%1: %2, expected %3")
                                        .arg(QString::fromStdString(fields[0]), QString::fromStdString(text))
                                        .arg(expected)));
        }

        const QString png = home.filePath(QStringLiteral("regions.png"));
        run = runGridshare({QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("regions"),
                            QStringLiteral("--size"), QStringLiteral("1280x720"), QStringLiteral("--out"), png},
                           home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QImage image;
        QVERIFY(image.load(png, "PNG"));
        QCOMPARE(image.size(), QSize(1280, 720));
        QVERIFY2(image.text(QStringLiteral("Title"))
                     .startsWith(QStringLiteral("AI's share of electricity in 2030, region by region")),
                 qPrintable(image.text(QStringLiteral("Title"))));
        int vermillion = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                vermillion += image.pixel(x, y) == qRgb(0xD5, 0x5E, 0x00);
        QVERIFY2(vermillion > 5000, qPrintable(QString::number(vermillion)));
    }
};

QTEST_MAIN(TestRegionsChart)
#include "tst_regions_chart.moc"
