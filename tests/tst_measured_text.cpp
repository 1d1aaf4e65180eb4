// SPDX-License-Identifier: GPL-3.0-or-later
// Titles and legend entries measured once: they give the size QCustomPlot's own elements give, and
// measure again when their text, font or margins change.

#include "gui/charts/measured_text.h"

#include <qcustomplot.h>

#include <QTest>

using namespace gridshare::gui;

namespace {

// The layout asks through the base class, where the size hints are public.
QSize minimumOf(QCPLayoutElement* element)
{
    return element->minimumOuterSizeHint();
}

QSize maximumOf(QCPLayoutElement* element)
{
    return element->maximumOuterSizeHint();
}

} // namespace

class TestMeasuredText : public QObject {
    Q_OBJECT

private slots:
    void aTitleMeasuresAgainWhenItChanges()
    {
        QCustomPlot plot;
        QFont font = plot.font();
        auto* measured = new MeasuredTextElement(&plot, QStringLiteral("Share"), font);
        auto* plain = new QCPTextElement(&plot, QStringLiteral("Share"), font);
        const auto same = [&] {
            QCOMPARE(minimumOf(measured), minimumOf(plain));
            QCOMPARE(maximumOf(measured), maximumOf(plain));
        };
        same();
        const QSize shortTitle = minimumOf(measured);
        for (QCPTextElement* e : {static_cast<QCPTextElement*>(measured), plain})
            e->setText(QStringLiteral("Share of electricity used by AI\nand data centres"));
        same();
        QVERIFY(minimumOf(measured).width() > shortTitle.width());
        QVERIFY(minimumOf(measured).height() > shortTitle.height());
        font.setPointSizeF(font.pointSizeF() * 2);
        for (QCPTextElement* e : {static_cast<QCPTextElement*>(measured), plain})
            e->setFont(font);
        same();
        for (QCPTextElement* e : {static_cast<QCPTextElement*>(measured), plain})
            e->setMargins(QMargins(3, 9, 3, 9));
        same();
    }

    void legendEntriesMeasureAgainWhenTheyChange()
    {
        // The sizes plain entries (QCustomPlot's own, added as it adds them) give.
        QCustomPlot plainPlot;
        QCPGraph* plainFirst = plainPlot.addGraph();
        plainFirst->setName(QStringLiteral("AI"));
        QCPGraph* plainSecond = plainPlot.addGraph();
        plainSecond->setName(QStringLiteral("All data centres (this scenario)"));
        QCOMPARE(plainPlot.legend->itemCount(), 2);
        const QSize firstSize = minimumOf(plainPlot.legend->item(0));
        const QSize secondSize = minimumOf(plainPlot.legend->item(1));

        // A plot that adds no entries itself, given measured ones as it makes its graphs.
        QCustomPlot plot;
        plot.setAutoAddPlottableToLegend(false);
        auto sizes = std::make_shared<LegendEntrySizes>();
        QCPGraph* first = plot.addGraph();
        QVERIFY(addMeasuredLegendEntry(first, sizes));
        QVERIFY(!addMeasuredLegendEntry(first, sizes)); // one entry each
        first->setName(QStringLiteral("AI"));
        QCPGraph* second = plot.addGraph();
        QVERIFY(addMeasuredLegendEntry(second, sizes));
        second->setName(QStringLiteral("All data centres (this scenario)"));
        QCPLegend* legend = plot.legend;
        QCOMPARE(legend->itemCount(), 2);
        for (int i = 0; i < 2; ++i)
            QVERIFY(dynamic_cast<MeasuredLegendItem*>(legend->item(i)));
        QCOMPARE(legend->itemWithPlottable(first), legend->item(0)); // each in its place
        QCOMPARE(legend->itemWithPlottable(second), legend->item(1));
        QCOMPARE(minimumOf(legend->item(0)), firstSize);
        QCOMPARE(minimumOf(legend->item(1)), secondSize);

        // A new name, a larger type: measured anew, as a plain entry would be.
        first->setName(second->name());
        QCOMPARE(minimumOf(legend->item(0)), secondSize);
        QFont font = legend->font();
        font.setPointSizeF(font.pointSizeF() * 1.5);
        legend->setFont(font);
        QCPGraph* reference = plot.addGraph();
        reference->setName(second->name());
        QVERIFY(reference->addToLegend()); // a plain entry, added after the measured ones
        QVERIFY(!dynamic_cast<MeasuredLegendItem*>(legend->item(2)));
        QCOMPARE(minimumOf(legend->item(0)), minimumOf(legend->item(2)));
        QVERIFY(minimumOf(legend->item(0)).width() > secondSize.width());
    }
};

QTEST_MAIN(TestMeasuredText)
#include "tst_measured_text.moc"
