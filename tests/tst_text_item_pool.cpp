// SPDX-License-Identifier: GPL-3.0-or-later
// Text items and range bars kept from one drawing to the next are given out again as new ones:
// every setting a chart may have changed is back as made, and the item stands last in the drawing
// order and in the plot's items, where a new one would. Those not given out again leave the plot.

#include "gui/charts/range_bar_pool.h"
#include "gui/charts/shaped_text_item.h"
#include "gui/charts/text_item_pool.h"

#include <qcustomplot.h>

#include <QTest>

using namespace gridshare::gui;

namespace {

// Everything a chart sets on a text item.
void changeEverything(QCPItemText& item, QCustomPlot& plot, QCPItemText& anchor)
{
    item.setText(QStringLiteral("[12]"));
    QFont bold = item.font();
    bold.setBold(true);
    bold.setPointSizeF(17);
    item.setFont(bold);
    item.setSelectedFont(bold);
    item.setColor(Qt::red);
    item.setSelectedColor(Qt::green);
    item.setPen(QPen(Qt::blue, 3));
    item.setSelectedPen(QPen(Qt::cyan));
    item.setBrush(Qt::yellow);
    item.setSelectedBrush(Qt::magenta);
    item.setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    item.setTextAlignment(Qt::AlignRight);
    item.setRotation(-30);
    item.setPadding(QMargins(1, 2, 3, 4));
    item.setClipToAxisRect(false);
    item.setSelectable(false);
    item.setAntialiased(false);
    item.setLayer(QStringLiteral("overlay"));
    item.position->setType(QCPItemPosition::ptAxisRectRatio);
    item.position->setAxes(plot.yAxis, plot.xAxis);
    item.position->setParentAnchor(anchor.bottom);
    item.position->setCoords(0.3, 0.7);
}

void compareWithNew(const QCPItemPosition& at, const QCPItemPosition& made)
{
    QCOMPARE(at.typeX(), made.typeX());
    QCOMPARE(at.typeY(), made.typeY());
    QCOMPARE(at.keyAxis(), made.keyAxis());
    QCOMPARE(at.valueAxis(), made.valueAxis());
    QCOMPARE(at.axisRect(), made.axisRect());
    QCOMPARE(at.parentAnchorX(), made.parentAnchorX());
    QCOMPARE(at.parentAnchorY(), made.parentAnchorY());
    QCOMPARE(at.coords(), made.coords());
}

// Everything a chart sets on a range bar.
void changeEverything(QCPItemLine& bar, QCustomPlot& plot, QCPItemText& anchor)
{
    bar.setPen(QPen(Qt::blue, 4, Qt::DashLine, Qt::FlatCap));
    bar.setSelectedPen(QPen(Qt::cyan));
    bar.setHead(QCPLineEnding(QCPLineEnding::esBar, 16));
    bar.setTail(QCPLineEnding(QCPLineEnding::esDisc, 9));
    bar.setClipToAxisRect(false);
    bar.setSelectable(false);
    bar.setAntialiased(false);
    bar.setLayer(QStringLiteral("grid"));
    bar.start->setType(QCPItemPosition::ptAxisRectRatio);
    bar.start->setAxes(plot.yAxis, plot.xAxis);
    bar.start->setParentAnchor(anchor.bottom);
    bar.start->setCoords(0.3, 0.7);
    bar.end->setCoords(2030, 25);
}

void compareWithNew(const QCPItemLine& bar, const QCPItemLine& made)
{
    QCOMPARE(bar.pen(), made.pen());
    QCOMPARE(bar.selectedPen(), made.selectedPen());
    QCOMPARE(bar.head().style(), made.head().style());
    QCOMPARE(bar.head().width(), made.head().width());
    QCOMPARE(bar.tail().style(), made.tail().style());
    QCOMPARE(bar.tail().length(), made.tail().length());
    QCOMPARE(bar.clipToAxisRect(), made.clipToAxisRect());
    QCOMPARE(bar.clipAxisRect(), made.clipAxisRect());
    QCOMPARE(bar.selectable(), made.selectable());
    QCOMPARE(bar.selected(), made.selected());
    QCOMPARE(bar.antialiased(), made.antialiased());
    QCOMPARE(bar.visible(), made.visible());
    QCOMPARE(bar.layer(), made.layer());
    compareWithNew(*bar.start, *made.start);
    compareWithNew(*bar.end, *made.end);
}

void compareWithNew(const QCPItemText& item, const QCPItemText& made)
{
    QCOMPARE(item.text(), made.text());
    QCOMPARE(item.font(), made.font());
    QCOMPARE(item.selectedFont(), made.selectedFont());
    QCOMPARE(item.color(), made.color());
    QCOMPARE(item.selectedColor(), made.selectedColor());
    QCOMPARE(item.pen(), made.pen());
    QCOMPARE(item.selectedPen(), made.selectedPen());
    QCOMPARE(item.brush(), made.brush());
    QCOMPARE(item.selectedBrush(), made.selectedBrush());
    QCOMPARE(item.positionAlignment(), made.positionAlignment());
    QCOMPARE(item.textAlignment(), made.textAlignment());
    QCOMPARE(item.rotation(), made.rotation());
    QCOMPARE(item.padding(), made.padding());
    QCOMPARE(item.clipToAxisRect(), made.clipToAxisRect());
    QCOMPARE(item.clipAxisRect(), made.clipAxisRect());
    QCOMPARE(item.selectable(), made.selectable());
    QCOMPARE(item.selected(), made.selected());
    QCOMPARE(item.antialiased(), made.antialiased());
    QCOMPARE(item.visible(), made.visible());
    QCOMPARE(item.layer(), made.layer());
    compareWithNew(*item.position, *made.position);
}

} // namespace

class TestTextItemPool : public QObject {
    Q_OBJECT

private slots:
    void anItemGivenOutAgainIsAsMade()
    {
        QCustomPlot plot;
        TextItemPool pool(&plot, nullptr);
        ShapedTextItem* first = pool.take();
        ShapedTextItem* second = pool.take();
        auto* anchor = new QCPItemText(&plot); // the plot owns its items
        changeEverything(*first, plot, *anchor);
        first->setSelected(true);
        QCOMPARE(plot.itemCount(), 3);

        // A drawing begins: the pool's items kept, hidden; others left to the chart.
        QVERIFY(pool.reclaim(first));
        QVERIFY(pool.reclaim(second));
        QVERIFY(!pool.reclaim(anchor));
        QVERIFY(!first->visible() && !second->visible());
        auto* line = new QCPItemLine(&plot); // made in this drawing before the label

        ShapedTextItem* again = pool.take();
        QCOMPARE(again, first);
        // Last in the drawing order and in the plot's items, after the line made before it.
        QCOMPARE(again->layer()->children().last(), again);
        QCOMPARE(plot.item(plot.itemCount() - 1), again);
        QCOMPARE(plot.item(plot.itemCount() - 2), line);

        // The drawing ends: what it did not take again leaves the plot.
        pool.dropUnused();
        QVERIFY(!plot.hasItem(second));
        QCOMPARE(plot.itemCount(), 3);

        compareWithNew(*again, *new ShapedTextItem(&plot, nullptr));
    }

    void aBarGivenOutAgainIsAsMade()
    {
        QCustomPlot plot;
        RangeBarPool pool(&plot);
        RangeBarItem* first = pool.take();
        RangeBarItem* second = pool.take();
        auto* anchor = new QCPItemText(&plot);
        changeEverything(*first, plot, *anchor);
        first->setSelected(true);

        QVERIFY(pool.reclaim(first));
        QVERIFY(pool.reclaim(second));
        QVERIFY(!pool.reclaim(anchor));
        QVERIFY(!pool.reclaim(new QCPItemLine(&plot))); // a line item the pool did not make
        QVERIFY(!first->visible() && !second->visible());
        auto* label = new QCPItemText(&plot); // made in this drawing before the bar

        RangeBarItem* again = pool.take();
        QCOMPARE(again, first);
        QCOMPARE(again->layer()->children().last(), again);
        QCOMPARE(plot.item(plot.itemCount() - 1), again);
        QCOMPARE(plot.item(plot.itemCount() - 2), label);

        pool.dropUnused();
        QVERIFY(!plot.hasItem(second));
        compareWithNew(*again, *new RangeBarItem(&plot));
    }

    // Only its kind of item is the pool's to keep: the chart removes every other.
    void otherItemsAreLeft()
    {
        QCustomPlot plot;
        TextItemPool pool(&plot, nullptr);
        pool.take();
        QVERIFY(!pool.reclaim(new QCPItemText(&plot))); // QCustomPlot's own
        QVERIFY(!pool.reclaim(new QCPItemLine(&plot)));
    }
};

QTEST_MAIN(TestTextItemPool)
#include "tst_text_item_pool.moc"
