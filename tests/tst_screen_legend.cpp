// SPDX-License-Identifier: GPL-3.0-or-later
// The legend's box filled on screen: pixel for pixel the box QCustomPlot's legend draws, with the
// charts' faint frame on light and dark, high contrast's opaque frame, without a frame or a fill,
// in boxes of several sizes at several places, over grid lines; where it does not fill (a thicker
// or dotted frame, an export) QCustomPlot draws it, as before. The charts' own frame and fill are
// filled.

#include "gui/charts/screen_legend.h"
#include "plot_export.h"

#include <qcustomplot.h>

#include <QImage>
#include <QTest>

using namespace gridshare::gui;

namespace {

struct Legends {
    QCustomPlot plain;
    QCustomPlot filled;

    Legends(const QPen& frame, const QBrush& fill, const QColor& background, int entries, QMargins margins)
    {
        for (QCustomPlot* plot : {&plain, &filled}) {
            plot->resize(640, 400);
            if (plot == &filled)
                ScreenLegend::install(*plot);
            // As the charts set them: everything antialiased but fills and grid lines.
            plot->setAntialiasedElements(QCP::AntialiasedElements(
                QCP::aeAll & ~(QCP::aeFills | QCP::aeGrid | QCP::aeSubGrid | QCP::aeZeroLine)));
            plot->setBackground(background);
            plot->axisRect()->insetLayout()->setMargins(margins);
            plot->legend->setVisible(true);
            plot->legend->setBorderPen(frame);
            plot->legend->setBrush(fill);
            plot->legend->setTextColor(frame.color().lightness() < 128 ? Qt::black : Qt::white);
            for (int i = 0; i < entries; ++i) {
                QCPGraph* graph = plot->addGraph();
                graph->setName(QStringLiteral("Published range %1").arg(QString(i * 3, QLatin1Char('x'))));
                graph->setData({0, 1, 2}, {double(i), i + 0.4, i + 0.9});
            }
            plot->xAxis->setRange(0, 2.13);
            plot->yAxis->setRange(-0.3, entries + 0.77);
            plot->replot();
        }
    }
};

} // namespace

class TestScreenLegend : public QObject {
    Q_OBJECT

private slots:
    void fillsThePixelsQCustomPlotDraws_data()
    {
        QTest::addColumn<QPen>("frame");
        QTest::addColumn<QBrush>("fill");
        QTest::addColumn<QColor>("background");
        QTest::addColumn<int>("entries");
        QTest::addColumn<QMargins>("margins");
        const QColor white(Qt::white);
        const QColor dark(0x1e, 0x1e, 0x23);
        QTest::newRow("faint frame") << QPen(QColor(0, 0, 0, 40)) << QBrush(white) << white << 3
                                     << QMargins(12, 12, 12, 12);
        QTest::newRow("light frame on dark")
            << QPen(QColor(255, 255, 255, 40)) << QBrush(dark) << dark << 2 << QMargins(13, 7, 12, 12);
        QTest::newRow("high contrast") << QPen(Qt::black) << QBrush(white) << white << 5 << QMargins(9, 14, 12, 12);
        QTest::newRow("cosmetic frame") << QPen(QColor(10, 20, 30, 40), 0) << QBrush(white) << white << 1
                                        << QMargins(12, 12, 12, 12);
        QTest::newRow("see-through fill") << QPen(QColor(0, 0, 0, 40)) << QBrush(QColor(250, 250, 250, 200)) << white
                                          << 2 << QMargins(12, 12, 12, 12);
        QTest::newRow("no frame") << QPen(Qt::NoPen) << QBrush(white) << dark << 2 << QMargins(12, 12, 12, 12);
        QTest::newRow("no fill") << QPen(QColor(0, 0, 0, 40)) << QBrush(Qt::NoBrush) << white << 2
                                 << QMargins(11, 12, 12, 12);
        // QCustomPlot draws these itself.
        QTest::newRow("thick frame") << QPen(Qt::black, 2) << QBrush(white) << white << 2 << QMargins(12, 12, 12, 12);
        QTest::newRow("dotted frame") << QPen(Qt::black, 1, Qt::DotLine) << QBrush(white) << white << 2
                                      << QMargins(12, 12, 12, 12);
    }
    void fillsThePixelsQCustomPlotDraws()
    {
        QFETCH(QPen, frame);
        QFETCH(QBrush, fill);
        QFETCH(QColor, background);
        QFETCH(int, entries);
        QFETCH(QMargins, margins);
        Legends legends(frame, fill, background, entries, margins);
        QVERIFY(dynamic_cast<ScreenLegend*>(legends.filled.legend));
        const QImage plain = legends.plain.grab().toImage();
        QVERIFY(legends.filled.grab().toImage() == plain);
        // And the box is there: hidden, the picture changes.
        legends.plain.legend->setVisible(false);
        legends.plain.replot();
        QVERIFY(legends.plain.grab().toImage() != plain);
        legends.plain.legend->setVisible(true);
        legends.plain.replot();
        QVERIFY(drawnAsExported(legends.filled) == drawnAsExported(legends.plain));
    }

    void fillsTheChartsBoxesOnScreenOnly()
    {
        QImage image(64, 64, QImage::Format_ARGB32_Premultiplied);
        const QSize size(180, 90);
        {
            QCPPainter painter(&image); // as a replot's painter, drawing the legend antialiased
            painter.setAntialiasing(true);
            // The charts' frames (faint, light on dark, high contrast) and fills.
            for (const QColor frame : {QColor(0, 0, 0, 40), QColor(255, 255, 255, 40), QColor(Qt::black)})
                QVERIFY(ScreenLegend::fills(painter, QPen(frame), QBrush(Qt::white), size));
            QVERIFY(ScreenLegend::fills(painter, QPen(Qt::NoPen), QBrush(Qt::NoBrush), size));
            QVERIFY(!ScreenLegend::fills(painter, QPen(Qt::black, 2), QBrush(Qt::white), size));
            QVERIFY(!ScreenLegend::fills(painter, QPen(Qt::black, 1, Qt::DashLine), QBrush(Qt::white), size));
            QVERIFY(!ScreenLegend::fills(painter, QPen(Qt::black), QBrush(Qt::white, Qt::Dense4Pattern), size));
            QVERIFY(!ScreenLegend::fills(painter, QPen(Qt::black), QBrush(Qt::white), QSize(3, 90)));
            painter.scale(2, 2); // an export at 2x
            QVERIFY(!ScreenLegend::fills(painter, QPen(Qt::black), QBrush(Qt::white), size));
        }
        {
            QCPPainter painter(&image);
            painter.setMode(QCPPainter::pmVectorized);
            painter.setAntialiasing(true);
            QVERIFY(!ScreenLegend::fills(painter, QPen(Qt::black), QBrush(Qt::white), size));
        }
    }

    void keepsThePlotsPlaceAndSettings()
    {
        QCustomPlot plot;
        plot.legend->setBorderPen(QPen(Qt::red, 1));
        plot.legend->setFont(QFont(QStringLiteral("DejaVu Sans"), 17));
        plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignLeft | Qt::AlignBottom);
        ScreenLegend::install(plot);
        QVERIFY(dynamic_cast<ScreenLegend*>(plot.legend));
        QCOMPARE(plot.axisRect()->insetLayout()->elementCount(), 1);
        QCOMPARE(plot.axisRect()->insetLayout()->elementAt(0), plot.legend);
        QCOMPARE(plot.axisRect()->insetLayout()->insetAlignment(0), Qt::AlignLeft | Qt::AlignBottom);
        QCOMPARE(plot.legend->borderPen(), QPen(Qt::red, 1));
        QCOMPARE(plot.legend->font().pointSize(), 17);
        QVERIFY(!plot.legend->visible());
        QCOMPARE(plot.legend->layer(), plot.layer(QStringLiteral("legend")));
        // Plottables go into it.
        plot.addGraph()->setName(QStringLiteral("a line"));
        QCOMPARE(plot.legend->itemCount(), 1);
    }
};

QTEST_MAIN(TestScreenLegend)
#include "tst_screen_legend.moc"
