// SPDX-License-Identifier: GPL-3.0-or-later
// The views follow the document themselves: the chart shown draws each change, a chart on another
// tab waits and is right the moment it is shown, bands arriving from their thread redraw only the
// bands, and the projections toggle and the theme reach every view without the window passing
// them on.

#include "window_fixture.h"

#include "document/settings.h"
#include "gui/charts/chart_page.h"
#include "gui/charts/share_chart_page.h"
#include "gui/controls/controls_panel.h"
#include "gui/controls/what_it_takes_panel.h"
#include "gui/main_window.h"
#include "gui/panels/citations_panel.h"
#include "gui/panels/key_figures_strip.h"
#include "gui/presentation_window.h"
#include "gui/themes.h"

#include <qcustomplot.h>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QTabWidget>
#include <QTest>

#include <cstdint>
#include <memory>
#include <utility>

using namespace gridshare;
using namespace gridshare::gui;

namespace {

// Every graph's points, by the graph's name.
QMap<QString, QVector<QPointF>> graphsOf(const ChartPage& page)
{
    QMap<QString, QVector<QPointF>> graphs;
    for (int i = 0; i < page.plot()->graphCount(); ++i) {
        const QCPGraph* g = page.plot()->graph(i);
        if (!page.graphNamed(g->objectName()))
            continue; // a line kept from an earlier drawing, not drawn in this one
        QVector<QPointF>& points = graphs[g->objectName()];
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
            points.append({it->key, it->value});
    }
    return graphs;
}

// What a new page of this view draws for the snapshot: what a page that follows must show.
QMap<QString, QVector<QPointF>> freshlyDrawn(ChartView view, const SnapshotPtr& snapshot, bool projections = true)
{
    std::unique_ptr<ChartPage> page(createChartPage(view, nullptr));
    page->setProjectionsVisible(projections);
    page->display(snapshot);
    return graphsOf(*page);
}

// Whether a key figure says the P10–P90 range of the bands.
bool saysTheRange(const KeyFiguresStrip& strip)
{
    for (const QLabel* label : strip.labels())
        if (label->text().startsWith(QStringLiteral("P10–P90")))
            return true;
    return false;
}

// A step of the share chart's scenario with a range on it, its replots counted from the step on.
// The window has drawn the range's first bands before the step.
struct StepReplots {
    testing::WindowFixture& f;
    double queries = 0;
    ChartPage* share = nullptr;
    int replots = 0;
    bool bandsPendingAtFirstReplot = false;
    QMetaObject::Connection counting;

    explicit StepReplots(testing::WindowFixture& fixture, std::int64_t samples = 0)
        : f(fixture), queries(f.document->value(Param::QueriesPerDay))
    {
        f.document->setRange(Param::QueriesPerDay, {0.5 * queries, 2 * queries});
        if (samples >= kMaxSamples)
            // Bands that come well after a frame's wait on a fast machine too: the samples of each
            // range are drawn in turn, before the years are stepped in parallel (the bench's ranges).
            for (const auto& [param, range] :
                 {std::pair{Param::QueryGrowth, Range{0.2, 1.0}}, std::pair{Param::EfficiencyGain, Range{0.1, 0.6}},
                  std::pair{Param::TokensGrowth, Range{0.0, 0.4}}})
                f.document->setRange(param, range);
        if (samples > 0) {
            MonteCarloSettings settings = f.document->scenario().monteCarlo;
            settings.samples = samples;
            f.document->setMonteCarlo(settings);
        }
        f.window->renderNow();
        QTest::qWait(50); // the replot the arriving bands queued
        share = f.window->page(ChartView::Share);
        counting = QObject::connect(share->plot(), &QCustomPlot::afterReplot, [this] {
            if (++replots == 1)
                bandsPendingAtFirstReplot = f.document->snapshot()->bandsPending;
        });
    }
    ~StepReplots() { QObject::disconnect(counting); }
    StepReplots(const StepReplots&) = delete;
    StepReplots& operator=(const StepReplots&) = delete;

    // The step: request volume up by half; its bands are on their way.
    void take()
    {
        f.document->setValue(Param::QueriesPerDay, 1.5 * queries);
        QVERIFY(f.document->snapshot()->bandsPending);
    }
};

} // namespace

class TestViewsFollow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { testing::WindowFixture::enableTestMode(); }
    void init() { f.create(); }
    void cleanup()
    {
        f.destroy();
        applyTheme(Settings::Theme::System);
    }

    // The window's first frame: the chosen view, the key figures and the sources are those of the
    // document, drawn before the window is shown; the views on other tabs have not drawn at all.
    void theFirstFrameIsTheDocuments()
    {
        const SnapshotPtr snapshot = f.document->snapshot();
        ChartPage* share = f.window->page(ChartView::Share);
        QCOMPARE(share->drawings(), 1);
        QCOMPARE(graphsOf(*share), freshlyDrawn(ChartView::Share, snapshot));
        QVERIFY(!f.window->keyFigures()->valueText(FigureKey::AiShare).isEmpty());
        QVERIFY(!f.window->citations()->numberedEntries().isEmpty());
        for (ChartView view : kChartViews)
            if (view != ChartView::Share)
                QCOMPARE(f.window->page(view)->drawings(), 0);
    }

    // A chart keeps its lines and text items from one drawing to the next and gives them the new
    // values: after steps it looks as a new chart of the last step, pixel for pixel. The first
    // drawing has no pinned line; the others have, with its legend entry.
    void aChartAfterStepsLooksAsANewOne_data()
    {
        QTest::addColumn<ChartView>("view");
        QTest::addRow("share") << ChartView::Share; // lines, bands, markers and range bars of projections
        QTest::addRow("power") << ChartView::Power;
    }
    void aChartAfterStepsLooksAsANewOne()
    {
        QFETCH(ChartView, view);
        const auto picture = [](ChartPage& page) {
            page.grab(); // lays the hidden page out at its size
            page.plot()->replot();
            return page.grab().toImage();
        };
        std::unique_ptr<ChartPage> stepped(createChartPage(view, nullptr));
        stepped->resize(1280, 720);
        stepped->display(f.document->snapshot());
        picture(*stepped);
        const double queries = f.document->value(Param::QueriesPerDay);
        QVERIFY(f.document->pinCurrent());
        QList<const void*> kept; // addresses: an item removed is not read again
        for (double scale : {3.0, 0.4, 1.7}) {
            f.document->setValue(Param::QueriesPerDay, scale * queries);
            f.document->finishPendingWork();
            stepped->display(f.document->snapshot());
            picture(*stepped);
            // Once the pinned line is there, a step makes no new graphs, labels or range bars: the
            // same ones, in order.
            QList<const void*> now;
            for (int i = 0; i < stepped->plot()->plottableCount(); ++i)
                now.append(stepped->plot()->plottable(i));
            for (int i = 0; i < stepped->plot()->itemCount(); ++i)
                now.append(stepped->plot()->item(i));
            if (scale != 3.0)
                QCOMPARE(now, kept);
            kept = now;
        }
        std::unique_ptr<ChartPage> fresh(createChartPage(view, nullptr));
        fresh->resize(1280, 720);
        fresh->display(f.document->snapshot());
        QVERIFY(picture(*stepped) == picture(*fresh));
    }

    // A view's page is made when first shown or asked for: at start-up only the view shown and the
    // Compare regions page the menus work on. One made late follows the document and the
    // projections toggle as if it had been there from the start.
    void aViewsPageIsMadeWhenFirstNeeded()
    {
        QCOMPARE(f.window->findChildren<ChartPage*>().size(), 2);
        QAction* toggle = nullptr;
        for (QAction* action : f.window->findChildren<QAction*>())
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P))
                toggle = action;
        QVERIFY(toggle && toggle->isChecked());
        toggle->trigger();
        f.document->setValue(Param::QueriesPerDay, 2 * f.document->value(Param::QueriesPerDay));
        QCOMPARE(f.window->findChildren<ChartPage*>().size(), 2);

        f.window->setView(ChartView::Cost);
        QCOMPARE(f.window->findChildren<ChartPage*>().size(), 3);
        ChartPage* cost = f.window->page(ChartView::Cost);
        QVERIFY(cost->isVisibleTo(f.window.get()));
        QVERIFY(!cost->projectionsVisible());
        QCOMPARE(cost->drawings(), 1);
        QCOMPARE(graphsOf(*cost), freshlyDrawn(ChartView::Cost, f.document->snapshot(), false));
        f.document->undoStack()->undo();
        QCOMPARE(cost->drawings(), 2);
        QCOMPARE(graphsOf(*cost), freshlyDrawn(ChartView::Cost, f.document->snapshot(), false));
    }

    // A change draws the view shown; a hidden one only when its tab is chosen, and then exactly
    // what a new page would draw for the document as it is now.
    void aHiddenViewDrawsWhenShown_data()
    {
        QTest::addColumn<bool>("windowShown");
        QTest::newRow("window not yet on screen") << false;
        QTest::newRow("window on screen") << true;
    }

    void aHiddenViewDrawsWhenShown()
    {
        QFETCH(bool, windowShown);
        if (windowShown) {
            f.window->show();
            QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        }
        ChartPage* share = f.window->page(ChartView::Share);
        ChartPage* perQuery = f.window->page(ChartView::PerQuery);
        const int shareBefore = share->drawings();
        f.document->setValue(Param::QueriesPerDay, 2.5 * f.document->value(Param::QueriesPerDay));
        f.document->setValue(Param::ActiveParamsBillion, 2 * f.document->value(Param::ActiveParamsBillion));
        QCOMPARE(share->drawings(), shareBefore + 2);
        QCOMPARE(perQuery->drawings(), 0);

        f.window->setView(ChartView::PerQuery);
        QCOMPARE(perQuery->drawings(), 1);
        QCOMPARE(graphsOf(*perQuery), freshlyDrawn(ChartView::PerQuery, f.document->snapshot()));
        const double wh = f.document->snapshot()->evaluation.years.back().whPerQuery;
        const QCPGraph* line = perQuery->graphNamed(QStringLiteral("wh_per_query"));
        QVERIFY(line);
        QCOMPARE(line->data()->at(line->dataCount() - 1)->value, wh);

        // Back on the share view, which missed nothing it has to draw again.
        f.document->undoStack()->undo();
        QCOMPARE(perQuery->drawings(), 2);
        const int shareHidden = share->drawings();
        QCOMPARE(shareHidden, shareBefore + 2);
        f.window->setView(ChartView::Share);
        QCOMPARE(share->drawings(), shareHidden + 1);
        QCOMPARE(graphsOf(*share), freshlyDrawn(ChartView::Share, f.document->snapshot()));
        // Shown again with nothing changed meanwhile: nothing to draw.
        f.window->setView(ChartView::PerQuery);
        QCOMPARE(perQuery->drawings(), 2);
    }

    // A step's bands follow it from the worker thread a millisecond or two later: the chart shown
    // waits for them and is replotted once, with both.
    void aStepIsReplottedOnceWithItsBands()
    {
        StepReplots step(f);
        step.take();
        f.document->finishPendingWork(); // the bands are in before the chart's wait is over
        QTRY_COMPARE(step.replots, 1);
        QVERIFY(!step.bandsPendingAtFirstReplot);
        QTest::qWait(100); // and the Sobol indices, arriving later, redraw nothing on this chart
        QVERIFY(!f.document->snapshot()->sobolPending);
        QCOMPARE(step.replots, 1);
        QCOMPARE(graphsOf(*step.share), freshlyDrawn(ChartView::Share, f.document->snapshot()));
    }

    // The key figures wait for a step's bands as the chart does: its numbers and their P10–P90 are
    // shown once, together, when the bands arrive.
    void aStepShowsItsNumbersOnceWithTheirBands()
    {
        StepReplots step(f);
        f.document->finishPendingWork();
        QTest::qWait(50);
        const KeyFiguresStrip& strip = *f.window->keyFigures();
        QVERIFY(saysTheRange(strip));
        const int before = strip.displays();
        const QString shown = strip.valueText(FigureKey::AiShare);
        step.take();
        QCOMPARE(strip.valueText(FigureKey::AiShare), shown); // waiting for the bands
        f.document->finishPendingWork();
        QTRY_VERIFY(strip.valueText(FigureKey::AiShare) != shown);
        QVERIFY(saysTheRange(strip));
        QTest::qWait(50);
        QCOMPARE(strip.displays(), before + 1);
    }

    // Bands that take longer than a frame (a million samples) do not hold the numbers back: they are
    // shown without their range, then again with it.
    void lateBandsDoNotHoldTheNumbersBack()
    {
        StepReplots step(f, kMaxSamples);
        const KeyFiguresStrip& strip = *f.window->keyFigures();
        const int before = strip.displays();
        const QString shown = strip.valueText(FigureKey::AiShare);
        // Counted as the bands arrive (the strip hears of them first): the numbers were shown once
        // when the wait ran out, and again now with their range.
        int displaysWithTheBands = -1;
        QObject listening; // the connection ends with this scope, however the test ends
        connect(f.document.get(), &ScenarioDocument::bandsArrived, &listening,
                [&] { displaysWithTheBands = strip.displays(); });
        step.take();
        QTRY_VERIFY_WITH_TIMEOUT(displaysWithTheBands >= 0, 60000);
        QCOMPARE(displaysWithTheBands, before + 2);
        QVERIFY(strip.valueText(FigureKey::AiShare) != shown);
        QVERIFY(saysTheRange(strip));
    }

    // The controls show no bands: a step refreshes them once, and the bands and indices that follow
    // it leave them alone.
    void theControlsAreRefreshedOncePerStep()
    {
        StepReplots step(f);
        f.document->finishPendingWork();
        QTest::qWait(20);
        const int before = f.window->controls()->refreshes();
        step.take();
        QCOMPARE(f.window->controls()->refreshes(), before + 1);
        f.document->finishPendingWork();
        QTRY_VERIFY(!f.document->snapshot()->sobolPending);
        QVERIFY(!f.document->snapshot()->bandsPending);
        QCOMPARE(f.window->controls()->refreshes(), before + 1);
        // A value that changes what the controls show still reaches them.
        f.document->setValue(Param::QueriesPerDay, step.queries);
        QCOMPARE(f.window->controls()->refreshes(), before + 2);
    }

    // What it takes answers from the values alone: a step asks it once, and the bands and indices
    // that follow (no change of the document's values) do not ask again (each answer is a dozen
    // goal seeks).
    void whatItTakesAnswersOncePerStep()
    {
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        f.window->sideTabs()->setCurrentWidget(f.window->whatItTakes());
        StepReplots step(f);
        f.document->finishPendingWork();
        QTRY_VERIFY(!f.document->snapshot()->sobolPending);
        const int before = f.window->whatItTakes()->recomputes();
        step.take();
        QCOMPARE(f.window->whatItTakes()->recomputes(), before + 1);
        f.document->finishPendingWork();
        QTRY_VERIFY(!f.document->snapshot()->sobolPending);
        QCOMPARE(f.window->whatItTakes()->recomputes(), before + 1);
    }

    // A slide follows the bands as the window does: its key figures give the range once the bands
    // of a new range arrive.
    void aSlideShowsTheBandsWhenTheyArrive()
    {
        PresentationWindow* show = f.window->present();
        QVERIFY(show);
        ScenarioDocument* slide = show->document();
        QVERIFY(!saysTheRange(*show->keyFigures()));
        const double queries = slide->value(Param::QueriesPerDay);
        slide->setRange(Param::QueriesPerDay, {0.5 * queries, 2 * queries});
        QVERIFY(slide->snapshot()->bandsPending);
        slide->finishPendingWork();
        QTRY_VERIFY(saysTheRange(*show->keyFigures()));
        show->close();
    }

    // Bands that take longer than a frame (a million samples) do not hold the chart back: it is
    // replotted without them, then again when they arrive.
    void lateBandsDoNotHoldTheChartBack()
    {
        StepReplots step(f, kMaxSamples);
        step.take();
        QTRY_VERIFY_WITH_TIMEOUT(step.replots >= 1, 20000);
        QVERIFY(step.bandsPendingAtFirstReplot);
        QTRY_VERIFY_WITH_TIMEOUT(!f.document->snapshot()->bandsPending, 60000);
        QTRY_COMPARE(step.replots, 2);
    }

    // New bands from the worker thread: the share chart gives its band graphs the new data and
    // draws nothing else; a hidden view draws them when shown; the key figures give their range.
    void arrivingBandsRedrawOnlyTheBands()
    {
        const double queries = f.document->value(Param::QueriesPerDay);
        f.document->setRange(Param::QueriesPerDay, {0.5 * queries, 2 * queries});
        ChartPage* share = f.window->page(ChartView::Share);
        ChartPage* energy = f.window->page(ChartView::Energy);
        QVERIFY(f.document->snapshot()->bandsPending);
        QVERIFY(!share->showsBands());
        QVERIFY(!saysTheRange(*f.window->keyFigures()));
        f.window->renderNow(); // the first bands: there were none to update, so the chart draws whole
        QVERIFY(share->showsBands());
        QVERIFY(saysTheRange(*f.window->keyFigures()));
        QCOMPARE(energy->drawings(), 0);

        // Another seed: the same central lines, slightly different bands on the same axis.
        MonteCarloSettings settings = f.document->scenario().monteCarlo;
        settings.seed += 1;
        int bandsArrived = 0;
        connect(f.document.get(), &ScenarioDocument::bandsArrived, this, [&bandsArrived] { ++bandsArrived; });
        f.document->setMonteCarlo(settings);
        QVERIFY(f.document->snapshot()->bandsPending);
        const int drawn = share->drawings();
        const QCPGraph* p90 = share->graphNamed(QStringLiteral("ai_share_p90"));
        QVERIFY(p90);
        const double shownBefore = p90->data()->at(p90->dataCount() - 1)->value;

        f.document->finishPendingWork();
        QCOMPARE(bandsArrived, 1);
        QCOMPARE(share->drawings(), drawn); // not drawn whole
        const SnapshotPtr now = f.document->snapshot();
        const double p90Now = now->evaluation.bands.back().aiShare.p90 * 100;
        QVERIFY(p90Now != shownBefore);
        p90 = share->graphNamed(QStringLiteral("ai_share_p90"));
        QCOMPARE(p90->data()->at(p90->dataCount() - 1)->value, p90Now);
        QCOMPARE(graphsOf(*share), freshlyDrawn(ChartView::Share, now));

        QCOMPARE(energy->drawings(), 0);
        f.window->setView(ChartView::Energy);
        QCOMPARE(energy->drawings(), 1);
        QCOMPARE(graphsOf(*energy), freshlyDrawn(ChartView::Energy, now));
    }

    // View > Published projections: the toggle is the one place the choice lives; the view shown
    // redraws at once, a hidden one that draws projections when it is shown.
    void theProjectionsToggleReachesEveryView()
    {
        QAction* toggle = nullptr;
        for (QAction* action : f.window->findChildren<QAction*>())
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P))
                toggle = action;
        QVERIFY(toggle && toggle->isChecked());
        auto* share = f.window->shareChart();
        QVERIFY(!share->citationLabels().isEmpty());
        ChartPage* power = f.window->page(ChartView::Power);

        toggle->trigger();
        QVERIFY(share->citationLabels().isEmpty());
        QVERIFY(!share->projectionsVisible());
        QCOMPARE(power->drawings(), 0);
        f.window->setView(ChartView::Power);
        QVERIFY(!power->projectionsVisible());
        QCOMPARE(power->drawings(), 1);
        QCOMPARE(graphsOf(*power), freshlyDrawn(ChartView::Power, f.document->snapshot(), false));

        toggle->trigger();
        QCOMPARE(power->drawings(), 2);
        QCOMPARE(graphsOf(*power), freshlyDrawn(ChartView::Power, f.document->snapshot(), true));
        f.window->setView(ChartView::Share);
        QVERIFY(!share->citationLabels().isEmpty());

        // Presentation mode starts with the window's choice and keeps its own from there.
        toggle->trigger();
        PresentationWindow* show = f.window->present();
        QVERIFY(show);
        QVERIFY(!show->projectionsVisible());
        show->toggleProjections();
        QVERIFY(show->projectionsVisible());
        QVERIFY(!share->projectionsVisible());
        show->close();
    }

    // View > Theme keeps the choice in the settings, and the settings' signal applies it.
    void theChosenThemeIsApplied()
    {
        auto* dark = f.window->findChild<QAction*>(QStringLiteral("theme-dark"));
        QVERIFY(dark);
        dark->trigger();
        QCOMPARE(f.settings->theme(), Settings::Theme::Dark);
        QCOMPARE(QApplication::palette().color(QPalette::Base),
                 themePalette(Settings::Theme::Dark).color(QPalette::Base));
        // The chart on screen is drawn on the new background, to its corners, where nothing else is.
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        ChartPage* share = f.window->page(ChartView::Share);
        share->plot()->replot();
        const QImage shown = share->plot()->grab().toImage();
        const QColor base = themePalette(Settings::Theme::Dark).color(QPalette::Base);
        for (const QPoint corner : {QPoint(1, 1), QPoint(shown.width() - 2, shown.height() - 2)})
            QCOMPARE(shown.pixelColor(corner).rgb(), base.rgb());
        f.settings->setTheme(Settings::Theme::HighContrast);
        QVERIFY(isHighContrast(QApplication::palette()));
    }

private:
    testing::WindowFixture f;
};

QTEST_MAIN(TestViewsFollow)
#include "tst_views_follow.moc"
