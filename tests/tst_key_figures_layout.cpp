// SPDX-License-Identifier: GPL-3.0-or-later
// The key figures' tiles stack their labels themselves: a slider step, which gives the numbers new
// text of the same height, lays out nothing above the tiles; a change of a tile's height (the
// comparison with a pinned scenario appearing, the window's type growing) does, and the labels
// stand one under the other at the heights they ask for, as tall as QLabels with their text.

#include "window_fixture.h"

#include "gridshare/parameters.h"
#include "gui/panels/key_figures_strip.h"

#include <QFrame>
#include <QLabel>
#include <QTest>

using namespace gridshare;
using namespace gridshare::gui;

namespace {

// Counts the layout requests that reach a widget.
class LayoutRequests : public QObject {
public:
    int count = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        count += event->type() == QEvent::LayoutRequest ? 1 : 0;
        return false;
    }
};

// Each tile's labels, top to bottom.
QList<QList<QLabel*>> tilesOf(const KeyFiguresStrip& strip)
{
    QList<QLabel*> labels = strip.labels();
    labels.removeFirst(); // the year
    QList<QList<QLabel*>> tiles;
    for (qsizetype i = 0; i + 3 < labels.size(); i += 4)
        tiles.append(labels.mid(i, 4));
    return tiles;
}

// The tile's shown labels stand one under the other, each as tall as it asks, the first at the
// top margin, the tile as tall as it asks.
QString stackingFault(const QList<QLabel*>& labels)
{
    const QWidget* tile = labels.front()->parentWidget();
    if (tile->height() != tile->sizeHint().height())
        return QStringLiteral("%1: %2 px tall, asks %3")
            .arg(tile->objectName())
            .arg(tile->height())
            .arg(tile->sizeHint().height());
    int y = labels.front()->y();
    for (const QLabel* label : labels) {
        if (label->isHidden())
            continue;
        if (label->y() != y || label->height() != label->sizeHint().height())
            return QStringLiteral("%1, \"%2\": at %3 and %4 px tall; expected at %5 and %6")
                .arg(tile->objectName(), label->text())
                .arg(label->y())
                .arg(label->height())
                .arg(y)
                .arg(label->sizeHint().height());
        y += label->height();
    }
    return QString();
}

// The first stacking fault among the strip's tiles; empty when there is none.
QString stackingFault(const KeyFiguresStrip& strip)
{
    for (const auto& labels : tilesOf(strip))
        if (const QString fault = stackingFault(labels); !fault.isEmpty())
            return fault;
    return QString();
}

} // namespace

class TestKeyFiguresLayout : public QObject {
    Q_OBJECT

    testing::WindowFixture f;

    void showWindow()
    {
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        for (int turn = 0; turn < 5; ++turn) // each level's layout request comes in a turn of its own
            QCoreApplication::processEvents();
    }

private slots:
    void initTestCase() { testing::WindowFixture::enableTestMode(); }
    void init() { f.create(); }
    void cleanup() { f.destroy(); }

    void aStepLaysOutNothingAboveTheTiles()
    {
        showWindow();
        KeyFiguresStrip* strip = f.window->keyFigures();
        // The first step measures the controls again, their fonts now set by the style, and may
        // widen their panel: a layout of the window of its own. The steps after it are the test.
        f.document->setValue(Param::QueryGrowth, 0.30);
        for (int turn = 0; turn < 5; ++turn)
            QCoreApplication::processEvents();
        LayoutRequests strips, windows;
        strip->installEventFilter(&strips);
        f.window->installEventFilter(&windows);
        const QString before = strip->valueText(FigureKey::AiShare);
        for (int step = 1; step <= 5; ++step) {
            f.document->setValue(Param::QueryGrowth, 0.30 + 0.05 * step);
            QCoreApplication::processEvents();
        }
        QVERIFY(strip->valueText(FigureKey::AiShare) != before); // the numbers did change
        QCOMPARE(strips.count, 0);
        QCOMPARE(windows.count, 0);
        QVERIFY2(stackingFault(*strip).isEmpty(), qPrintable(stackingFault(*strip)));
    }

    void aTallerTileLaysOutAgain()
    {
        showWindow();
        KeyFiguresStrip* strip = f.window->keyFigures();
        const QWidget* tile = tilesOf(*strip).front().front()->parentWidget();
        const int height = tile->height();
        QVERIFY(f.document->pinCurrent());
        f.document->setValue(Param::QueryGrowth, 0.6);
        QCoreApplication::processEvents();
        QVERIFY(!strip->deltaText(FigureKey::AiShare).isEmpty());
        // A request each level up, each in a turn of the loop.
        QTRY_VERIFY2(tile->height() > height, qPrintable(QStringLiteral("%1 -> %2").arg(height).arg(tile->height())));
        QVERIFY2(stackingFault(*strip).isEmpty(), qPrintable(stackingFault(*strip)));
    }

    void largerTypeLaysOutAgain()
    {
        showWindow();
        KeyFiguresStrip* strip = f.window->keyFigures();
        const QWidget* tile = tilesOf(*strip).front().front()->parentWidget();
        const int height = tile->height();
        QFont larger = strip->font();
        larger.setPointSizeF(larger.pointSizeF() * 1.5);
        strip->setFont(larger);
        QTRY_VERIFY2(tile->height() > height, qPrintable(QStringLiteral("%1 -> %2").arg(height).arg(tile->height())));
        QVERIFY2(stackingFault(*strip).isEmpty(), qPrintable(stackingFault(*strip)));
    }

    void aLabelIsAsTallAsAQLabelWithItsText()
    {
        // The labels are measured once for each form of their text (its digits aside): as tall as a
        // QLabel given each text at once, however its digits, its script (Chinese text takes its
        // height from another font) and its lines change, and when it is emptied.
        showWindow();
        const QStringList texts{QStringLiteral("12.3 TWh"),          QStringLiteral("98.7 TWh"),
                                QStringLiteral("约 12.3 亿千瓦时"),  QStringLiteral("约 45.6 亿千瓦时"),
                                QStringLiteral("P10–P90 3.1–7.9 %"), QString(),
                                QStringLiteral("1.2 %\n3.4 %"),      QStringLiteral("12.3 TWh")};
        for (const auto& labels : tilesOf(*f.window->keyFigures()))
            for (QLabel* label : labels)
                for (const QString& text : texts) {
                    label->setText(text);
                    QLabel plain;
                    plain.setTextInteractionFlags(label->textInteractionFlags());
                    plain.setAlignment(label->alignment());
                    plain.setSizePolicy(label->sizePolicy());
                    plain.setFont(label->font());
                    plain.setText(QStringLiteral("·")); // as the label, it is emptied of text it had
                    plain.setText(text);
                    const QString what = QStringLiteral("%1, line %2, \"%3\": %4 and %5 px tall; a QLabel %6 and %7")
                                             .arg(label->parentWidget()->objectName())
                                             .arg(labels.indexOf(label) + 1)
                                             .arg(text)
                                             .arg(label->sizeHint().height())
                                             .arg(label->minimumSizeHint().height())
                                             .arg(plain.sizeHint().height())
                                             .arg(plain.minimumSizeHint().height());
                    QVERIFY2(label->sizeHint().height() == plain.sizeHint().height(), qPrintable(what));
                    QVERIFY2(label->minimumSizeHint().height() == plain.minimumSizeHint().height(), qPrintable(what));
                }
    }
};

QTEST_MAIN(TestKeyFiguresLayout)
#include "tst_key_figures_layout.moc"
