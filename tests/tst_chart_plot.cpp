// SPDX-License-Identifier: GPL-3.0-or-later
// The plot the charts draw in (chart_plot.h) shows in the window what QCustomPlot shows, to the
// rounding of a partly covered pixel: its paint buffer cleared to an opaque background and copied,
// where QCustomPlot fills the background and blends a transparent buffer over it; on light and dark
// backgrounds. A window being shown, which resizes its
// charts several times before its first frame, replots each chart once.

#include "gui/charts/chart_plot.h"

#include "image_compare.h"

#include <qcustomplot.h>

#include <QImage>
#include <QScreen>
#include <QTest>

using namespace gridshare::gui;

namespace {

// What the charts draw: antialiased lines with marks, a band filled between two graphs, grid, axis
// titles, a legend inside the plot, a text item.
void drawAChart(QCustomPlot& plot, const QColor& background, const QColor& ink)
{
    plot.resize(720, 450);
    plot.setBackground(background);
    plot.setAntialiasedElements(QCP::aePlottables | QCP::aeItems);
    for (QCPAxis* axis : {plot.xAxis, plot.yAxis}) {
        axis->setBasePen(QPen(ink));
        axis->setTickPen(QPen(ink));
        axis->setTickLabelColor(ink);
        axis->setLabelColor(ink);
        axis->grid()->setPen(QPen(QColor(ink.red(), ink.green(), ink.blue(), 40)));
    }
    plot.xAxis->setLabel(QStringLiteral("Year"));
    plot.yAxis->setLabel(QStringLiteral("Share of electricity (%)"));
    const QVector<double> years{2024, 2025, 2026, 2027, 2028, 2029, 2030};
    QCPGraph* low = plot.addGraph();
    QCPGraph* high = plot.addGraph();
    low->setData(years, {1.0, 1.3, 1.7, 2.2, 2.8, 3.5, 4.4});
    high->setData(years, {1.4, 2.0, 2.9, 4.1, 5.6, 7.4, 9.6});
    low->setPen(Qt::NoPen);
    high->setPen(Qt::NoPen);
    high->setBrush(QColor(0xd9, 0x4c, 0x1a, 60));
    high->setChannelFillGraph(low);
    QCPGraph* line = plot.addGraph();
    line->setName(QStringLiteral("This scenario"));
    line->setData(years, {1.2, 1.6, 2.2, 3.0, 4.0, 5.2, 6.7});
    line->setPen(QPen(QColor(0xd9, 0x4c, 0x1a), 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 7));
    plot.legend->setVisible(true);
    plot.legend->setBrush(background);
    plot.legend->setTextColor(ink);
    auto* text = new QCPItemText(&plot);
    text->position->setCoords(2026.5, 8);
    text->setText(QStringLiteral("IEA 2025: 945 TWh"));
    text->setColor(ink);
    plot.xAxis->setRange(2023.6, 2030.4);
    plot.yAxis->setRange(0, 10.3);
}

// What the window shows once the plot is shown and replotted: the window's own pixels (the
// offscreen screen's copy of it), not the plot drawn again by grab().
QImage shownInItsWindow(QCustomPlot& plot)
{
    plot.show();
    if (!QTest::qWaitForWindowExposed(&plot))
        return QImage();
    QCoreApplication::processEvents();
    plot.replot(QCustomPlot::rpImmediateRefresh);
    return plot.screen()->grabWindow(plot.winId()).toImage().convertToFormat(QImage::Format_RGB32);
}

} // namespace

class TestChartPlot : public QObject {
    Q_OBJECT

private slots:
    void showsWhatQCustomPlotShows_data()
    {
        QTest::addColumn<QColor>("background");
        QTest::addColumn<QColor>("ink");
        QTest::newRow("light") << QColor(Qt::white) << QColor(0x20, 0x20, 0x20);
        QTest::newRow("dark") << QColor(0x1e, 0x1f, 0x22) << QColor(0xe8, 0xe8, 0xe8);
    }

    void showsWhatQCustomPlotShows()
    {
        QFETCH(QColor, background);
        QFETCH(QColor, ink);
        ChartPlot ours(nullptr);
        QCustomPlot theirs;
        drawAChart(ours, background, ink);
        drawAChart(theirs, background, ink);
        QCOMPARE(ours.opaqueBackground(), background);
        const QImage shown = shownInItsWindow(ours);
        const QImage expected = shownInItsWindow(theirs);
        QVERIFY(!shown.isNull());
        QCOMPARE(shown.size(), expected.size());
        // Blended once onto the background rather than onto transparent and then over it: a pixel
        // an edge partly covers may round to the next level (at most 2 of 255 here, on a few
        // hundred pixels); nothing else may differ.
        QVERIFY2(largestChannelDifference(shown, expected) <= 2, "the chart's window differs from QCustomPlot's");
        // The picture is a chart, not two empty ones: the line's colour is in it.
        bool lineDrawn = false;
        for (int y = 0; y < shown.height() && !lineDrawn; ++y)
            for (int x = 0; x < shown.width() && !lineDrawn; ++x)
                lineDrawn = shown.pixel(x, y) == QColor(0xd9, 0x4c, 0x1a).rgb();
        QVERIFY(lineDrawn);
    }

    void aWindowBeingShownReplotsItsChartOnce()
    {
        QWidget window;
        auto* plot = new ChartPlot(&window);
        drawAChart(*plot, Qt::white, Qt::black);
        int replots = 0;
        connect(plot, &QCustomPlot::afterReplot, plot, [&replots] { ++replots; });
        for (const QSize size : {QSize(300, 200), QSize(640, 400), QSize(800, 500)})
            plot->resize(size);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        QCOMPARE(replots, 1);
        QCOMPARE(plot->viewport().size(), QSize(800, 500)); // the last size it was given
        // Once painted, a resize redraws at once, as QCustomPlot does.
        plot->resize(700, 450);
        QCoreApplication::processEvents();
        QCOMPARE(replots, 2);
    }
};

QTEST_MAIN(TestChartPlot)
#include "tst_chart_plot.moc"
