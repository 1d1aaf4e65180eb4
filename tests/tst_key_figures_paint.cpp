// SPDX-License-Identifier: GPL-3.0-or-later
// The key figures' numbers, painted by their labels from their own layout while nothing is
// selected, are pixel for pixel what a selectable QLabel paints: at the window's sizes, in Latin
// and Chinese text, light and dark. A selection QLabel paints itself.

#include "window_fixture.h"

#include "gui/panels/key_figures_strip.h"
#include "gui/themes.h"

#include <QLabel>
#include <QTest>

using namespace gridshare;
using namespace gridshare::gui;

namespace {

// The numbers' labels: the selectable ones.
QList<QLabel*> numbersOf(const KeyFiguresStrip& strip)
{
    QList<QLabel*> numbers;
    for (QLabel* label : strip.labels())
        if (label->textInteractionFlags().testFlag(Qt::TextSelectableByMouse))
            numbers.append(label);
    return numbers;
}

// What the label paints, on its window's colour.
QImage painted(QLabel& label)
{
    QImage image(label.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(label.palette().color(QPalette::Window));
    label.render(&image, QPoint(), QRegion(), QWidget::DrawChildren);
    return image;
}

// What a selectable QLabel like this one paints.
QImage asQLabelPaints(const QLabel& label)
{
    QLabel plain;
    plain.setTextInteractionFlags(Qt::TextSelectableByMouse);
    plain.setFont(label.font());
    plain.setPalette(label.palette());
    plain.setAlignment(label.alignment());
    plain.setText(label.text());
    plain.resize(label.size());
    return painted(plain);
}

} // namespace

class TestKeyFiguresPaint : public QObject {
    Q_OBJECT

    testing::WindowFixture f;

private slots:
    void initTestCase() { testing::WindowFixture::enableTestMode(); }
    void init() { f.create(); }
    void cleanup() { f.destroy(); }

    void numbersArePaintedAsQLabelPaintsThem_data()
    {
        QTest::addColumn<Settings::Theme>("theme");
        QTest::addColumn<int>("width");
        QTest::newRow("light, 1600") << Settings::Theme::Light << 1600;
        QTest::newRow("dark, 1280") << Settings::Theme::Dark << 1280;
    }

    void numbersArePaintedAsQLabelPaintsThem()
    {
        QFETCH(Settings::Theme, theme);
        QFETCH(int, width);
        applyTheme(theme);
        f.window->resize(width, width * 9 / 16);
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        const QList<QLabel*> numbers = numbersOf(*f.window->keyFigures());
        QCOMPARE(numbers.size(), 6);
        const QStringList texts{QString(), QStringLiteral("约 12.3 亿千瓦时"), QStringLiteral("P10–P90 3.1–7.9 %")};
        for (const QString& text : texts)
            for (QLabel* number : numbers) {
                if (!text.isEmpty())
                    number->setText(text);
                QVERIFY(!number->text().isEmpty());
                QVERIFY(number->width() > 0 && number->height() > 0);
                QVERIFY2(painted(*number) == asQLabelPaints(*number), qPrintable(number->text()));
            }
        applyTheme(Settings::Theme::Light);
    }

    // Selected text is painted by QLabel, highlight and all.
    void aSelectionIsPaintedByQLabel()
    {
        f.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        QLabel* number = numbersOf(*f.window->keyFigures()).front();
        const QImage unselected = painted(*number);
        number->setSelection(0, int(number->text().size()));
        QVERIFY(number->hasSelectedText());
        QVERIFY(painted(*number) != unselected);
    }
};

QTEST_MAIN(TestKeyFiguresPaint)
#include "tst_key_figures_paint.moc"
