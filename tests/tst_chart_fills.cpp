// SPDX-License-Identifier: GPL-3.0-or-later
// What the charts leave unfilled, because the chart's background already shows there, looks as if
// filled; and what must hide what is under it does: the legend inside the plot hides the grid.

#include "window_fixture.h"

#include "gui/charts/chart_page.h"

#include <qcustomplot.h>

#include <QTest>

#include <cmath>

using namespace gridshare;
using namespace gridshare::gui;

class TestChartFills : public QObject {
    Q_OBJECT

    testing::WindowFixture f;

    QCustomPlot* shownSharePlot(QSize size)
    {
        f.window->resize(size);
        f.window->show();
        if (!QTest::qWaitForWindowExposed(f.window.get()))
            return nullptr;
        for (int turn = 0; turn < 5; ++turn)
            QCoreApplication::processEvents();
        return f.window->page(ChartView::Share)->plot();
    }

    static QImage drawn(QCustomPlot* plot)
    {
        plot->replot(QCustomPlot::rpImmediateRefresh);
        return plot->grab().toImage().convertToFormat(QImage::Format_RGB32);
    }

private slots:
    void initTestCase() { testing::WindowFixture::enableTestMode(); }
    void init() { f.create(); }
    void cleanup() { f.destroy(); }

    void unfilledLooksFilled()
    {
        // At 1280x720 the legend stands under the plot.
        QCustomPlot* plot = shownSharePlot(QSize(1280, 720));
        QVERIFY(plot);
        QVERIFY(plot->legend->layout() != plot->axisRect()->insetLayout());
        const QImage unfilled = drawn(plot);
        const QBrush base(plot->palette().color(QPalette::Base));
        plot->legend->setBrush(base);
        plot->axisRect()->setBackground(base);
        QVERIFY(drawn(plot) == unfilled);
    }

    void theLegendInsideHidesTheGrid()
    {
        // At 1600x900 it stands in the plot's top-left corner, over grid lines.
        QCustomPlot* plot = shownSharePlot(QSize(1600, 900));
        QVERIFY(plot);
        QVERIFY(plot->legend->layout() == plot->axisRect()->insetLayout());
        const QImage image = drawn(plot);
        const QRect legend = plot->legend->outerRect();
        const QRect area = plot->axisRect()->rect();
        int rows = 0;
        for (double tick = 0; tick <= plot->yAxis->range().upper; tick += 1) {
            const int y = int(std::lround(plot->yAxis->coordToPixel(tick)));
            if (y <= legend.top() + 2 || y >= legend.bottom() - 2)
                continue;
            const QRgb grid = image.pixel(area.right() - 3, y);
            if (grid == plot->palette().color(QPalette::Base).rgb())
                continue; // no grid line at this value
            ++rows;
            int gridPixels = 0;
            for (int x = legend.left() + 2; x < legend.right() - 2; ++x)
                gridPixels += image.pixel(x, y) == grid ? 1 : 0;
            QVERIFY2(gridPixels < legend.width() / 10,
                     qPrintable(QStringLiteral("the grid line at %1 shows in %2 of the legend's %3 pixels")
                                    .arg(tick)
                                    .arg(gridPixels)
                                    .arg(legend.width())));
        }
        QVERIFY(rows > 0); // some grid line passes behind the legend
    }
};

QTEST_MAIN(TestChartFills)
#include "tst_chart_fills.moc"
