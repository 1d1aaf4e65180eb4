// SPDX-License-Identifier: GPL-3.0-or-later
// A band's median, drawn on screen in one-pixel passes, looks as its pen draws it: the same dashes
// in the same places with about as much ink. A solid line with a disc on every point, drawn on
// screen as segments with flat ends, looks as its pen draws it. Exports, and lines of every other pen, are drawn by
// the pen itself, pixel for pixel as QCustomPlot's own graph draws them. Scatter marks stamped on
// screen cover the pixels the marks drawn each time cover; exports draw every mark.

#include "gui/charts/chart_graph.h"
#include "gui/charts/scatter_stamps.h"

#include "image_compare.h"
#include "plot_export.h"

#include <qcustomplot.h>

#include <QImage>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

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

    Chart(bool chartGraph, const QPen& pen, const QCPScatterStyle& marks = QCPScatterStyle())
    {
        plot.resize(640, 400);
        plot.setAntialiasedElements(QCP::aeAll);
        QCPGraph* graph = chartGraph ? new ChartGraph(plot.xAxis, plot.yAxis) : plot.addGraph();
        graph->setPen(pen);
        graph->setScatterStyle(marks);
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

    QImage exported() { return drawnAsExported(plot); }
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

// Marks of every kind the charts draw, in both the scenario's colours and faded, at positions that
// fall between pixels.
struct Marks {
    QCustomPlot plot;
    std::shared_ptr<ScatterStamps> stamps = std::make_shared<ScatterStamps>();

    explicit Marks(bool stamped)
    {
        plot.resize(640, 400);
        plot.setAntialiasedElements(QCP::aeAll);
        plot.xAxis->setRange(0, 10);
        plot.yAxis->setRange(0, 10);
        const QList<QCPScatterStyle::ScatterShape> shapes{QCPScatterStyle::ssDisc,    QCPScatterStyle::ssSquare,
                                                          QCPScatterStyle::ssDiamond, QCPScatterStyle::ssTriangle,
                                                          QCPScatterStyle::ssCircle,  QCPScatterStyle::ssCross};
        for (qsizetype i = 0; i < shapes.size(); ++i) {
            auto* graph = new ChartGraph(plot.xAxis, plot.yAxis, stamped ? stamps : nullptr);
            graph->setLineStyle(QCPGraph::lsNone);
            QColor colour = i % 2 ? QColor(0x1f, 0x77, 0xb4) : QColor(0xd9, 0x4c, 0x1a);
            if (i == 3)
                colour.setAlpha(110); // a replaced edition, faded
            graph->setPen(QPen(colour, 2.5));
            graph->setScatterStyle(QCPScatterStyle(shapes[i], QPen(colour, 2.5), QBrush(Qt::white), i == 0 ? 7 : 13));
            QVector<double> keys;
            QVector<double> values;
            for (int j = 0; j < 9; ++j) {
                keys.append(0.6 + j * 1.0137);
                values.append(1.1 + double(i) * 1.43 + j * 0.0731);
            }
            graph->setData(keys, values);
        }
    }

    QImage onScreen()
    {
        plot.replot();
        return plot.grab().toImage().convertToFormat(QImage::Format_RGB32);
    }
};

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

    // The scenario's lines: solid, with round ends and joints, a disc on every point.
    void aLineUnderDiscsOnScreenLooksAsItsPen_data()
    {
        QTest::addColumn<double>("width");
        QTest::newRow("scenario") << 2.5;
        QTest::newRow("high contrast") << 3.75;
    }

    void aLineUnderDiscsOnScreenLooksAsItsPen()
    {
        QFETCH(double, width);
        const QPen pen(QColor(0x1f, 0x77, 0xb4), width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        const QCPScatterStyle discs(QCPScatterStyle::ssDisc, pen.color(), 7 * width / 2.5);
        const QImage stroked = Chart(false, pen, discs).onScreen();
        const QImage segments = Chart(true, pen, discs).onScreen();
        QCOMPARE(segments.size(), stroked.size());
        QVERIFY(segments != stroked); // drawn the other way: otherwise this test would compare nothing
        const int largest = largestChannelDifference(segments, stroked);
        // Measured: 7 of 255, at the line's antialiased edges.
        QVERIFY2(largest <= 12, qPrintable(QStringLiteral("largest difference %1").arg(largest)));
    }

    void exportsDrawThePenItself()
    {
        const QImage pen = Chart(false, medianPen(1.5)).exported();
        QVERIFY(Chart(true, medianPen(1.5)).exported() == pen);
    }

    void otherPensAreDrawnAsQCustomPlotDrawsThem_data()
    {
        QTest::addColumn<QPen>("pen");
        QTest::addColumn<double>("discs"); // their size; 0: none
        const QPen solid(QColor(0x1f, 0x77, 0xb4), 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        QTest::newRow("solid") << solid << 0.0;
        QTest::newRow("solid, discs narrower than it") << solid << 4.0;
        QTest::newRow("dashed, round caps") << QPen(QColor(0x1f, 0x77, 0xb4), 2.5, Qt::DashLine, Qt::RoundCap) << 7.0;
        QTest::newRow("dotted, translucent") << [] {
            QPen pen = medianPen(1.5);
            pen.setColor(QColor(0xd9, 0x4c, 0x1a, 120));
            return pen;
        }() << 0.0;
        QTest::newRow("one pixel") << QPen(QColor(0x1f, 0x77, 0xb4), 1, Qt::DotLine, Qt::FlatCap) << 0.0;
    }

    void otherPensAreDrawnAsQCustomPlotDrawsThem()
    {
        QFETCH(QPen, pen);
        QFETCH(double, discs);
        const QCPScatterStyle marks =
            discs > 0 ? QCPScatterStyle(QCPScatterStyle::ssDisc, pen.color(), discs) : QCPScatterStyle();
        QVERIFY(Chart(true, pen, marks).onScreen() == Chart(false, pen, marks).onScreen());
    }
    // Each mark is stamped within a sixteenth of a pixel of where it is drawn: no pixel differs by
    // more than a sixth of the full range from the mark drawn there itself.
    void stampedMarksCoverWhatDrawnMarksCover()
    {
        Marks drawn(false);
        Marks stamped(true);
        const QImage expected = drawn.onScreen();
        const QImage actual = stamped.onScreen();
        QCOMPARE(actual.size(), expected.size());
        QVERIFY(stamped.stamps->size() > 0);
        const int largest = largestChannelDifference(actual, expected);
        QVERIFY2(largest <= 42, qPrintable(QStringLiteral("largest difference %1").arg(largest)));
        // Drawn again: from the same stamps, the same picture.
        const std::size_t kept = stamped.stamps->size();
        QVERIFY(stamped.onScreen() == actual);
        QCOMPARE(stamped.stamps->size(), kept);
    }

    void exportsDrawEveryMark()
    {
        Marks stamped(true);
        drawnAsExported(stamped.plot);
        QCOMPARE(stamped.stamps->size(), std::size_t(0));
    }
};

QTEST_MAIN(TestChartGraph)
#include "tst_chart_graph.moc"
