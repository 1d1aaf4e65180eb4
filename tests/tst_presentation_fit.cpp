// SPDX-License-Identifier: GPL-3.0-or-later
// Presentation mode on a 1280x720 projector (Qt's offscreen platform with one screen of that size):
// larger type reflows inside the full screen and never takes the window out of it or past the
// screen's edge; the key figures and titles stay whole; a strip names the sources numbered on the
// chart (S hides and shows it); a slide whose scenario differs from its preset says so.

#include "layout_checks.h"
#include "offscreen_screen.h"
#include "window_fixture.h"

#include "common/data_text.h"
#include "gui/charts/chart_page.h"
#include "gui/panels/key_figures_strip.h"
#include "gui/presentation_window.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QLabel>
#include <QScreen>
#include <QTest>

using namespace gridshare;
using namespace gridshare::gui;

class TestPresentationFit : public QObject {
    Q_OBJECT

    testing::WindowFixture f;

    // F5, then waits until the slide has settled; the window, through show.
    void present(PresentationWindow*& show)
    {
        show = f.window->present();
        QVERIFY2(show, "no presentation");
        QVERIFY(QTest::qWaitForWindowExposed(show));
        show->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), show);
        QTRY_VERIFY(!show->isAnimating());
        settleLayouts();
    }

    void verifyFits(PresentationWindow* show, const QString& when)
    {
        const QRect screen = show->screen()->geometry();
        QVERIFY2(show->isFullScreen(), qPrintable(when + QStringLiteral(": left full screen")));
        QVERIFY2(show->geometry() == screen,
                 qPrintable(QStringLiteral("%1: the window is %2x%3 at %4,%5 on a %6x%7 screen")
                                .arg(when)
                                .arg(show->width())
                                .arg(show->height())
                                .arg(show->x())
                                .arg(show->y())
                                .arg(screen.width())
                                .arg(screen.height())));
        // The plot keeps room: larger type never crowds the chart out.
        const int plotHeight = show->chart()->plot()->axisRect()->height();
        QVERIFY2(plotHeight >= screen.height() * 0.2,
                 qPrintable(QStringLiteral("%1: the plot is %2 high").arg(when).arg(plotHeight)));
        for (const QLabel* label : show->keyFigures()->labels())
            if (label->isVisible())
                QVERIFY2(label->height() >= label->fontMetrics().height(),
                         qPrintable(QStringLiteral("%1: \"%2\" is cut at the bottom").arg(when, label->text())));
        for (const QLabel* label : show->keyFigures()->labels())
            if (label->isVisible())
                QVERIFY2(labelTextWidth(label) <= label->contentsRect().width(),
                         qPrintable(QStringLiteral("%1: \"%2\" needs %3 pixels, has %4")
                                        .arg(when, label->text())
                                        .arg(labelTextWidth(label))
                                        .arg(label->contentsRect().width())));
        QCustomPlot* plot = show->chart()->plot();
        auto* title = qobject_cast<QCPTextElement*>(plot->plotLayout()->element(0, 0));
        QVERIFY(title);
        for (const QString& line : title->text().split(QLatin1Char('\n')))
            QVERIFY2(QFontMetrics(title->font()).horizontalAdvance(line) <= plot->width(), qPrintable(when + line));
        // The slide leaves the chart's subtitle out (its own title names the scenario), and the
        // subtitle's room with it: the plot starts right under the chart's title.
        auto* subtitle = qobject_cast<QCPTextElement*>(plot->plotLayout()->element(1, 0));
        QVERIFY(subtitle);
        QVERIFY(subtitle->text().isEmpty());
        QVERIFY2(subtitle->outerRect().height() == 0,
                 qPrintable(QStringLiteral("%1: the empty subtitle takes %2 pixels")
                                .arg(when)
                                .arg(subtitle->outerRect().height())));
        // Everything ends inside the screen: nothing is pushed past its right or bottom edge.
        for (const QWidget* child : show->findChildren<QWidget*>()) {
            if (!child->isVisible() || child->window() != show)
                continue;
            const QRect area(child->mapTo(show, QPoint(0, 0)), child->size());
            QVERIFY2(area.right() < screen.width() + 1 && area.bottom() < screen.height() + 1,
                     qPrintable(QStringLiteral("%1: %2 ends at %3,%4")
                                    .arg(when, QString::fromLatin1(child->metaObject()->className()))
                                    .arg(area.right())
                                    .arg(area.bottom())));
        }
    }

private slots:
    void initTestCase()
    {
        testing::WindowFixture::enableTestMode();
        QCOMPARE(QGuiApplication::primaryScreen()->size(), QSize(1280, 720)); // the projector
    }
    void init()
    {
        f.create();
        f.settings->setPresentationZoom(1.0);
        f.settings->setPresentationPlaylist({QStringLiteral("preset:us-2024"), QStringLiteral("preset:chatgpt-2024")});
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    }
    void cleanup() { f.destroy(); }

    void largerTypeReflowsInsideTheScreen()
    {
        PresentationWindow* show = nullptr;
        present(show);
        if (QTest::currentTestFailed())
            return;
        verifyFits(show, QStringLiteral("at first"));
        const double start = show->zoom();
        for (int press = 1; press <= 12; ++press) {
            QTest::keyClick(show, Qt::Key_Plus, Qt::ControlModifier);
            settleLayouts();
            verifyFits(show, QStringLiteral("after Ctrl+Plus x%1").arg(press));
            // For people to look at: GRIDSHARE_SCREENSHOT_DIR=DIR keeps the slide after two presses.
            if (const QString dir = qEnvironmentVariable("GRIDSHARE_SCREENSHOT_DIR"); press == 2 && !dir.isEmpty())
                QVERIFY(show->grab().save(dir + QStringLiteral("/presentation-1280x720-zoom2.png")));
        }
        // It grew as far as the plot still keeps its share of the screen.
        QVERIFY2(show->zoom() > start, qPrintable(QString::number(show->zoom())));
        for (int press = 1; press <= 12; ++press) {
            QTest::keyClick(show, Qt::Key_Minus, Qt::ControlModifier);
            settleLayouts();
            verifyFits(show, QStringLiteral("after Ctrl+Minus x%1").arg(press));
        }
        show->next();
        QTRY_VERIFY(!show->isAnimating());
        settleLayouts();
        verifyFits(show, QStringLiteral("on the next slide"));
    }

    void theSourcesOnTheChartAreNamed()
    {
        PresentationWindow* show = nullptr;
        present(show);
        if (QTest::currentTestFailed())
            return;
        auto* strip = show->findChild<QLabel*>(QStringLiteral("presentationSources"));
        QVERIFY(strip);
        QVERIFY(strip->isVisible());
        // Every number on the chart, with the publication it stands for.
        const QList<int> cited = show->chart()->citedNumbers();
        QVERIFY(cited.size() >= 5);
        for (int number : cited)
            QVERIFY2(strip->text().contains(QStringLiteral("[%1] ").arg(number)), qPrintable(strip->text()));
        QVERIFY2(strip->text().contains(dataText("LBNL 2024 report")), qPrintable(strip->text()));
        QTest::keyClick(show, Qt::Key_S);
        QVERIFY(!strip->isVisible());
        QTest::keyClick(show, Qt::Key_S);
        QVERIFY(strip->isVisible());
        // Without the projections there is nothing to name.
        QTest::keyClick(show, Qt::Key_P);
        QVERIFY(!strip->isVisible());
    }

    void aModifiedScenarioSaysSo()
    {
        f.document->setValue(Param::QueryGrowth, 0.9);
        PresentationWindow* show = nullptr;
        present(show);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(show->caption().contains(QStringLiteral("(modified)")), qPrintable(show->caption()));
        show->next(); // the same preset, as it is
        QTRY_VERIFY(!show->isAnimating());
        QVERIFY2(!show->caption().contains(QStringLiteral("(modified)")), qPrintable(show->caption()));
        QVERIFY(show->caption().startsWith(dataText("US 2024 baseline")));
    }
};

GRIDSHARE_OFFSCREEN_SCREEN("projector-1280x720.json");
QTEST_MAIN(TestPresentationFit)
#include "tst_presentation_fit.moc"
