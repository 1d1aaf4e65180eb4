// SPDX-License-Identifier: GPL-3.0-or-later
// Text shaped once and drawn from its layout: the same pixels as QPainter::drawText, for legend
// entries, text items and titles the same chart as QCustomPlot's own draw, and never in exports.

#include "gui/charts/measured_text.h"
#include "gui/charts/shaped_axis_painter.h"
#include "gui/charts/shaped_text.h"
#include "gui/charts/shaped_text_item.h"
#include "plot_export.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QTest>

#include <tuple>

using namespace gridshare::gui;

namespace {

const QStringList kTexts{QStringLiteral("[12]"),
                         QStringLiteral("12.3 %"),
                         QStringLiteral("All data centres (this scenario)"),
                         QStringLiteral("P10–P90 range"),
                         QStringLiteral("数据中心（本情景）"),
                         QStringLiteral("CO₂ (right axis)")};

// The plot as an SVG export draws it.
QByteArray svgOf(QCustomPlot& plot)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(640, 400));
    QCPPainter painter(&svg);
    painter.setMode(QCPPainter::pmVectorized);
    plot.toPainter(&painter, 640, 400);
    painter.end();
    return bytes;
}

QImage blank(double ratio)
{
    QImage image(QSize(360, 60) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    return image;
}

// Two plots alike, one with QCustomPlot's own legend entries and text items, one with measured
// entries and shaped text items.
struct Chart {
    QCustomPlot plot;
    std::shared_ptr<ShapedTexts> shapes = std::make_shared<ShapedTexts>();

    explicit Chart(bool shaped, bool dark = false)
    {
        plot.resize(640, 400);
        if (dark) { // as the dark theme draws: light text on a dark chart and legend
            plot.setBackground(QColor(0x1e, 0x1e, 0x23));
            plot.legend->setBrush(QColor(0x2a, 0x2a, 0x30));
            plot.legend->setTextColor(QColor(0xe8, 0xe8, 0xe8));
        }
        plot.setAntialiasedElements(QCP::aeAll);
        plot.legend->setVisible(true);
        QFont font = plot.font();
        font.setPointSizeF(11);
        plot.legend->setFont(font);
        if (shaped)
            plot.setAutoAddPlottableToLegend(false);
        const auto sizes = std::make_shared<LegendEntrySizes>();
        for (int i = 0; i < 3; ++i) {
            QCPGraph* graph = plot.addGraph();
            if (shaped)
                addMeasuredLegendEntry(graph, sizes, shapes);
            graph->setName(kTexts[2 + i]);
            graph->setPen(QPen(QColor::fromHsv(i * 90, 200, 180), 3));
            graph->setData({2020, 2025, 2030}, {1.0 + i, 2.5 + i, 4.2 + i});
        }
        plot.xAxis->setRange(2019.3, 2031.7);
        plot.yAxis->setRange(0, 9.3);
        // Labels at fractional pixels, centred and not, bold, padded, on a background, rotated.
        const QList<QPointF> at{{2021.37, 3.11}, {2024.5, 5.55}, {2027.91, 7.07}, {2029.3, 1.9}};
        for (int i = 0; i < at.size(); ++i) {
            QCPItemText* text = shaped ? new ShapedTextItem(&plot, shapes) : new QCPItemText(&plot);
            text->setText(kTexts[i]);
            QFont bold = font;
            bold.setBold(i % 2 == 0);
            text->setFont(bold);
            text->setColor(QColor::fromHsv(i * 60, 255, 150));
            text->setPositionAlignment(i == 1 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignHCenter | Qt::AlignBottom);
            text->setPadding(QMargins(0, 0, 0, 3 + i));
            if (i == 2)
                text->setBrush(Qt::white);
            if (i == 3)
                text->setRotation(-30);
            text->position->setCoords(at[i]);
        }
        QCPItemText* twoLines = shaped ? new ShapedTextItem(&plot, shapes) : new QCPItemText(&plot);
        twoLines->setText(QStringLiteral("2030\nAI 4.2 %")); // drawn plainly
        twoLines->position->setCoords(2022.2, 8.1);
    }

    QImage onScreen()
    {
        plot.replot();
        return plot.grab().toImage();
    }
};

} // namespace

class TestShapedText : public QObject {
    Q_OBJECT

private slots:
    void drawsTheGlyphsDrawTextDraws()
    {
        ShapedTexts shapes;
        for (const double ratio : {1.0, 2.0})
            for (const QString& text : kTexts)
                for (const bool bold : {false, true})
                    for (const int flags : {int(Qt::TextDontClip), Qt::TextDontClip | Qt::AlignTop | Qt::AlignHCenter})
                        for (const QPointF shift : {QPointF(0, 0), QPointF(0.37, 0.5), QPointF(10.71, 3.29)}) {
                            QImage plain = blank(ratio);
                            QImage shaped = blank(ratio);
                            QFont font;
                            font.setPointSizeF(bold ? 12.6 : 10.5);
                            font.setBold(bold);
                            QRect bounds;
                            for (QImage* image : {&plain, &shaped}) {
                                QPainter painter(image);
                                painter.setRenderHint(QPainter::Antialiasing);
                                painter.setFont(font);
                                painter.setPen(QColor(20, 60, 140));
                                painter.translate(shift);
                                bounds = painter.fontMetrics().boundingRect(QRect(0, 0, 0, 14), flags, text);
                                const QRect rect = bounds.translated(60, 8);
                                if (image == &plain) {
                                    painter.drawText(rect, flags, text);
                                    continue;
                                }
                                const ShapedTexts::Shaped* s = shapes.shaped(painter, text, flags, 14);
                                QVERIFY(s);
                                QCOMPARE(s->bounds, bounds);
                                ShapedTexts::draw(painter, *s, rect, flags);
                            }
                            QVERIFY2(plain == shaped, qPrintable(QStringLiteral("%1 at %2, %3, ratio %4")
                                                                     .arg(text)
                                                                     .arg(shift.x())
                                                                     .arg(shift.y())
                                                                     .arg(ratio)));
                        }
        QVERIFY(shapes.size() > 0);
    }

    void leavesOtherTextToDrawText()
    {
        ShapedTexts shapes;
        QImage image = blank(1);
        QPainter painter(&image);
        QVERIFY(shapes.shaped(painter, QStringLiteral("Line one\nline two"), Qt::TextDontClip) == nullptr);
        QVERIFY(shapes.shaped(painter, QStringLiteral("Right"), Qt::TextDontClip | Qt::AlignRight) == nullptr);
        QVERIFY(shapes.shaped(painter, QStringLiteral("Tab\there"), Qt::TextDontClip) == nullptr);
        QVERIFY(shapes.shaped(painter, QString(), Qt::TextDontClip) == nullptr);
        QVERIFY(shapes.shaped(painter, QStringLiteral("Wrapped"), Qt::TextWordWrap) == nullptr);
        painter.setLayoutDirection(Qt::RightToLeft);
        QVERIFY(shapes.shaped(painter, QStringLiteral("Right to left"), Qt::TextDontClip) == nullptr);
        QCOMPARE(shapes.size(), 0);
    }

    void aChartLooksAsQCustomPlotDrawsIt()
    {
        Chart plain(false);
        Chart shaped(true);
        QCOMPARE(shaped.plot.legend->itemCount(), plain.plot.legend->itemCount());
        const QImage before = plain.onScreen();
        const QImage after = shaped.onScreen();
        QCOMPARE(after.size(), before.size());
        QVERIFY(after == before);
        QCOMPARE(shaped.shapes->size(), 7); // three entries and four labels; two lines are drawn plainly
        // Replotting and grabbing the plot drew it more than once: the later drawing copied the
        // texts that had not moved from images made of them, with the same pixels as above.
        // Drawn again: the same.
        QCOMPARE(shaped.shapes->stamped(), 6); // all but the rotated label
        QVERIFY(shaped.onScreen() == before);
        QCOMPARE(shaped.shapes->size(), 7);
        QCOMPARE(shaped.shapes->stamped(), 6); // all but the rotated label
        QVERIFY(shaped.onScreen() == before);
        QCOMPARE(shaped.shapes->stamped(), 6);
    }

    void aTitleLooksAsQCustomPlotDrawsIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("bold");
        QTest::addColumn<int>("shaped");
        QTest::newRow("title") << QStringLiteral("Share of electricity used by AI and data centres — United States")
                               << true << 1;
        QTest::newRow("subtitle") << QStringLiteral(
            "Efficient inference 2025 · 2025–2030 · numbers in brackets are sources")
                                  << false << 1;
        QTest::newRow("Chinese") << QStringLiteral("人工智能与数据中心用电占比 — 中国") << true << 1;
        QTest::newRow("two lines, drawn plainly") << QStringLiteral("Share of electricity\nused by AI") << true << 0;
    }

    void aTitleLooksAsQCustomPlotDrawsIt()
    {
        QFETCH(QString, text);
        QFETCH(bool, bold);
        QFETCH(int, shaped);
        const auto shapes = std::make_shared<ShapedTexts>();
        auto titled = [&](bool measured) {
            QCustomPlot plot;
            plot.resize(640, 160);
            QFont font = plot.font();
            font.setPointSizeF(bold ? 15 : 10.5);
            font.setBold(bold);
            plot.plotLayout()->insertRow(0);
            QCPTextElement* title = nullptr;
            if (measured) {
                auto* element = new MeasuredTextElement(&plot, text, font);
                element->shapeWith(shapes);
                title = element;
            } else {
                title = new QCPTextElement(&plot, text, font);
            }
            plot.plotLayout()->addElement(0, 0, title);
            plot.replot();
            return plot.grab().toImage();
        };
        const QImage plain = titled(false);
        QVERIFY(titled(true) == plain);
        QCOMPARE(shapes->size(), shaped);
    }

    // Axis titles on all four sides, beside tick labels of different widths, in Latin and Chinese.
    void axisTitlesLookAsQCustomPlotDrawsThem()
    {
        const auto shapes = std::make_shared<ShapedTexts>();
        QCustomPlot plain;
        QCustomPlot shaped;
        for (QCustomPlot* plot : {&plain, &shaped}) {
            plot->resize(640, 400);
            plot->xAxis2->setVisible(true);
            plot->yAxis2->setVisible(true);
            plot->xAxis->setLabel(QStringLiteral("Year"));
            plot->yAxis->setLabel(QStringLiteral("Share of national electricity (%)"));
            plot->xAxis2->setLabel(QStringLiteral("年份"));
            plot->yAxis2->setLabel(QStringLiteral("占全国用电比例（%）"));
            QFont font = plot->font();
            font.setPointSizeF(11.5);
            for (QCPAxis* axis : plot->axisRect()->axes())
                axis->setLabelFont(font);
            if (plot == &shaped)
                for (QCPAxis* axis : plot->axisRect()->axes())
                    ShapedAxisPainter::install(*axis, shapes);
        }
        for (const auto& [low, high, lines] :
             {std::tuple{0.0, 9.3, 1}, std::tuple{-1250.0, 98000.0, 1}, std::tuple{0.0, 45.0, 2}}) {
            for (QCustomPlot* plot : {&plain, &shaped}) {
                if (lines == 2) { // wrapped, as presentation mode's large type wraps it: drawn plainly
                    plot->yAxis->setLabel(QStringLiteral("Share of national\nelectricity (%)"));
                    plot->xAxis->setLabel(QStringLiteral("Year,\nin the scenario"));
                }
                plot->xAxis->setRange(2019.3, 2031.7);
                plot->yAxis->setRange(low, high);
                plot->xAxis2->setRange(low, high);
                plot->yAxis2->setRange(2019.3 * high, 2031.7 * high);
                plot->replot();
            }
            const QImage before = plain.grab().toImage();
            QVERIFY(shaped.grab().toImage() == before);
            QVERIFY(shaped.grab().toImage() == before); // drawn again, the horizontal ones from stamps
        }
        QCOMPARE(shapes->size(), 4);    // the two wrapped titles are not shaped
        QCOMPARE(shapes->stamped(), 2); // the two horizontal titles; rotated ones are drawn as glyphs
        // Where QCustomPlot finds a title for hit tests, as with its own painter.
        for (QCPAxis::AxisType type : {QCPAxis::atLeft, QCPAxis::atRight, QCPAxis::atTop, QCPAxis::atBottom}) {
            QCPAxis* ownAxis = plain.axisRect()->axis(type);
            QCPAxis* shapedAxis = shaped.axisRect()->axis(type);
            for (int y = 0; y < 400; y += 7)
                for (int x = 0; x < 640; x += 7) {
                    QVariant details;
                    ownAxis->selectTest(QPointF(x, y), false, &details);
                    const auto own = details.value<QCPAxis::SelectablePart>();
                    shapedAxis->selectTest(QPointF(x, y), false, &details);
                    QCOMPARE(details.value<QCPAxis::SelectablePart>(), own);
                }
        }
        // Exports draw titles plainly, as text.
        const int shapedBefore = shapes->size();
        const QByteArray svg = svgOf(shaped);
        QCOMPARE(shapes->size(), shapedBefore);
        QVERIFY(svg.contains("Share of national"));
    }

    void aDarkChartLooksAsQCustomPlotDrawsIt()
    {
        Chart plain(false, true);
        Chart shaped(true, true);
        const QImage before = plain.onScreen();
        QVERIFY(shaped.onScreen() == before);
        QCOMPARE(shaped.shapes->stamped(), 6);
        QVERIFY(shaped.onScreen() == before);
    }

    void exportsDrawPlainly()
    {
        Chart shaped(true);
        drawnAsExported(shaped.plot);
        const QByteArray svgBytes = svgOf(shaped.plot);
        QCOMPARE(shaped.shapes->size(), 0);
        QVERIFY(svgBytes.contains("All data centres (this scenario)")); // the legend's text, as text
        QVERIFY(svgBytes.contains("[12]"));
    }
};

QTEST_MAIN(TestShapedText)
#include "tst_shaped_text.moc"
