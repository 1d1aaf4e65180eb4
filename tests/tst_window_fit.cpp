// SPDX-License-Identifier: GPL-3.0-or-later
// The window on the screens people present from: 1280x720 projectors, 1366x768 laptops and
// 1600x900, in the language GRIDSHARE_TEST_LANGUAGE names (CTest runs English and Chinese). The
// first window fits the screen; the key figures, the answer, are never cut (measured with the
// labels' own font metrics); chart titles wrap inside the chart; the controls' badges and reset
// buttons stay inside the panel, beside the scroll bar rather than under it.

#include "layout_checks.h"
#include "window_fixture.h"

#include "gui/charts/chart_page.h"
#include "gui/charts/regions_chart_page.h"
#include "gui/charts/sensitivity_chart_page.h"
#include "gui/controls/controls_panel.h"
#include "gui/language.h"
#include "gui/panels/citations_panel.h"
#include "gui/panels/key_figures_strip.h"
#include "gui/window_fit.h"

#include <qcustomplot.h>

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

using namespace gridshare;
using namespace gridshare::gui;

// What the Sources text looked like at its first paint.
class FirstPaint : public QObject {
public:
    explicit FirstPaint(QTextEdit* text) : text_(text) { text->viewport()->installEventFilter(this); }

    bool seen = false;
    qreal pageWidth = 0;
    int scrollRange = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !seen) {
            seen = true;
            pageWidth = text_->document()->pageSize().width();
            scrollRange = text_->verticalScrollBar()->maximum();
        }
        return false;
    }

private:
    QTextEdit* text_;
};

class TestWindowFit : public QObject {
    Q_OBJECT

    testing::WindowFixture f;

    // The window filling a screen of this size, as placeFirstWindow leaves it there.
    void openOn(QSize screen)
    {
        placeFirstWindow(*f.window, QRect(QPoint(0, 0), screen));
        f.window->resize(screen);
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        settleLayouts();
    }

    void verifyKeyFiguresFit(const QString& when)
    {
        const KeyFiguresStrip* strip = f.window->keyFigures();
        for (const QLabel* label : strip->labels()) {
            if (!label->isVisible())
                continue;
            QVERIFY2(labelTextWidth(label) <= label->contentsRect().width(),
                     qPrintable(QStringLiteral("%1: \"%2\" needs %3 pixels, its tile gives %4")
                                    .arg(when, label->text())
                                    .arg(labelTextWidth(label))
                                    .arg(label->contentsRect().width())));
        }
    }

    static void addScreens()
    {
        QTest::addColumn<QSize>("screen");
        for (QSize screen : {QSize(1280, 720), QSize(1366, 768), QSize(1600, 900)})
            QTest::addRow("%dx%d", screen.width(), screen.height()) << screen;
    }

private slots:
    void initTestCase()
    {
        testing::WindowFixture::enableTestMode();
        const QString language = qEnvironmentVariable("GRIDSHARE_TEST_LANGUAGE", QStringLiteral("en"));
        installLanguage(language);
        qInfo("language: %s", qPrintable(language));
    }
    void init() { f.create(); }
    void cleanup() { f.destroy(); }

    void firstWindowFitsTheScreen_data() { addScreens(); }
    void firstWindowFitsTheScreen()
    {
        QFETCH(QSize, screen);
        // Smaller than the preferred size: maximised, filling the screen and no more.
        const bool maximise = placeFirstWindow(*f.window, QRect(QPoint(0, 0), screen));
        QCOMPARE(maximise,
                 screen.width() < kPreferredWindowSize.width() || screen.height() < kPreferredWindowSize.height());
        QVERIFY(f.window->width() <= screen.width() && f.window->height() <= screen.height());
        // Nothing in it asks for more room than the screen has, so the window can stay that size.
        const QSize least = f.window->minimumSizeHint();
        QVERIFY2(least.width() <= screen.width() && least.height() <= screen.height(),
                 qPrintable(QStringLiteral("the window needs at least %1x%2").arg(least.width()).arg(least.height())));
        openOn(screen);
        QCOMPARE(f.window->size(), screen);
        // The side panels gave way first: the chart keeps at least half the width.
        QVERIFY2(f.window->page(f.window->view())->width() >= screen.width() / 2,
                 qPrintable(QString::number(f.window->page(f.window->view())->width())));
    }

    void keyFiguresAreNeverCut_data() { addScreens(); }
    void keyFiguresAreNeverCut()
    {
        QFETCH(QSize, screen);
        openOn(screen);
        verifyKeyFiguresFit(QStringLiteral("defaults"));
        // A range adds the P10–P90 line; a pin adds the difference line; both are longer.
        f.document->setRange(Param::QueryGrowth, Range{0.2, 0.9});
        f.document->finishPendingWork();
        QVERIFY(f.document->pinCurrent());
        f.document->setValue(Param::QueriesPerDay, 9.87e12);
        f.document->finishPendingWork();
        settleLayouts();
        QVERIFY(!f.window->keyFigures()->deltaText(FigureKey::AiTwh).isEmpty());
        verifyKeyFiguresFit(QStringLiteral("with a range and a pin"));

        // In GW (View > Key Figures in GW): 吉瓦 as 万千瓦 and 亿千瓦 in Chinese, still never cut.
        auto* inGigawatts = f.window->findChild<QAction*>(QStringLiteral("keyFiguresInGigawatts"));
        QVERIFY(inGigawatts);
        inGigawatts->setChecked(true);
        settleLayouts();
        const KeyFiguresStrip* strip = f.window->keyFigures();
        const QString unit =
            strip->locale().language() == QLocale::Chinese ? QStringLiteral("千瓦") : QStringLiteral(" GW");
        for (FigureKey key : {FigureKey::AiAvgGw, FigureKey::DatacenterCapacityGw})
            QVERIFY2(strip->valueText(key).endsWith(unit), qPrintable(strip->valueText(key)));
        verifyKeyFiguresFit(QStringLiteral("in GW"));
        inGigawatts->setChecked(false);
    }

    void chartTitlesWrapInsideTheChart_data() { addScreens(); }
    void chartTitlesWrapInsideTheChart()
    {
        QFETCH(QSize, screen);
        openOn(screen);
        for (ChartView view : kChartViews) {
            f.window->setView(view);
            settleLayouts();
            ChartPage* page = f.window->page(view);
            QCustomPlot* plot = page->plot();
            for (int row = 0; row < 2; ++row) {
                auto* text = qobject_cast<QCPTextElement*>(plot->plotLayout()->element(row, 0));
                QVERIFY(text);
                const QFontMetrics metrics(text->font());
                for (const QString& line : text->text().split(QLatin1Char('\n')))
                    QVERIFY2(metrics.horizontalAdvance(line) <= plot->width(),
                             qPrintable(QStringLiteral("%1: \"%2\" is wider than the chart (%3)")
                                            .arg(viewKey(view), line)
                                            .arg(plot->width())));
            }
        }
    }

    // Bars, lines and their labels keep off the chart's right edge, as the title does: nothing is
    // drawn in the last few pixel columns beside the plot.
    void plotsKeepOffTheRightEdge_data() { addScreens(); }
    void plotsKeepOffTheRightEdge()
    {
        constexpr int kEdge = 6;
        QFETCH(QSize, screen);
        openOn(screen);
        for (ChartView view : kChartViews) {
            f.window->setView(view);
            settleLayouts();
            QCustomPlot* plot = f.window->page(view)->plot();
            plot->replot();
            const QImage image = plot->toPixmap(plot->width(), plot->height(), 1.0).toImage();
            const QRgb background = image.pixel(image.width() - 1, 0);
            const QRect rect = plot->axisRect()->rect();
            for (int y = rect.top(); y <= rect.bottom(); ++y)
                for (int x = image.width() - kEdge; x < image.width(); ++x)
                    QVERIFY2(image.pixel(x, y) == background,
                             qPrintable(QStringLiteral("%1: drawn at (%2, %3), %4 pixels from the right edge")
                                            .arg(viewKey(view))
                                            .arg(x)
                                            .arg(y)
                                            .arg(image.width() - x)));
        }
    }

    // The tornado's labels take two lines each (name, range): no row's label runs into the next
    // one's, and the legend sits outside the bars.
    void tornadoRowsHaveRoomForTheirLabels_data() { addScreens(); }
    void tornadoRowsHaveRoomForTheirLabels()
    {
        QFETCH(QSize, screen);
        openOn(screen);
        f.window->setView(ChartView::Sensitivity);
        settleLayouts();
        auto* tornado = static_cast<SensitivityChartPage*>(f.window->page(ChartView::Sensitivity));
        QCustomPlot* plot = tornado->plot();
        plot->replot(QCustomPlot::rpImmediateRefresh);
        QVERIFY2(tornado->shownBars() >= 8, qPrintable(QString::number(tornado->shownBars())));
        const auto ticker = plot->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
        QVERIFY(ticker);
        const QFontMetrics metrics(plot->yAxis->tickLabelFont());
        double previousPixel = -1;
        int visible = 0;
        for (auto it = ticker->ticks().cbegin(); it != ticker->ticks().cend(); ++it) {
            if (!plot->yAxis->range().contains(it.key()))
                continue;
            ++visible;
            const double pixel = plot->yAxis->coordToPixel(it.key());
            const int height = metrics.boundingRect(QRect(), Qt::AlignCenter, it.value()).height();
            if (previousPixel >= 0)
                QVERIFY2(std::abs(previousPixel - pixel) >= height,
                         qPrintable(QStringLiteral("\"%1\" needs %2 pixels, its row has %3")
                                        .arg(it.value())
                                        .arg(height)
                                        .arg(std::abs(previousPixel - pixel))));
            previousPixel = pixel;
        }
        QCOMPARE(visible, tornado->shownBars());
        QVERIFY(!plot->legend->outerRect().intersects(plot->axisRect()->rect()));
    }

    // What the request volume means (requests and tokens a day beside ChatGPT's and Google's, with
    // their citations) is read in full under its slider: for every region, however many lines it
    // takes at this width, the label is as tall as its wrapped text.
    void requestContextIsNeverCut_data() { addScreens(); }
    void requestContextIsNeverCut()
    {
        QFETCH(QSize, screen);
        openOn(screen);
        const QLabel* context = f.window->controls()->requestContext();
        QVERIFY(context);
        for (const char* region : {"US", "Ireland", "China", "Virginia", "Singapore"}) {
            QVERIFY(f.document->loadRegion(QLatin1String(region)));
            f.document->finishPendingWork();
            settleLayouts();
            // Measured with the label's own font, not its heightForWidth (which answers at least the
            // label's minimum height).
            const int needed = QFontMetrics(context->font())
                                   .boundingRect(QRect(0, 0, context->contentsRect().width(), 100000),
                                                 int(Qt::TextWordWrap
                                                     | (context->alignment() & ~(Qt::AlignVCenter | Qt::AlignHCenter))),
                                                 context->text())
                                   .height();
            QVERIFY2(needed <= context->contentsRect().height(),
                     qPrintable(QStringLiteral("%1: \"%2\" needs %3 pixels of height, its box gives %4")
                                    .arg(QLatin1String(region), context->text())
                                    .arg(needed)
                                    .arg(context->contentsRect().height())));
        }
    }

    // Compare regions: every region's name has its row, and every value written after its bar stays
    // inside the chart, clear of the legend.
    void regionRowsAndValuesFit_data() { addScreens(); }
    void regionRowsAndValuesFit()
    {
        QFETCH(QSize, screen);
        openOn(screen);
        f.window->setView(ChartView::Regions);
        settleLayouts();
        auto* page = static_cast<RegionsChartPage*>(f.window->page(ChartView::Regions));
        QCustomPlot* plot = page->plot();
        plot->replot(QCustomPlot::rpImmediateRefresh);
        QCOMPARE(page->order().size(), f.document->data().regions.size());
        const auto ticker = plot->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
        QVERIFY(ticker);
        const QFontMetrics metrics(plot->yAxis->tickLabelFont());
        double previousPixel = -1;
        for (auto it = ticker->ticks().cbegin(); it != ticker->ticks().cend(); ++it) {
            QVERIFY(plot->yAxis->range().contains(it.key()));
            const double pixel = plot->yAxis->coordToPixel(it.key());
            QVERIFY2(metrics.horizontalAdvance(it.value()) <= plot->axisRect()->left(),
                     qPrintable(QStringLiteral("\"%1\" is wider than the margin left of the bars").arg(it.value())));
            if (previousPixel >= 0)
                QVERIFY2(std::abs(previousPixel - pixel) >= metrics.height(),
                         qPrintable(QStringLiteral("\"%1\" needs %2 pixels, its row has %3")
                                        .arg(it.value())
                                        .arg(metrics.height())
                                        .arg(std::abs(previousPixel - pixel))));
            previousPixel = pixel;
        }
        int values = 0;
        for (int i = 0; i < plot->itemCount(); ++i) {
            auto* text = qobject_cast<QCPItemText*>(plot->item(i));
            if (!text || !text->visible() || text->text().isEmpty())
                continue; // the hover readout, hidden
            ++values;
            const QFontMetricsF textMetrics(text->font());
            const QPointF anchor = text->position->pixelPosition();
            const QRectF box(anchor.x() + text->padding().left(), anchor.y() - textMetrics.height() / 2,
                             textMetrics.horizontalAdvance(text->text()), textMetrics.height());
            QVERIFY2(box.right() <= plot->axisRect()->rect().right() + 1,
                     qPrintable(QStringLiteral("\"%1\" ends at %2, the plot at %3")
                                    .arg(text->text())
                                    .arg(box.right())
                                    .arg(plot->axisRect()->rect().right())));
            QVERIFY(!box.intersects(plot->legend->outerRect()));
        }
        QCOMPARE(values, int(page->order().size()));
        QVERIFY(!plot->legend->outerRect().intersects(plot->axisRect()->rect()));
    }

    void controlsStayBesideTheScrollBar_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<bool>("afterAStep");
        for (QSize screen : {QSize(1280, 720), QSize(1366, 768), QSize(1600, 900)})
            for (bool step : {false, true})
                QTest::addRow("%dx%d%s", screen.width(), screen.height(), step ? " after a step" : "")
                    << screen << step;
    }
    void controlsStayBesideTheScrollBar()
    {
        QFETCH(QSize, screen);
        QFETCH(bool, afterAStep);
        openOn(screen);
        auto* scroll = f.window->controls()->findChild<QScrollArea*>();
        QVERIFY(scroll);
        if (afterAStep) { // a step measures the rows again, now in the fonts the window shows
            f.document->setValue(Param::QueriesPerDay, f.document->value(Param::QueriesPerDay) * 1.1);
            settleLayouts();
        }
        // The scroll area, its scroll bar included, lies inside the panel the splitter gives.
        const QRect panel = f.window->controls()->rect();
        const QRect area(scroll->mapTo(f.window->controls(), QPoint(0, 0)), scroll->size());
        QVERIFY2(panel.contains(area), qPrintable(QStringLiteral("the controls need x %1-%2, the panel shows 0-%3")
                                                      .arg(area.left())
                                                      .arg(area.right())
                                                      .arg(panel.right())));
        const int visibleRight = scroll->viewport()->width();
        int checked = 0;
        for (QToolButton* button : scroll->widget()->findChildren<QToolButton*>()) {
            if (!button->isVisible())
                continue;
            const QRect inViewport(button->mapTo(scroll->viewport(), QPoint(0, 0)), button->size());
            QVERIFY2(inViewport.right() < visibleRight,
                     qPrintable(QStringLiteral("\"%1\" reaches x=%2, the panel shows up to %3")
                                    .arg(button->text())
                                    .arg(inViewport.right())
                                    .arg(visibleRight)));
            QVERIFY2(button->fontMetrics().horizontalAdvance(button->text()) <= button->contentsRect().width(),
                     qPrintable(button->text()));
            ++checked;
        }
        QVERIFY(checked > 20); // badges, ± and reset buttons of every row
    }

    // The Sources text is laid out at the width the side panel settles at, before its first paint,
    // not first at the passing sizes the panel has while the layouts settle (each would lay the
    // text out anew), and all of it, so that the first paint has the scroll bar's final range.
    void sourcesTextLaidOutOnceAtItsSettledWidth_data() { addScreens(); }
    void sourcesTextLaidOutOnceAtItsSettledWidth()
    {
        QFETCH(QSize, screen);
        CitationsPanel* sources = f.window->citations();
        QList<qreal> laidOutAt; // the page width of each layout pass, as it reports its new size
        connect(sources->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
                [&] { laidOutAt.append(sources->document()->pageSize().width()); });
        FirstPaint firstPaint(sources);
        openOn(screen);
        QVERIFY(sources->isVisible());
        QTRY_VERIFY(firstPaint.seen);
        const int settledWidth = sources->viewport()->width();
        QVERIFY(!laidOutAt.isEmpty());
        for (qreal width : laidOutAt)
            QCOMPARE(width, qreal(settledWidth));
        QCOMPARE(firstPaint.pageWidth, qreal(settledWidth));
        QCOMPARE(firstPaint.scrollRange, sources->verticalScrollBar()->maximum());
        QVERIFY(firstPaint.scrollRange > 0); // the list is longer than the panel: the bar is needed
    }
};

QTEST_MAIN(TestWindowFit)
#include "tst_window_fit.moc"
