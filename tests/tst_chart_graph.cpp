// SPDX-License-Identifier: GPL-3.0-or-later
// A band's median, drawn on screen in one-pixel passes, looks as its pen draws it: the same dashes
// in the same places with about as much ink. Exports, and lines of every other pen, are drawn by
// the pen itself, pixel for pixel as QCustomPlot's own graph draws them.

#include "gui/charts/chart_graph.h"

#include <qcustomplot.h>

#include <QImage>
#include <QTest>

#include <cmath>

using namespace gridshare::gui;

namespace {

QPen medianPen(double width)
{
    QPen pen(QColor(0xd9, 0x4c, 0x1a), width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    pen.setDashPattern({2, 1});
    return pen;
}

// One line on a chart, drawn by QCustomPlot's graph or by the chart's own.
struct Chart {
    QCustomPlot plot;

    Chart(bool chartGraph, const QPen& pen)
    {
        plot.resize(640, 400);
        plot.setAntialiasedElements(QCP::aeAll);
        QCPGraph* graph = chartGraph ? new ChartGraph(plot.xAxis, plot.yAxis) : plot.addGraph();
        graph->setPen(pen);
        // Shallow, then steep: the passes must keep the width whatever the line's slope.
        graph->setData({2020, 2022, 2024, 2026, 2028, 2030}, {1.0, 1.4, 2.2, 3.6, 5.5, 8.9});
        plot.xAxis->setRange(2019.5, 2030.5);
        plot.yAxis->setRange(0, 9.5);
    }

    QImage onScreen()
    {
        plot.replot();
        return plot.grab().toImage().convertToFormat(QImage::Format_RGB32);
    }

    QImage exported()
    {
        QImage image(640, 400, QImage::Format_RGB32);
        image.fill(Qt::white);
        QCPPainter painter(&image);
        plot.toPainter(&painter, 640, 400); // as a PNG export draws
        return image;
    }
};

// How far a pixel is from white, 0 to 1.
double inkOf(QRgb pixel)
{
    return (765.0 - qRed(pixel) - qGreen(pixel) - qBlue(pixel)) / 765.0;
}

double totalInk(const QImage& image)
{
    double sum = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            sum += inkOf(image.pixel(x, y));
    return sum;
}

// The share of 3x3 blocks, among those with ink in either picture, whose mean ink differs by more
// than a quarter: where a dash of one picture is a gap of the other, or a line is thinner.
double differingBlocks(const QImage& a, const QImage& b)
{
    constexpr int kBlock = 3;
    int inked = 0;
    int differing = 0;
    for (int by = 0; by + kBlock <= a.height(); by += kBlock)
        for (int bx = 0; bx + kBlock <= a.width(); bx += kBlock) {
            double inkA = 0;
            double inkB = 0;
            for (int y = by; y < by + kBlock; ++y)
                for (int x = bx; x < bx + kBlock; ++x) {
                    inkA += inkOf(a.pixel(x, y));
                    inkB += inkOf(b.pixel(x, y));
                }
            inkA /= kBlock * kBlock;
            inkB /= kBlock * kBlock;
            if (inkA > 0.02 || inkB > 0.02) {
                ++inked;
                differing += std::abs(inkA - inkB) > 0.25;
            }
        }
    return inked == 0 ? 1.0 : double(differing) / inked;
}

} // namespace

class TestChartGraph : public QObject {
    Q_OBJECT

private slots:
    void aMedianOnScreenLooksAsItsPen_data()
    {
        QTest::addColumn<double>("width");
        QTest::newRow("median") << 1.5;
        QTest::newRow("high contrast") << 2.25;
    }

    void aMedianOnScreenLooksAsItsPen()
    {
        QFETCH(double, width);
        QVERIFY(ChartGraph::drawnInPasses(medianPen(width)));
        const QImage pen = Chart(false, medianPen(width)).onScreen();
        const QImage passes = Chart(true, medianPen(width)).onScreen();
        QCOMPARE(passes.size(), pen.size());
        QVERIFY(passes != pen); // drawn the other way: otherwise this test would compare nothing
        // About as much ink, within 12 %, and in the same places: at most 3 % of the inked blocks
        // of three pixels square differ by more than a quarter of full ink.
        const double ratio = totalInk(passes) / totalInk(pen);
        QVERIFY2(ratio > 0.88 && ratio < 1.12, qPrintable(QStringLiteral("ink ratio %1").arg(ratio)));
        const double differing = differingBlocks(passes, pen);
        QVERIFY2(differing < 0.03, qPrintable(QStringLiteral("differing blocks %1").arg(differing)));
    }

    void exportsDrawThePenItself()
    {
        const QImage pen = Chart(false, medianPen(1.5)).exported();
        QVERIFY(Chart(true, medianPen(1.5)).exported() == pen);
    }

    void otherPensAreDrawnAsQCustomPlotDrawsThem_data()
    {
        QTest::addColumn<QPen>("pen");
        QTest::newRow("solid") << QPen(QColor(0x1f, 0x77, 0xb4), 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        QTest::newRow("dashed, round caps") << QPen(QColor(0x1f, 0x77, 0xb4), 2.5, Qt::DashLine, Qt::RoundCap);
        QTest::newRow("dotted, translucent") << [] {
            QPen pen = medianPen(1.5);
            pen.setColor(QColor(0xd9, 0x4c, 0x1a, 120));
            return pen;
        }();
        QTest::newRow("one pixel") << QPen(QColor(0x1f, 0x77, 0xb4), 1, Qt::DotLine, Qt::FlatCap);
    }

    void otherPensAreDrawnAsQCustomPlotDrawsThem()
    {
        QFETCH(QPen, pen);
        QVERIFY(Chart(true, pen).onScreen() == Chart(false, pen).onScreen());
    }
};

QTEST_MAIN(TestChartGraph)
#include "tst_chart_graph.moc"
