// SPDX-License-Identifier: GPL-3.0-or-later
// The grid filled as rectangles on screen: pixel for pixel the lines QCustomPlot's grid strokes,
// in the charts' faint and opaque colours, at ticks that fall between pixels; where it does not
// fill (a zero line, a thinner pen, antialiasing, an export) QCustomPlot draws it, as before.

#include "gui/charts/screen_grid.h"
#include "plot_export.h"

#include <qcustomplot.h>

#include <QImage>
#include <QTest>

#include <memory>

using namespace gridshare::gui;

namespace {

struct Grids {
    QCustomPlot plain;
    QCustomPlot filled;

    Grids(const QPen& pen, QCPRange x, QCPRange y, bool antialiased, const QColor& background)
    {
        for (QCustomPlot* plot : {&plain, &filled}) {
            plot->resize(640, 400);
            plot->setBackground(background);
            if (plot == &filled)
                for (QCPAxis* axis : {plot->xAxis, plot->yAxis})
                    ScreenGrid::install(*axis);
            for (QCPAxis* axis : {plot->xAxis, plot->yAxis}) {
                axis->grid()->setPen(pen);
                axis->grid()->setZeroLinePen(QPen(pen.color(), 1));
                axis->grid()->setAntialiased(antialiased);
            }
            plot->xAxis->setRange(x);
            plot->yAxis->setRange(y);
            plot->replot();
        }
    }
};

} // namespace

class TestScreenGrid : public QObject {
    Q_OBJECT

private slots:
    void fillsThePixelsTheLinesCover_data()
    {
        QTest::addColumn<QPen>("pen");
        QTest::addColumn<QCPRange>("x");
        QTest::addColumn<QCPRange>("y");
        QTest::addColumn<bool>("antialiased");
        QTest::addColumn<QColor>("background");
        const QPen faint(QColor(0, 0, 0, 24), 1);
        const QPen light(QColor(255, 255, 255, 24), 1);
        const QPen opaque(Qt::black, 1);
        QTest::newRow("faint, ticks between pixels")
            << faint << QCPRange(2019.3, 2031.7) << QCPRange(0, 9.3) << false << QColor(Qt::white);
        QTest::newRow("light on the dark theme")
            << light << QCPRange(2022, 2030) << QCPRange(0, 27.5) << false << QColor(0x1e, 0x1e, 0x23);
        QTest::newRow("opaque") << opaque << QCPRange(0.37, 1.91) << QCPRange(13, 1377) << false << QColor(Qt::white);
        QTest::newRow("cosmetic") << QPen(Qt::black, 0) << QCPRange(0, 1) << QCPRange(0, 1) << false
                                  << QColor(Qt::white);
        // QCustomPlot draws these itself.
        QTest::newRow("a zero line") << faint << QCPRange(-3, 7) << QCPRange(-1.5, 9.3) << false << QColor(Qt::white);
        QTest::newRow("high contrast's thinner pen")
            << QPen(Qt::black, 0.6) << QCPRange(2019.3, 2031.7) << QCPRange(0, 9.3) << false << QColor(Qt::white);
        QTest::newRow("antialiased") << faint << QCPRange(2019.3, 2031.7) << QCPRange(0, 9.3) << true
                                     << QColor(Qt::white);
        QTest::newRow("dotted") << QPen(Qt::black, 1, Qt::DotLine) << QCPRange(0, 10) << QCPRange(0, 10) << false
                                << QColor(Qt::white);
    }
    void fillsThePixelsTheLinesCover()
    {
        QFETCH(QPen, pen);
        QFETCH(QCPRange, x);
        QFETCH(QCPRange, y);
        QFETCH(bool, antialiased);
        QFETCH(QColor, background);
        Grids grids(pen, x, y, antialiased, background);
        const QImage plain = grids.plain.grab().toImage();
        QVERIFY(grids.filled.grab().toImage() == plain);
        // And the lines are there: a grid the colour of the background would compare equal too.
        QImage none(plain.size(), plain.format());
        {
            QCustomPlot bare;
            bare.resize(640, 400);
            bare.setBackground(background);
            for (QCPAxis* axis : {bare.xAxis, bare.yAxis})
                axis->grid()->setVisible(false);
            bare.xAxis->setRange(x);
            bare.yAxis->setRange(y);
            bare.replot();
            none = bare.grab().toImage();
        }
        QVERIFY(plain != none);
        QVERIFY(drawnAsExported(grids.filled) == drawnAsExported(grids.plain));
    }

    void keepsTheAxisSettings()
    {
        QCustomPlot plot;
        QCPGrid* before = plot.yAxis->grid();
        before->setPen(QPen(Qt::red, 1));
        before->setSubGridVisible(true);
        before->setZeroLinePen(Qt::NoPen);
        before->setVisible(false);
        ScreenGrid::install(*plot.yAxis);
        QCPGrid* after = plot.yAxis->grid();
        QVERIFY(dynamic_cast<ScreenGrid*>(after));
        QCOMPARE(after->pen(), QPen(Qt::red, 1));
        QVERIFY(after->subGridVisible());
        QCOMPARE(after->zeroLinePen().style(), Qt::NoPen);
        QVERIFY(!after->visible());
        QCOMPARE(after->layer(), plot.layer(QStringLiteral("grid")));
    }
};

QTEST_MAIN(TestScreenGrid)
#include "tst_screen_grid.moc"
