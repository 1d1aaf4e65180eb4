// SPDX-License-Identifier: GPL-3.0-or-later
// Legend icons stamped on screen are the icons the legend draws itself: lines round-capped and
// dashed, fills, marks alone and on lines, light and dark, the painter antialiased or not. Each
// look is drawn once; exports draw every icon.

#include "gui/charts/legend_icon_stamps.h"
#include "gui/charts/measured_text.h"
#include "gui/charts/shaped_text.h"

#include "image_compare.h"
#include "plot_export.h"

#include <qcustomplot.h>

#include <QImage>
#include <QTest>

#include <memory>

using namespace gridshare::gui;

namespace {

struct Chart {
    QCustomPlot plot;
    std::shared_ptr<LegendIconStamps> icons = std::make_shared<LegendIconStamps>();
    std::shared_ptr<ShapedTexts> shapes = std::make_shared<ShapedTexts>(); // as the charts draw their entries

    Chart(bool stamped, bool dark, bool antialiased)
    {
        plot.resize(640, 400);
        if (dark) {
            plot.setBackground(QColor(0x1e, 0x1e, 0x23));
            plot.legend->setBrush(QColor(0x2a, 0x2a, 0x30));
        }
        if (antialiased)
            plot.setAntialiasedElements(QCP::aeAll);
        else
            plot.setNotAntialiasedElements(QCP::aeAll);
        plot.setAutoAddPlottableToLegend(false);
        plot.legend->setVisible(true);
        const auto sizes = std::make_shared<LegendEntrySizes>();
        const QColor orange(0xd9, 0x4c, 0x1a);
        const QColor blue(0x1f, 0x77, 0xb4);
        auto add = [&](const QString& name) {
            QCPGraph* graph = plot.addGraph();
            addMeasuredLegendEntry(graph, sizes, shapes, stamped ? icons : nullptr);
            graph->setName(name);
            return graph;
        };
        QCPGraph* line = add(QStringLiteral("line with discs"));
        line->setPen(QPen(orange, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, orange, 7));
        QCPGraph* dashed = add(QStringLiteral("dashed"));
        dashed->setPen(QPen(blue, 2.5, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
        QCPGraph* band = add(QStringLiteral("range"));
        band->setPen(Qt::NoPen);
        band->setBrush(QColor(0x1f, 0x77, 0xb4, 45));
        QCPGraph* median = add(QStringLiteral("median"));
        QPen dots(blue, 1.5, Qt::SolidLine, Qt::FlatCap);
        dots.setDashPattern({2, 1});
        median->setPen(dots);
        for (QCPScatterStyle::ScatterShape shape : {QCPScatterStyle::ssSquare, QCPScatterStyle::ssDiamond}) {
            QCPGraph* marks = add(QStringLiteral("marks"));
            marks->setLineStyle(QCPGraph::lsNone);
            marks->setPen(QPen(blue, 2.5));
            marks->setScatterStyle(QCPScatterStyle(shape, QPen(blue, 2.5), QBrush(Qt::white), 13));
        }
    }

    QImage onScreen()
    {
        plot.replot();
        return plot.grab().toImage().convertToFormat(QImage::Format_RGB32);
    }
};

} // namespace

class TestLegendIconStamps : public QObject {
    Q_OBJECT

private slots:
    void stampsAreTheIconsDrawn_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<bool>("antialiased");
        QTest::newRow("light") << false << true;
        QTest::newRow("dark") << true << true;
        QTest::newRow("not antialiased") << false << false;
    }

    void stampsAreTheIconsDrawn()
    {
        QFETCH(bool, dark);
        QFETCH(bool, antialiased);
        Chart drawn(false, dark, antialiased);
        Chart stamped(true, dark, antialiased);
        const QImage expected = drawn.onScreen();
        const QImage actual = stamped.onScreen();
        QCOMPARE(actual.size(), expected.size());
        // One stamp a look: the two mark-only entries differ by their shape.
        QCOMPARE(stamped.icons->size(), std::size_t(6));
        // Drawn into a transparent image and laid on the legend, the icon's colours are rounded
        // once more: a step of the 255 (measured: 1).
        const int largest = largestChannelDifference(actual, expected);
        QVERIFY2(largest <= 2, qPrintable(QStringLiteral("largest difference %1").arg(largest)));
        QVERIFY(stamped.onScreen() == actual);
        QCOMPARE(stamped.icons->size(), std::size_t(6));
    }

    // A stamp is for one look: a changed pen draws a new one.
    void aChangedLookIsDrawnAnew()
    {
        Chart stamped(true, false, true);
        stamped.onScreen();
        QCPGraph* line = stamped.plot.graph(0);
        line->setPen(QPen(QColor(0x2c, 0xa0, 0x2c), 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        const QImage actual = stamped.onScreen();
        QCOMPARE(stamped.icons->size(), std::size_t(7));
        Chart drawn(false, false, true);
        drawn.plot.graph(0)->setPen(line->pen());
        QVERIFY(largestChannelDifference(actual, drawn.onScreen()) <= 2);
    }

    void exportsDrawEveryIcon()
    {
        Chart stamped(true, false, true);
        drawnAsExported(stamped.plot);
        QCOMPARE(stamped.icons->size(), std::size_t(0));
    }
};

QTEST_MAIN(TestLegendIconStamps)
#include "tst_legend_icon_stamps.moc"
