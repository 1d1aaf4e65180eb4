// SPDX-License-Identifier: GPL-3.0-or-later
// Text items kept from one drawing to the next are given out again as new ones: every setting a
// chart may have changed is back as made, and the item stands last in the drawing order and in the
// plot's items, where a new one would. Those not given out again leave the plot.

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
    QCOMPARE(item.position->typeX(), made.position->typeX());
    QCOMPARE(item.position->typeY(), made.position->typeY());
    QCOMPARE(item.position->keyAxis(), made.position->keyAxis());
    QCOMPARE(item.position->valueAxis(), made.position->valueAxis());
    QCOMPARE(item.position->axisRect(), made.position->axisRect());
    QCOMPARE(item.position->parentAnchorX(), made.position->parentAnchorX());
    QCOMPARE(item.position->parentAnchorY(), made.position->parentAnchorY());
    QCOMPARE(item.position->coords(), made.position->coords());
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
